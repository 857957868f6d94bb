package org.storyline.bench;

/**
 * What one worker measured for one contender on one stage.
 *
 * @param loadMillis time to load models and build the pipeline
 * @param articlesPerSecond warm throughput, single thread
 * @param tokensPerSecond the same in tokens (Storyline's token count for both contenders)
 * @param peakHeapMb the highest heap use seen, garbage included
 * @param retainedHeapMb heap still in use after a full collection at the end: models and state
 * @param passes passes over the input that were timed
 * @param rounds timed rounds; the fastest round's rate is the one reported
 * @param roundSpread (fastest - slowest round) / fastest, a sign of how steady the machine was
 */
record Measurement(
    String contender,
    String stage,
    double loadMillis,
    double articlesPerSecond,
    double tokensPerSecond,
    double peakHeapMb,
    double retainedHeapMb,
    int passes,
    int rounds,
    double roundSpread) {}
