package org.storyline.eval.semeval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SemEval-2015 Task 4 Track A's score: TempEval-3 temporal awareness of system timelines against
 * gold ones, as the task's {@code evaluation_all.py} computes it.
 *
 * <p>For each timeline, the gold and the system rows become TimeML links ({@link Tlinks}); each
 * side's links are reduced as the TempEval-3 timegraph reduces them (a link already implied by the
 * links before it is dropped, a contradicting one kept; {@link TemporalGraph}). A reduced system
 * link is correct when the gold links hold it or imply it (precision); a reduced gold link is found
 * when the system links hold or imply it (recall). The counts are summed over the timelines that
 * have a system file (a gold timeline without one is left out, as the official script leaves it
 * out) and micro-averaged, with the script's rounding: {@code P = 100 * round(correct / system, 6)}.
 *
 * <p>Example: gold {@code 1 2010-06-07 a; 2 2010-06-08 b} against the same rows gives 100; against
 * {@code 1 2010-06-08 a} alone it finds one wrong link ({@code a} with the wrong day).
 */
public final class TemporalAwareness {

  private TemporalAwareness() {}

  /**
   * The counts of one timeline.
   *
   * @param correct reduced system links the gold implies
   * @param system reduced system links
   * @param found reduced gold links the system implies
   * @param gold reduced gold links
   */
  public record Counts(int correct, int system, int found, int gold) {

    /** Precision in percent, as the script prints it per timeline. */
    public double precision() {
      return system == 0 ? 0 : 100 * round6((double) correct / system);
    }

    public double recall() {
      return gold == 0 ? 0 : 100 * round6((double) found / gold);
    }

    public double f1() {
      double p = system == 0 ? 0 : (double) correct / system;
      double r = gold == 0 ? 0 : (double) found / gold;
      return p + r == 0 ? 0 : 100 * round6(2 * p * r / (p + r));
    }
  }

  /**
   * The score of a set of timelines.
   *
   * @param timelines the counts of each scored timeline, by file name, in the order given
   * @param missing gold timelines without a system file (left out of the score)
   */
  public record Score(Map<String, Counts> timelines, List<String> missing) {

    public Score {
      timelines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timelines));
      missing = List.copyOf(missing);
    }

    /** Micro precision in percent; 0 when no system link was scored (the official script divides by zero there). */
    public double precision() {
      int c = 0;
      int s = 0;
      for (Counts k : timelines.values()) {
        c += k.correct();
        s += k.system();
      }
      return s == 0 ? 0 : 100 * round6((double) c / s);
    }

    /** Micro recall in percent. */
    public double recall() {
      int f = 0;
      int g = 0;
      for (Counts k : timelines.values()) {
        f += k.found();
        g += k.gold();
      }
      return g == 0 ? 0 : 100 * round6((double) f / g);
    }

    /** Micro F1 in percent, from the rounded precision and recall as the script computes it. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2.0 * p * r / (p + r);
    }
  }

  /** Scores system timelines against gold ones, both by file name ({@code steve_jobs.txt}). */
  public static Score score(Map<String, TaskTimeline> gold, Map<String, TaskTimeline> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    Map<String, Counts> scored = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, TaskTimeline> g : gold.entrySet()) {
      TaskTimeline s = system.get(g.getKey());
      if (s == null) {
        missing.add(g.getKey());
      } else {
        scored.put(g.getKey(), score(g.getValue(), s));
      }
    }
    return new Score(scored, missing);
  }

  /** The counts of one system timeline against its gold timeline. */
  public static Counts score(TaskTimeline gold, TaskTimeline system) {
    Tlinks.Gold g = new Tlinks.Gold(gold);
    List<Tlinks.Link> s = Tlinks.system(system, g);
    Reduced rg = reduce(g.links);
    Reduced rs = reduce(s);
    Set<Tlinks.Link> goldTriples = triples(g.links);
    Set<Tlinks.Link> systemTriples = triples(s);
    int correct = matched(rs.links, goldTriples, rg.graph);
    int found = matched(rg.links, systemTriples, rs.graph);
    return new Counts(correct, rs.links.size(), found, rg.links.size());
  }

  private record Reduced(List<Tlinks.Link> links, TemporalGraph graph) {}

  /** The timegraph's final relations: distinct links not implied by those before them, the contradicting ones included. */
  private static Reduced reduce(List<Tlinks.Link> links) {
    TemporalGraph graph = new TemporalGraph();
    List<Tlinks.Link> kept = new ArrayList<>();
    for (Tlinks.Link l : new LinkedHashSet<>(links)) {
      if (graph.add(l.x(), l.y(), l.before()) != TemporalGraph.Added.IMPLIED) {
        kept.add(l);
      }
    }
    return new Reduced(kept, graph);
  }

  /** The links as given and reversed: the script's direct match looks a link up in both directions. */
  private static Set<Tlinks.Link> triples(List<Tlinks.Link> links) {
    Set<Tlinks.Link> out = new HashSet<>(links);
    for (Tlinks.Link l : links) {
      if (!l.before()) {
        out.add(new Tlinks.Link(l.y(), l.x(), false)); // a reversed BEFORE is an AFTER, which no link of ours is
      }
    }
    return out;
  }

  private static int matched(List<Tlinks.Link> links, Set<Tlinks.Link> other, TemporalGraph otherGraph) {
    int n = 0;
    for (Tlinks.Link l : links) {
      if (other.contains(l) || otherGraph.implies(l.x(), l.y(), l.before())) {
        n++;
      }
    }
    return n;
  }

  /** Python 2's {@code round(x, 6)}: half away from zero, on the double's exact value. */
  static double round6(double x) {
    return new BigDecimal(x).setScale(6, RoundingMode.HALF_UP).doubleValue();
  }
}
