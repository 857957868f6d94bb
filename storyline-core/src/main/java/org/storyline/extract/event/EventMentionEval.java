package org.storyline.extract.event;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.TempEvalCounts;
import org.storyline.extract.time.TempEvalScorer;

/**
 * Scores event detection the way TempEval-3 Task B does (its scorer, {@code evaluate_entities.py}):
 * strict (same span) and relaxed (overlapping span) P/R/F1 of event mentions, and the class
 * attribute F1, which is class accuracy over the relaxed matches times the relaxed F1 (equal to
 * the F1 of correctly classed matches over system and gold counts, {@link TempEvalCounts#typeF1}).
 *
 * <p>Tuning is by k-fold cross-validation by document over the training part of a folder; the
 * untouched part ({@link #isUntouched}: a rule on the file name, fixed in code before any score
 * was seen) is scored once, by a model trained on the whole training part.
 */
public final class EventMentionEval {

  /** One in this many documents is untouched. */
  static final int UNTOUCHED_ONE_IN = 5;

  private static final Tokenizer TOKENIZER = new RuleTokenizer();

  private EventMentionEval() {}

  /** The figures over a set of documents: all classes, and per gold class. */
  public record Report(int documents, TempEvalCounts total, Map<EventClass, TempEvalCounts> byClass) {}

  /** The documents split into the training part and the untouched part. */
  public record Split(List<GoldEvents> train, List<GoldEvents> untouched) {}

  /**
   * Whether a document belongs to the untouched part: the CRC-32 of its relative name (UTF-8) is a
   * multiple of {@link #UNTOUCHED_ONE_IN}. Depends on the name only, so the part never changes.
   */
  public static boolean isUntouched(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % UNTOUCHED_ONE_IN == 0;
  }

  public static Split split(List<GoldEvents> docs) {
    List<GoldEvents> train = new ArrayList<>();
    List<GoldEvents> untouched = new ArrayList<>();
    for (GoldEvents d : docs) {
      (isUntouched(d.name()) ? untouched : train).add(d);
    }
    return new Split(train, untouched);
  }

  /** The events a detector finds in a document's text: each trigger with its class. */
  public static List<GoldEvents.Event> system(PerceptronEventDetector detector, String text) {
    List<GoldEvents.Event> out = new ArrayList<>();
    for (List<PerceptronEventDetector.Trigger> sentence : detector.triggers(TOKENIZER.sentences(text))) {
      for (PerceptronEventDetector.Trigger t : sentence) {
        out.add(new GoldEvents.Event(t.span(), t.timeMlClass()));
      }
    }
    return out;
  }

  public static Report score(PerceptronEventDetector detector, List<GoldEvents> docs) {
    TempEvalCounts total = TempEvalCounts.ZERO;
    Map<EventClass, TempEvalCounts> byClass = new EnumMap<>(EventClass.class);
    for (GoldEvents d : docs) {
      List<GoldEvents.Event> system = system(detector, d.document().text());
      total = total.plus(score(d.events(), system));
      for (EventClass c : EventClass.values()) {
        List<GoldEvents.Event> g = d.events().stream().filter(e -> e.timeMlClass() == c).toList();
        TempEvalCounts x = score(g, system);
        int s = (int) system.stream().filter(e -> e.timeMlClass() == c).count();
        byClass.merge(c, new TempEvalCounts(x.gold(), s, x.strict(), x.relaxed(), x.typeCorrect(), 0), TempEvalCounts::plus);
      }
    }
    return new Report(docs.size(), total, byClass);
  }

  static TempEvalCounts score(List<GoldEvents.Event> gold, List<GoldEvents.Event> system) {
    return TempEvalScorer.score(gold, system, GoldEvents.Event::span,
        (g, s) -> g.timeMlClass() == s.timeMlClass(), (g, s) -> true, (g, s) -> { });
  }

  /**
   * K-fold cross-validation by document: document {@code i} (in the given order) is in fold
   * {@code i % folds}; each fold is scored by a model trained on the others, and the counts summed.
   */
  public static Report crossValidate(List<GoldEvents> docs, int folds, TriggerTrainer trainer, Consumer<String> log) {
    if (folds < 2 || folds > docs.size()) {
      throw new IllegalArgumentException("folds must be in [2, " + docs.size() + "], got " + folds);
    }
    TempEvalCounts total = TempEvalCounts.ZERO;
    Map<EventClass, TempEvalCounts> byClass = new EnumMap<>(EventClass.class);
    for (int f = 0; f < folds; f++) {
      List<GoldEvents> train = new ArrayList<>();
      List<GoldEvents> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % folds == f ? test : train).add(docs.get(i));
      }
      Report r = score(trainer.train(train, line -> { }), test);
      log.accept(String.format(Locale.ROOT, "fold %d: %d documents, strict F1 %.3f, class F1 %.3f",
          f + 1, test.size(), r.total().strictF1(), r.total().typeF1()));
      total = total.plus(r.total());
      for (var e : r.byClass().entrySet()) {
        byClass.merge(e.getKey(), e.getValue(), TempEvalCounts::plus);
      }
    }
    return new Report(docs.size(), total, byClass);
  }

  /** Prints the figures as a small table. */
  public static void print(String title, Report r, PrintWriter out) {
    TempEvalCounts c = r.total();
    out.printf(Locale.ROOT, "%s: documents %d, gold %d, system %d%n", title, r.documents(), c.gold(), c.system());
    out.printf(Locale.ROOT, "%-8s %6s %6s %6s%n", "match", "P", "R", "F1");
    out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", "strict", c.strictPrecision(), c.strictRecall(), c.strictF1());
    out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", "relaxed", c.relaxedPrecision(), c.relaxedRecall(), c.relaxedF1());
    out.printf(Locale.ROOT, "class F1 %.3f (class accuracy over relaxed matches %.3f)%n", c.typeF1(),
        c.relaxed() == 0 ? 0 : (double) c.typeCorrect() / c.relaxed());
    out.printf(Locale.ROOT, "%-11s %5s %6s %8s %8s%n", "gold class", "gold", "system", "found", "class ok");
    for (EventClass k : EventClass.values()) {
      TempEvalCounts x = r.byClass().getOrDefault(k, TempEvalCounts.ZERO);
      out.printf(Locale.ROOT, "%-11s %5d %6d %8d %8d%n", k, x.gold(), x.system(), x.relaxed(), x.typeCorrect());
    }
  }
}
