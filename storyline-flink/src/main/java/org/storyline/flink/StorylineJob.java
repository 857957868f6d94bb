package org.storyline.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The engine as a Flink DataStream job: Kafka in, the store out.
 *
 * <pre>
 * KafkaSource (documents as JSON) → Analyse (read, clean, extract; at the job's parallelism)
 *   → StoryOperator (dedupe, cluster, reconcile, commit; one subtask, its state in Flink's checkpoints) → discard
 * </pre>
 *
 * <p>Run on a cluster: {@code flink run storyline-flink-job.jar --from kafka://HOST:PORT/TOPIC --store
 * jdbc:postgresql://HOST/DB [--parallelism N] [--batch 100] [--flush-ms 5000] [--checkpoint-ms 10000]
 * [--group storyline] [--bounded] [--restart-attempts 10]}. Exactly once into the store: see {@link
 * StoryOperator}.
 */
public final class StorylineJob {

  private StorylineJob() {}

  public static void main(String[] args) throws Exception {
    JobSettings settings;
    try {
      settings = JobSettings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("storyline-flink: " + e.getMessage());
      System.exit(2);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    configure(env, settings);
    stories(analysed(env, settings), settings, StoreOpener.standard());
    env.execute("storyline " + settings.from() + " → " + settings.store());
  }

  /** Checkpoints (exactly once) and restarts with a fixed delay, as {@code settings} say. */
  public static void configure(StreamExecutionEnvironment env, JobSettings settings) {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, settings.restartAttempts());
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    env.configure(conf);
    env.enableCheckpointing(settings.checkpointMillis(), CheckpointingMode.EXACTLY_ONCE);
    env.setParallelism(settings.parallelism());
  }

  /** The topic's documents cleaned and extracted, at the job's parallelism ({@link AnalysedCodec} bytes). */
  public static DataStream<byte[]> analysed(StreamExecutionEnvironment env, JobSettings settings) {
    var builder = KafkaSource.<Tuple3<Integer, Long, String>>builder()
        .setBootstrapServers(settings.from().bootstrapServers())
        .setTopics(settings.from().topic())
        .setGroupId(settings.group())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new Messages());
    if (settings.bounded()) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "documents from " + settings.from())
        .uid("kafka-source")
        .rebalance() // every subtask extracts, however many partitions the topic has
        .map(new Analyse(settings.from().topic()))
        .name("clean and extract")
        .uid("analyse")
        .returns(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
  }

  /** The stateful stages on {@code analysed}, at parallelism 1, committing to the store; returns nothing downstream. */
  public static void stories(DataStream<byte[]> analysed, JobSettings settings, StoreOpener opener) {
    analysed.global()
        .transform("dedupe, cluster, reconcile, store", Types.LONG, new StoryOperator(settings, opener))
        .uid("stories")
        .setParallelism(1)
        .setMaxParallelism(1)
        .sinkTo(new DiscardingSink<>())
        .setParallelism(1)
        .name("committed");
  }

  /** A message as (partition, offset, value): the offset names a message that cannot be read. */
  static final class Messages implements KafkaRecordDeserializationSchema<Tuple3<Integer, Long, String>> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Tuple3<Integer, Long, String>> out) {
      String value = record.value() == null ? "" : new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
      out.collect(Tuple3.of(record.partition(), record.offset(), value));
    }

    @Override
    public TypeInformation<Tuple3<Integer, Long, String>> getProducedType() {
      return Types.TUPLE(Types.INT, Types.LONG, Types.STRING);
    }
  }
}
