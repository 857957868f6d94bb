package org.storyline.bench;

import java.util.Optional;

/** Who is measured: Storyline, or the baseline. Each gets its own JVM with its own heap limit. */
enum Contender {
  STORYLINE("1g") {
    @Override
    Optional<Runner> runner(Stage stage) {
      return StorylineRunner.of(stage);
    }
  },
  // coreference needs about 6 GB; more room keeps collections from dominating (and varying) its figures
  CORENLP("10g") {
    @Override
    Optional<Runner> runner(Stage stage) {
      return Optional.of(new CoreNlpRunner(stage));
    }
  };

  final String maxHeap;

  Contender(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  abstract Optional<Runner> runner(Stage stage);

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
