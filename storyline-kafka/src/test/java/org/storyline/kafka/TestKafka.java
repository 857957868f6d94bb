package org.storyline.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker in KRaft mode (one node, controller and broker combined) in this JVM, from
 * Kafka's own test kit, for the tests of this module and of the Flink job. The broker can be
 * stopped and started again on the same port ({@link #stopBroker}, {@link #startBroker}) to test
 * what clients do meanwhile.
 *
 * <pre>{@code
 * try (TestKafka kafka = TestKafka.start()) {
 *   kafka.createTopic("articles", 2);
 *   KafkaTarget target = kafka.target("articles");
 * }
 * }</pre>
 */
public final class TestKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private TestKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts a one-node cluster; returns once the broker takes requests. */
  public static TestKafka start() throws Exception {
    TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("num.partitions", "1")
        .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new TestKafka(cluster);
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** The brokers' addresses, {@code HOST:PORT}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** The topic {@code topic} on this broker. */
  public KafkaTarget target(String topic) {
    return new KafkaTarget(bootstrapServers(), topic);
  }

  /** Creates a topic (one replica) and waits until it exists. */
  public void createTopic(String topic, int partitions) throws Exception {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
  }

  /** Every message of {@code topic} as key and value, partition by partition, in offset order. */
  public List<Map.Entry<String, String>> readAll(String topic) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    try (Admin admin = admin();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      int partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().size();
      for (int i = 0; i < partitions; i++) {
        TopicPartition tp = new TopicPartition(topic, i);
        consumer.assign(List.of(tp));
        consumer.seekToBeginning(List.of(tp));
        long end = consumer.endOffsets(List.of(tp)).get(tp);
        while (consumer.position(tp) < end) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            out.add(Map.entry(r.key(), r.value()));
          }
        }
      }
    }
    return out;
  }

  /** Stops the broker (the controller stays up); clients see it gone until {@link #startBroker}. */
  public void stopBroker() {
    cluster.brokers().values().forEach(b -> {
      b.shutdown();
      b.awaitShutdown();
    });
  }

  /**
   * Starts the stopped broker again, on the same port, and waits until it takes requests and every
   * partition has a leader again (a producer started before that may wait out its delivery timeout).
   */
  public void startBroker() throws Exception {
    cluster.brokers().values().forEach(b -> b.startup());
    cluster.waitForReadyBrokers();
    awaitLeaders(Duration.ofSeconds(60));
  }

  private void awaitLeaders(Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    try (Admin admin = admin()) {
      while (true) {
        Set<String> topics = admin.listTopics().names().get();
        boolean led = topics.isEmpty() || admin.describeTopics(topics).allTopicNames().get().values().stream()
            .flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (led) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("partitions without a leader " + within.toSeconds() + " s after the broker restarted");
        }
        Thread.sleep(100);
      }
    }
  }

  private Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(p);
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
