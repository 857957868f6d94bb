package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.EntityType;

/** The perceptron learns a tiny synthetic language of names; no model file, no data set. */
class NerTrainerTest {

  private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Frank", "Greta", "Hugo"};
  private static final String[] LAST = {"Berg", "Costa", "Dahl", "Evans", "Fuchs", "Grant", "Holm", "Ivanov"};
  private static final String[] CITY = {"Oslo", "Lima", "Porto", "Riga", "Turin", "Quito"};
  private static final String[] ORG = {"Acme", "Globex", "Initech", "Umbrella"};

  @Test
  void train_learnsNamesInContext_andSavedModelTagsTheSame(@TempDir Path dir) throws IOException {
    List<ConllDocument> train = documents(new Random(1), 60);
    List<ConllDocument> test = documents(new Random(2), 10);
    PerceptronRecognizer model = NerTrainer.defaults().bits(16).epochs(6).train(train, List.of(), line -> { });
    NerScores scores = NerEvaluation.score(model, test);
    assertThat(scores.overall().f1()).isGreaterThan(0.95);

    Path file = dir.resolve("m.bin.gz");
    model.save(file);
    PerceptronRecognizer loaded = PerceptronRecognizer.load(file);
    List<List<String>> sentence = List.of(List.of("Greta", "Ivanov", "met", "Hugo", "Costa", "in", "Riga", "."));
    assertThat(loaded.chunks(sentence)).isEqualTo(model.chunks(sentence));
    assertThat(loaded.chunks(sentence).get(0)).containsExactly(new EntityChunk(0, 2, EntityType.PERSON),
        new EntityChunk(3, 5, EntityType.PERSON), new EntityChunk(6, 7, EntityType.LOCATION));
  }

  @Test
  void train_onePass_learnsToo_andSavesAndLoads(@TempDir Path dir) throws IOException {
    List<ConllDocument> train = documents(new Random(1), 60);
    PerceptronRecognizer model = NerTrainer.defaults().bits(16).epochs(6).passes(1).train(train, List.of(), line -> { });
    assertThat(NerEvaluation.score(model, documents(new Random(2), 10)).overall().f1()).isGreaterThan(0.95);
    Path file = dir.resolve("m1.bin.gz");
    model.save(file);
    List<List<String>> sentence = List.of(List.of("Greta", "Ivanov", "met", "Hugo", "Costa", "in", "Riga", "."));
    assertThat(PerceptronRecognizer.load(file).chunks(sentence)).isEqualTo(model.chunks(sentence));
  }

  @Test
  void train_withVectorClusters_savesThemInTheModel(@TempDir Path dir) throws IOException {
    // The vector clusters put the test's unseen first name with the first names of the training data.
    java.util.Map<String, int[]> classes = new java.util.HashMap<>();
    for (String w : FIRST) {
      classes.put(w.toLowerCase(java.util.Locale.ROOT), new int[] {1});
    }
    classes.put("zelda", new int[] {1});
    for (String w : LAST) {
      classes.put(w.toLowerCase(java.util.Locale.ROOT), new int[] {2});
    }
    WordClusters vectors = new WordClusters(classes, 1, List.of());
    PerceptronRecognizer model = NerTrainer.defaults().bits(16).epochs(6).vectorClusters(vectors)
        .train(documents(new Random(1), 60), List.of(), line -> { });
    Path file = dir.resolve("v.bin.gz");
    model.save(file);
    List<List<String>> sentence = List.of(List.of("He", "told", "Zelda", "Berg", "of", "Acme", "."));
    PerceptronRecognizer loaded = PerceptronRecognizer.load(file);
    assertThat(loaded.model().vectors.of("Zelda")).containsExactly(1);
    assertThat(loaded.chunks(sentence)).isEqualTo(model.chunks(sentence));
    assertThat(loaded.chunks(sentence).get(0)).contains(new EntityChunk(2, 4, EntityType.PERSON));
  }

  @Test
  void crossValidation_scoresEveryDocumentOnce_byAModelThatDidNotSeeIt() {
    List<ConllDocument> docs = documents(new Random(5), 12);
    int gold = 0;
    for (ConllDocument d : docs) {
      for (ConllSentence s : d.sentences()) {
        gold += ChunkScorer.chunks(s.tags()).size();
      }
    }
    NerScores cv = NerCrossValidation.run(NerTrainer.defaults().bits(14).epochs(3).passes(1).averageOf(1), docs, 3, line -> { });
    assertThat(cv.overall().gold()).isEqualTo(gold);
    assertThat(cv.overall().f1()).isGreaterThan(0.8);
    assertThat(NerCrossValidation.fold(7, 3)).isEqualTo(1);
  }

  @Test
  void tokensPerSecond_isPositiveForEachPass() {
    PerceptronRecognizer model = NerTrainer.defaults().bits(14).epochs(2).passes(1).train(documents(new Random(3), 10), List.of(), line -> { });
    double[] rates = NerEvaluation.tokensPerSecond(model, documents(new Random(4), 5), 1, 2);
    assertThat(rates).hasSize(2);
    assertThat(java.util.Arrays.stream(rates).allMatch(r -> r > 0)).isTrue();
  }

  @Test
  void train_isDeterministic() {
    List<ConllDocument> train = documents(new Random(3), 20);
    PerceptronRecognizer a = NerTrainer.defaults().bits(14).epochs(3).train(train, List.of(), line -> { });
    PerceptronRecognizer b = NerTrainer.defaults().bits(14).epochs(3).train(train, List.of(), line -> { });
    List<ConllDocument> test = documents(new Random(4), 5);
    for (ConllDocument d : test) {
      assertThat(a.chunks(d.words())).isEqualTo(b.chunks(d.words()));
    }
  }

  static List<ConllDocument> documents(Random random, int count) {
    List<ConllDocument> docs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      List<ConllSentence> sentences = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        List<ConllToken> rows = new ArrayList<>();
        switch (random.nextInt(3)) {
          case 0 -> {
            person(random, rows);
            add(rows, "met", "O");
            person(random, rows);
            add(rows, "in", "O");
            add(rows, pick(random, CITY), "I-LOC");
          }
          case 1 -> {
            add(rows, pick(random, ORG), "I-ORG");
            add(rows, "said", "O");
            add(rows, "it", "O");
            add(rows, "would", "O");
            add(rows, "open", "O");
            add(rows, "in", "O");
            add(rows, pick(random, CITY), "I-LOC");
          }
          default -> {
            add(rows, "He", "O");
            add(rows, "told", "O");
            person(random, rows);
            add(rows, "of", "O");
            add(rows, pick(random, ORG), "I-ORG");
          }
        }
        add(rows, ".", "O");
        sentences.add(new ConllSentence(rows));
      }
      docs.add(new ConllDocument(new ConllToken(List.of(ConllDocument.DOCSTART, "O")), sentences));
    }
    return docs;
  }

  private static void person(Random random, List<ConllToken> rows) {
    add(rows, pick(random, FIRST), "I-PER");
    add(rows, pick(random, LAST), "I-PER");
  }

  private static void add(List<ConllToken> rows, String word, String tag) {
    rows.add(new ConllToken(List.of(word, tag)));
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }
}
