package org.storyline.bench;

import java.util.Optional;

/** Who is measured: Storyline, or the baseline. Each gets its own JVM with its own heap limit. */
enum Contender {
  // five short forks, the median reported: one JVM of Storyline's entity tagger can run at 200 and
  // the next at 340 articles a second on this shared machine, steady within each, which no length
  // of one run evens out; CoreNLP's JVMs agree within a few percent and cost up to a minute each
  // to load and warm, so one
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
