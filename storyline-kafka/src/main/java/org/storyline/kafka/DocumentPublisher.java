package org.storyline.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storyline.ingest.DocumentJson;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.pipeline.PipelineListener;

/**
 * Publishes documents on a Kafka topic, for a stream processor (the Flink job) to analyse: each
 * as one JSON object ({@link DocumentJson}), keyed by its content id ({@link
 * SourceDocument#fingerprint()}), so that the same input published twice lands in the same
 * partition and is recognised downstream.
 *
 * <p>The producer is idempotent with {@code acks=all}: a document the broker acknowledged is on
 * every in-sync replica, and a retried send is never written twice. Sending is asynchronous; a
 * document that could not be published is one {@link Problem} naming it and why, handed back by
 * {@link #flush} on the caller's thread, and the others go on. Not thread-safe.
 *
 * <pre>{@code
 * try (DocumentPublisher p = DocumentPublisher.open(KafkaTarget.parse("kafka://localhost:9092/articles"))) {
 *   p.publish(doc);
 *   p.flush().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class DocumentPublisher implements AutoCloseable {

  /** Larger documents (a page of several megabytes) are refused by the broker's default limit anyway. */
  static final int MAX_REQUEST_BYTES = 4 << 20;

  private final KafkaTarget target;
  private final Producer<String, String> producer;
  private final Queue<Problem> failed = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private int sent;

  DocumentPublisher(KafkaTarget target, Producer<String, String> producer) {
    this.target = target;
    this.producer = producer;
  }

  /** A publisher to {@code target}; no connection is made until the first document is sent. */
  public static DocumentPublisher open(KafkaTarget target) {
    Objects.requireNonNull(target, "target");
    return new DocumentPublisher(target, new KafkaProducer<>(producerProperties(target), new StringSerializer(),
        new StringSerializer()));
  }

  /** The producer's settings: idempotent, every replica acknowledges, compressed batches. */
  static Properties producerProperties(KafkaTarget target) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_REQUEST_BYTES));
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "storyline-publisher");
    return p;
  }

  /** Where documents go. */
  public KafkaTarget target() {
    return target;
  }

  /** Sends one document (asynchronously: {@link #flush} waits and says which failed). */
  public void publish(SourceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String json = DocumentJson.write(doc);
    sent++;
    try {
      producer.send(new ProducerRecord<>(target.topic(), doc.fingerprint(), json), (meta, e) -> {
        if (e == null) {
          acknowledged.incrementAndGet();
        } else {
          failed.add(failure(doc, e));
        }
      });
    } catch (KafkaException | IllegalStateException e) {
      failed.add(failure(doc, e)); // refused before sending (too large, producer closed): this document only
    }
  }

  /** Waits until every document sent is acknowledged or failed; returns the failures since the last flush. */
  public List<Problem> flush() {
    producer.flush();
    return drain();
  }

  /** The failures heard of so far (the producer's thread adds to them meanwhile). */
  private List<Problem> drain() {
    List<Problem> out = new ArrayList<>();
    for (Problem p = failed.poll(); p != null; p = failed.poll()) {
      out.add(p);
    }
    return out;
  }

  /** Documents sent so far, and how many of them the broker acknowledged. */
  public Counts counts() {
    return new Counts(sent, acknowledged.get());
  }

  /**
   * Reads every document of {@code inputs} (files and folders, every format {@code ingest} reads)
   * and publishes it; each problem, reading or publishing, goes to {@code listener} as one line and
   * the run goes on. Returns what was sent and acknowledged.
   */
  public Counts publishFiles(List<Path> inputs, IngestOptions options, PipelineListener listener) {
    Ingestor ingestor = new Ingestor(options);
    List<Path> files = ingestor.listInputs(inputs, listener::problem);
    listener.started(files.size());
    for (Path file : files) {
      ingestor.readFile(file, this::publish, listener::problem);
      listener.fileDone(file);
      drain().forEach(listener::problem);
    }
    flush().forEach(listener::problem);
    return counts();
  }

  private Problem failure(SourceDocument doc, Exception e) {
    String reason = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    return Problem.error(doc.origin(), "could not publish to " + target + ": " + e.getClass().getSimpleName() + ": " + reason);
  }

  /** Flushes and closes the producer. */
  @Override
  public void close() {
    producer.close();
  }

  /**
   * @param sent documents handed to the producer
   * @param acknowledged documents the broker has on every in-sync replica
   */
  public record Counts(int sent, int acknowledged) {}
}
