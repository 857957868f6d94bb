package org.storyline.bench;

import java.util.Optional;

/** Who is measured: Storyline, or the baseline. Each gets its own JVM with its own heap limit. */
enum Contender {
  STORYLINE("1g") {
    @Override
    Optional<Runner> runner(Stage stage) {
      return StorylineRunner.of(stage);
    }

    // the entity tagger and the pipeline holding it in three forks, the median reported, so that one
    // JVM's luck does not make the figure: the tagger's speed once followed where a JVM placed its
    // 22 MB of weight tables (200 to 340 articles a second); with the compact tables its forks agree
    // within about 10%, and three forks with a full warm-up each (the pipeline was still speeding up
    // after 2 s) beat five with half. Tokens, times and quotes agree within a few percent in one.
    @Override
    int forks(Stage stage) {
      return stage == Stage.NER || stage == Stage.PIPELINE ? 3 : 1;
    }
  },
  // coreference needs about 6 GB; more room keeps collections from dominating (and varying) its figures
  CORENLP("10g") {
    @Override
    Optional<Runner> runner(Stage stage) {
      return Optional.of(new CoreNlpRunner(stage));
    }

    // CoreNLP's JVMs differ too: its CRF tagged the samples at 5.9 to 6.9 passes a second in five
    // JVMs, each steady within 3%, so its entity stage gets three forks as well; the stages with
    // coreference cost up to a minute a JVM to load and warm, and the others agree within a few percent
    @Override
    int forks(Stage stage) {
      return stage == Stage.NER ? 3 : 1;
    }
  };

  final String maxHeap;

  Contender(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** JVMs measured on {@code stage}; each gets the whole warm-up and 1/forks of the measuring time, and the median one counts. */
  abstract int forks(Stage stage);

  abstract Optional<Runner> runner(Stage stage);

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
