package org.storyline.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a timeline summary matches a reference timeline, in the metrics of tilse (Martschat and
 * Markert 2017, 2018) as news-tls (Gholipour Ghalandari and Ifrim 2020) reports them:
 *
 * <ul>
 *   <li>{@code date}: precision, recall and F1 of the dates chosen (exact matches);
 *   <li>{@code concat}: ROUGE-1/2 of all system sentences against all reference sentences;
 *   <li>{@code agree}: ROUGE counted only between the sentences of the same date;
 *   <li>{@code align} (tilse's "align+ m:1"): each system date aligned to the reference date of least
 *       cost {@code (1 - 1/(days+1)) * (1 - approximate ROUGE-1 F)} (the first on ties) and each
 *       reference date to a system date likewise for recall, the hits weighted by {@code 1/(days+1)}.
 * </ul>
 * ROUGE is counted as ROUGE-1.5.5 with {@code -m -s} counts ({@link Rouge}). Over many reference
 * timelines, {@link #average} takes the mean precision and the mean recall, and F1 of those, as
 * news-tls does. The figures equal those of the reference scorer {@code tls_eval.py}.
 *
 * @param date date selection
 * @param concat1 concat ROUGE-1
 * @param concat2 concat ROUGE-2
 * @param agree1 agreement ROUGE-1
 * @param agree2 agreement ROUGE-2
 * @param align1 align m:1 ROUGE-1
 * @param align2 align m:1 ROUGE-2
 */
public record TimelineScores(Prf date, Prf concat1, Prf concat2, Prf agree1, Prf agree2, Prf align1, Prf align2) {

  /** Precision and recall; F1 is computed. */
  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Prf of(double precisionHits, double precisionTotal, double recallHits, double recallTotal) {
      return new Prf(precisionTotal == 0 ? 0 : precisionHits / precisionTotal,
          recallTotal == 0 ? 0 : recallHits / recallTotal);
    }
  }

  /** The metrics' names in the order of {@link #all()}. */
  public static final List<String> NAMES = List.of("date", "concat R1", "concat R2", "agree R1", "agree R2",
      "align R1", "align R2");

  public TimelineScores {
    Objects.requireNonNull(date, "date");
  }

  /** The seven scores in the order of {@link #NAMES}. */
  public List<Prf> all() {
    return List.of(date, concat1, concat2, agree1, agree2, align1, align2);
  }

  /**
   * Scores {@code system} against {@code reference}, each a map from date to that date's sentences.
   * A system timeline without dates scores 0 everywhere.
   */
  public static TimelineScores of(Map<LocalDate, List<String>> system, Map<LocalDate, List<String>> reference) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(reference, "reference");
    Rouge rouge = Rouge.instance();
    Set<LocalDate> shared = new TreeSet<>(system.keySet());
    shared.retainAll(reference.keySet());
    Prf date = Prf.of(shared.size(), system.size(), shared.size(), reference.size());
    List<String> allSystem = concat(system);
    List<String> allReference = concat(reference);
    Prf[] concat = new Prf[3];
    Prf[] agree = new Prf[3];
    Prf[] align = new Prf[3];
    for (int n = 1; n <= 2; n++) {
      Rouge.Counts c = rouge.counts(allSystem, allReference, n);
      concat[n] = Prf.of(c.hits(), c.peer(), c.hits(), c.model());
      agree[n] = agreement(system, reference, rouge, n);
      align[n] = system.isEmpty() ? new Prf(0, 0) : Alignment.score(system, reference, rouge, n);
    }
    return new TimelineScores(date, concat[1], concat[2], agree[1], agree[2], align[1], align[2]);
  }

  /** Mean precision and mean recall of each metric over {@code scores} (news-tls's F(avgP, avgR)). */
  public static TimelineScores average(List<TimelineScores> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("nothing to average");
    }
    Prf[] mean = new Prf[NAMES.size()];
    for (int i = 0; i < mean.length; i++) {
      double p = 0;
      double r = 0;
      for (TimelineScores s : scores) {
        p += s.all().get(i).precision();
        r += s.all().get(i).recall();
      }
      mean[i] = new Prf(p / scores.size(), r / scores.size());
    }
    return new TimelineScores(mean[0], mean[1], mean[2], mean[3], mean[4], mean[5], mean[6]);
  }

  private static List<String> concat(Map<LocalDate, List<String>> timeline) {
    List<String> out = new ArrayList<>();
    new TreeSet<>(timeline.keySet()).forEach(d -> out.addAll(timeline.get(d)));
    return out;
  }

  private static Prf agreement(Map<LocalDate, List<String>> system, Map<LocalDate, List<String>> reference,
      Rouge rouge, int n) {
    double[] acc = new double[4];
    Set<LocalDate> dates = new TreeSet<>(system.keySet());
    dates.addAll(reference.keySet());
    for (LocalDate d : dates) {
      Rouge.Counts c = rouge.counts(system.getOrDefault(d, List.of()), reference.getOrDefault(d, List.of()), n);
      if (system.containsKey(d)) {
        acc[0] += c.hits();
        acc[1] += c.peer();
      }
      if (reference.containsKey(d)) {
        acc[2] += c.hits();
        acc[3] += c.model();
      }
    }
    return Prf.of(acc[0], acc[1], acc[2], acc[3]);
  }

  /** tilse's many-to-one alignment of dates by content and distance. */
  static final class Alignment {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Alignment() {}

    static Prf score(Map<LocalDate, List<String>> system, Map<LocalDate, List<String>> reference, Rouge rouge, int n) {
      List<LocalDate> sys = new ArrayList<>(new TreeSet<>(system.keySet()));
      List<LocalDate> ref = new ArrayList<>(new TreeSet<>(reference.keySet()));
      double[] precision = side(sys, ref, true, system, reference, rouge, n);
      double[] recall = side(ref, sys, false, system, reference, rouge, n);
      return Prf.of(precision[0], precision[1], recall[0], recall[1]);
    }

    /**
     * Each date of {@code dates} aligned to its best of {@code others}: the weighted hits and the
     * n-grams of its side (the system's for precision, the reference's for recall).
     */
    private static double[] side(List<LocalDate> dates, List<LocalDate> others, boolean fromSystem,
        Map<LocalDate, List<String>> system, Map<LocalDate, List<String>> reference, Rouge rouge, int n) {
      double hits = 0;
      double total = 0;
      for (LocalDate d : dates) {
        LocalDate o = best(d, others, system, reference, fromSystem);
        LocalDate dp = fromSystem ? d : o;
        LocalDate dr = fromSystem ? o : d;
        Rouge.Counts c = rouge.counts(system.get(dp), reference.get(dr), n);
        hits += weight(dp, dr) * c.hits();
        total += fromSystem ? c.peer() : c.model();
      }
      return new double[] {hits, total};
    }

    /** The candidate of least cost for {@code date}, the first on ties; {@code date} is a system date when {@code fromSystem}. */
    private static LocalDate best(LocalDate date, List<LocalDate> candidates, Map<LocalDate, List<String>> system,
        Map<LocalDate, List<String>> reference, boolean fromSystem) {
      LocalDate best = null;
      double least = Double.POSITIVE_INFINITY;
      for (LocalDate c : candidates) {
        double cost = fromSystem ? cost(date, c, system.get(date), reference.get(c))
            : cost(c, date, system.get(c), reference.get(date));
        if (best == null || cost < least) {
          best = c;
          least = cost;
        }
      }
      return best;
    }

    private static double weight(LocalDate a, LocalDate b) {
      return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
    }

    private static double cost(LocalDate systemDate, LocalDate referenceDate, List<String> sys, List<String> ref) {
      return (1 - weight(systemDate, referenceDate)) * (1 - approximateRouge1(sys, ref));
    }

    /** tilse's {@code compute_rouge_approximation}: unigram F1 over white-space words that are not punctuation. */
    static double approximateRouge1(List<String> system, List<String> reference) {
      Map<String, Integer> sc = words(system);
      Map<String, Integer> rc = words(reference);
      int match = 0;
      for (Map.Entry<String, Integer> e : sc.entrySet()) {
        match += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
      }
      int sd = sc.values().stream().mapToInt(Integer::intValue).sum();
      int rd = rc.values().stream().mapToInt(Integer::intValue).sum();
      double p = sd == 0 ? 0 : (double) match / sd;
      double r = rd == 0 ? 0 : (double) match / rd;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Python's {@code k not in string.punctuation} is a substring test, kept as such. */
    private static Map<String, Integer> words(List<String> sentences) {
      Map<String, Integer> counts = new HashMap<>();
      for (String s : sentences) {
        for (String w : Texts.whitespaceSplit(s)) {
          if (!PUNCTUATION.contains(w)) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      }
      return counts;
    }
  }
}
