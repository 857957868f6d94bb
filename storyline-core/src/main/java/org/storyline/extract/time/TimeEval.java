package org.storyline.extract.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Scores a {@link TimeTagger} on a folder of TempEval-3 TimeML files (searched recursively for
 * {@code *.tml}): the text of each file is tagged with its DCT and compared with its gold TIMEX3s.
 *
 * <p>Run it as {@code storyline eval time --data DIR [--part TUNE|UNTOUCHED|ALL] [--errors N] [--missed N]
 * [--spurious N]}; the part ({@link TempEvalPart}) keeps the documents rules were not developed on apart.
 */
public final class TimeEval {

  private TimeEval() {}

  /** Scores {@link RuleTimeTagger} on the {@code *.tml} files under {@code dir}. */
  public static TimeEvalReport evaluate(Path dir) throws IOException {
    return evaluate(dir, new RuleTimeTagger(), TempEvalPart.ALL);
  }

  public static TimeEvalReport evaluate(Path dir, TimeTagger tagger) throws IOException {
    return evaluate(dir, tagger, TempEvalPart.ALL);
  }

  /** Scores {@code tagger} on the documents of one part of the folder. */
  public static TimeEvalReport evaluate(Path dir, TimeTagger tagger, TempEvalPart part) throws IOException {
    return score(dir, part, (file, doc) -> tagger.tag(doc.text(), doc.creationDate()));
  }

  /**
   * Scores another system's output: the TIMEX3s of the TimeML files under {@code predictions},
   * found by the same relative names as the gold files under {@code gold}. A missing prediction
   * file is an error naming it.
   */
  public static TimeEvalReport evaluatePredictions(Path gold, Path predictions) throws IOException {
    return evaluatePredictions(gold, predictions, TempEvalPart.ALL);
  }

  /** As {@link #evaluatePredictions(Path, Path)}, on the documents of one part of the gold folder. */
  public static TimeEvalReport evaluatePredictions(Path gold, Path predictions, TempEvalPart part) throws IOException {
    try {
      return score(gold, part, (file, doc) -> {
        Path predicted = predictions.resolve(gold.relativize(file).toString());
        try {
          TimeMlDocument system = TimeMlDocument.read(predicted);
          if (!system.text().equals(doc.text())) {
            throw new IOException(predicted + ": its text differs from the gold file's, so offsets cannot be compared");
          }
          return system.timexes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static TimeEvalReport score(Path dir, TempEvalPart part, BiFunction<Path, TimeMlDocument, List<Timex>> systemOf)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml") && part.contains(dir.relativize(p).toString())).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no *.tml files of part " + part + " under " + dir);
    }
    TempEvalCounts total = TempEvalCounts.ZERO;
    Map<TimexType, TempEvalCounts> byType = new EnumMap<>(TimexType.class);
    List<TimeEvalReport.Disagreement> errors = new ArrayList<>();
    List<TimeEvalReport.Disagreement> missed = new ArrayList<>();
    List<TimeEvalReport.Disagreement> spurious = new ArrayList<>();
    for (Path f : files) {
      TimeMlDocument doc = TimeMlDocument.read(f);
      List<Timex> system = systemOf.apply(f, doc);
      String name = dir.relativize(f).toString();
      List<Timex> matchedGold = new ArrayList<>();
      List<Timex> matchedSystem = new ArrayList<>();
      total = total.plus(TempEvalScorer.score(doc.timexes(), system, (g, s) -> {
        matchedGold.add(g);
        matchedSystem.add(s);
        if (!g.value().equals(s.value())) {
          errors.add(new TimeEvalReport.Disagreement(name, doc.creationDate(), g, s, context(doc.text(), g)));
        }
      }));
      for (TimexType type : TimexType.values()) {
        List<Timex> g = doc.timexes().stream().filter(x -> x.type() == type).toList();
        List<Timex> s = system.stream().filter(x -> x.type() == type).toList();
        TempEvalCounts c = TempEvalScorer.score(g, system);
        c = new TempEvalCounts(c.gold(), s.size(), c.strict(), c.relaxed(), c.typeCorrect(), c.valueCorrect());
        byType.merge(type, c, TempEvalCounts::plus);
      }
      for (Timex g : doc.timexes()) {
        if (!matchedGold.contains(g)) {
          missed.add(new TimeEvalReport.Disagreement(name, doc.creationDate(), g, null, context(doc.text(), g)));
        }
      }
      for (Timex s : system) {
        if (!matchedSystem.contains(s)) {
          spurious.add(new TimeEvalReport.Disagreement(name, doc.creationDate(), null, s, context(doc.text(), s)));
        }
      }
    }
    return new TimeEvalReport(files.size(), total, byType, errors, missed, spurious);
  }

  private static String context(String text, Timex t) {
    int a = Math.max(0, t.span().start() - 60);
    int b = Math.min(text.length(), t.span().end() + 60);
    return (text.substring(a, t.span().start()) + "[" + t.text() + "]" + text.substring(t.span().end(), b))
        .replaceAll("\\s+", " ");
  }

  /** Prints the figures as a small table. */
  public static void print(TimeEvalReport r, PrintWriter out) {
    TempEvalCounts c = r.total();
    out.printf(Locale.ROOT, "documents %d, gold %d, system %d%n", r.documents(), c.gold(), c.system());
    out.printf(Locale.ROOT, "%-8s %6s %6s %6s%n", "match", "P", "R", "F1");
    out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", "strict", c.strictPrecision(), c.strictRecall(), c.strictF1());
    out.printf(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", "relaxed", c.relaxedPrecision(), c.relaxedRecall(), c.relaxedF1());
    out.printf(Locale.ROOT, "type F1 %.3f   value F1 %.3f%n", c.typeF1(), c.valueF1());
    out.printf(Locale.ROOT, "%-9s %5s %6s %8s %8s%n", "gold type", "gold", "system", "found", "value ok");
    for (TimexType t : TimexType.values()) {
      TempEvalCounts x = r.byGoldType().getOrDefault(t, TempEvalCounts.ZERO);
      out.printf(Locale.ROOT, "%-9s %5d %6d %8d %8d%n", t, x.gold(), x.system(), x.relaxed(), x.valueCorrect());
    }
  }

  /** Prints the first {@code limit} disagreements of a list, with their context, for development. */
  public static void printList(String title, List<TimeEvalReport.Disagreement> list, int limit, PrintWriter out) {
    if (limit <= 0) {
      return;
    }
    out.println("--- " + title + " (" + list.size() + ")");
    for (TimeEvalReport.Disagreement d : list.subList(0, Math.min(limit, list.size()))) {
      out.printf(Locale.ROOT, "%s dct=%s gold=%s sys=%s | %s%n", d.file(), d.documentDate(),
          d.gold() == null ? "-" : d.gold().type() + " " + d.gold().value().toTimeML() + " \"" + d.gold().text() + "\"",
          d.system() == null ? "-" : d.system().type() + " " + d.system().value().toTimeML() + " \"" + d.system().text() + "\"",
          d.context());
    }
  }
}
