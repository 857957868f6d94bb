package org.storyline.bench;

import java.util.Optional;

/** Who is measured: Storyline, or the baseline. Each gets its own JVM with its own heap limit. */
enum Contender {
  // five short forks, the median reported, so that one JVM's luck does not make the figure: the
  // entity tagger's speed once followed where a JVM placed its 22 MB of weight tables (200 to 340
  // articles a second); with the compact tables the forks agree within about 10%. CoreNLP's JVMs
  // agree within a few percent and cost up to a minute each to load and warm, so one
  STORYLINE("1g", 5) {
    @Override
    Optional<Runner> runner(Stage stage) {
      return StorylineRunner.of(stage);
    }
  },
  // coreference needs about 6 GB; more room keeps collections from dominating (and varying) its figures
  CORENLP("10g", 1) {
    @Override
    Optional<Runner> runner(Stage stage) {
      return Optional.of(new CoreNlpRunner(stage));
    }
  };

  final String maxHeap;
  /** JVMs measured; each gets half the warm-up and 1/forks of the measuring time, and the median one counts. */
  final int forks;

  Contender(String maxHeap, int forks) {
    this.maxHeap = maxHeap;
    this.forks = forks;
  }

  abstract Optional<Runner> runner(Stage stage);

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
