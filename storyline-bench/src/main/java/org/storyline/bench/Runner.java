package org.storyline.bench;

/**
 * One contender's implementation of one stage, as the benchmark drives it: {@link #load} once
 * (timed as model load), then {@link #process} over and over.
 */
interface Runner {

  /** Loads models and builds pipelines. */
  void load();

  /** Processes one article; returns a count of what it found, so the work cannot be optimised away. */
  int process(BenchArticle article);
}
