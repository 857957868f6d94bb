package org.storyline.flink;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.kafka.KafkaTarget;

/**
 * How the job runs, as {@code flink run storyline-flink-job.jar --from kafka://HOST:PORT/TOPIC --store LOCATION ...}
 * gives it. Validated whole: unknown keys and values out of range are refused, naming the key.
 *
 * @param from the topic documents are read from
 * @param store the store's location (a file path, a JDBC address)
 * @param parallelism subtasks of the per-article stage (cleaning and extraction); the stateful stage is always one
 * @param batchSize new articles per batch (a transaction of the store)
 * @param flushMillis the longest a batch waits to fill before it is committed anyway
 * @param checkpointMillis milliseconds between two Flink checkpoints
 * @param group the Kafka consumer group (offsets are Flink's own; the group's are only reported)
 * @param bounded read the topic up to the offsets it had at the start and stop (tests, benchmarks, back-fills)
 * @param restartAttempts restarts after a failure before the job gives up
 */
public record JobSettings(KafkaTarget from, String store, int parallelism, int batchSize, long flushMillis,
    long checkpointMillis, String group, boolean bounded, int restartAttempts) implements Serializable {

  private static final Set<String> KEYS = Set.of("--from", "--store", "--parallelism", "--batch", "--flush-ms",
      "--checkpoint-ms", "--group", "--bounded", "--restart-attempts");

  public JobSettings {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(group, "group");
    atLeast("--parallelism", parallelism, 1);
    atLeast("--batch", batchSize, 1);
    atLeast("--flush-ms", flushMillis, 1);
    atLeast("--checkpoint-ms", checkpointMillis, 10);
    atLeast("--restart-attempts", restartAttempts, 0);
  }

  /** Batches of 100 (the engine's), committed after 5 s at most, a checkpoint every 10 s, parallelism 2, unbounded. */
  public static JobSettings of(KafkaTarget from, String store) {
    return new JobSettings(from, store, 2, 100, 5_000, 10_000, "storyline", false, 10);
  }

  public JobSettings withParallelism(int n) {
    return new JobSettings(from, store, n, batchSize, flushMillis, checkpointMillis, group, bounded, restartAttempts);
  }

  public JobSettings withBatchSize(int n) {
    return new JobSettings(from, store, parallelism, n, flushMillis, checkpointMillis, group, bounded, restartAttempts);
  }

  public JobSettings withFlushMillis(long ms) {
    return new JobSettings(from, store, parallelism, batchSize, ms, checkpointMillis, group, bounded, restartAttempts);
  }

  public JobSettings withCheckpointMillis(long ms) {
    return new JobSettings(from, store, parallelism, batchSize, flushMillis, ms, group, bounded, restartAttempts);
  }

  public JobSettings withGroup(String name) {
    return new JobSettings(from, store, parallelism, batchSize, flushMillis, checkpointMillis, name, bounded, restartAttempts);
  }

  public JobSettings asBounded() {
    return new JobSettings(from, store, parallelism, batchSize, flushMillis, checkpointMillis, group, true, restartAttempts);
  }

  /**
   * The settings {@code args} give: {@code --from} and {@code --store} are required.
   *
   * @throws IllegalArgumentException naming the key that is unknown, missing or out of range
   */
  public static JobSettings parse(String... args) {
    Map<String, String> given = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i];
      if (!KEYS.contains(key)) {
        unknown.add(key);
      } else if (key.equals("--bounded")) {
        given.put(key, "true");
      } else if (i + 1 < args.length) {
        given.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException(key + " needs a value");
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + String.join(", ", unknown) + " (known: "
          + String.join(", ", KEYS.stream().sorted().toList()) + ")");
    }
    for (String required : List.of("--from", "--store")) {
      if (!given.containsKey(required)) {
        throw new IllegalArgumentException(required + " is required");
      }
    }
    JobSettings d = of(KafkaTarget.parse(given.get("--from")), given.get("--store"));
    return new JobSettings(d.from(), d.store(),
        integer(given, "--parallelism", d.parallelism()), integer(given, "--batch", d.batchSize()),
        integer(given, "--flush-ms", d.flushMillis()), integer(given, "--checkpoint-ms", d.checkpointMillis()),
        given.getOrDefault("--group", d.group()), given.containsKey("--bounded"),
        integer(given, "--restart-attempts", d.restartAttempts()));
  }

  private static int integer(Map<String, String> given, String key, long fallback) {
    String v = given.get(key);
    if (v == null) {
      return Math.toIntExact(fallback);
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'", e);
    }
  }

  private static void atLeast(String key, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException(key + " must be at least " + least + ", not " + value);
    }
  }
}
