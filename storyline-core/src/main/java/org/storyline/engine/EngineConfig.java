package org.storyline.engine;

import java.util.Objects;
import java.util.function.Supplier;
import org.storyline.cluster.ClusterConfig;
import org.storyline.extract.Extractor;

/**
 * How the engine runs.
 *
 * @param batchSize articles per transaction: small enough that a killed run loses little work
 * @param threads threads extracting in parallel (every core by default)
 * @param checkpointEvery new articles between two checkpoints of the clusterer (a run also saves
 *     one when it ends); what a crash makes the next run replay
 * @param cluster the clusterer's configuration
 * @param extractor makes the extractors, once, when an article first needs them (reading never does)
 */
public record EngineConfig(int batchSize, int threads, int checkpointEvery, ClusterConfig cluster, Supplier<Extractor> extractor) {

  public EngineConfig {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpoint interval must be at least 1 article, not " + checkpointEvery);
    }
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** Batches of 100, every core, a checkpoint every 5,000 articles, the default clustering and extractors. */
  public static EngineConfig defaults() {
    return new EngineConfig(100, Runtime.getRuntime().availableProcessors(), 5_000, ClusterConfig.defaults(),
        Extractor::withDefaults);
  }

  public EngineConfig withBatchSize(int size) {
    return new EngineConfig(size, threads, checkpointEvery, cluster, extractor);
  }

  public EngineConfig withThreads(int n) {
    return new EngineConfig(batchSize, n, checkpointEvery, cluster, extractor);
  }

  public EngineConfig withExtractor(Supplier<Extractor> factory) {
    return new EngineConfig(batchSize, threads, checkpointEvery, cluster, factory);
  }

  public EngineConfig withCheckpointEvery(int articles) {
    return new EngineConfig(batchSize, threads, articles, cluster, extractor);
  }
}
