package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.eval.TimelineScores;
import org.storyline.summarize.DatewiseConfig;

/**
 * Leave-one-topic-out tuning of the timeline summariser: for each topic, the grid setting that
 * scores best on the other topics is chosen and the topic is scored with it, so no topic's figure
 * comes from settings tuned on it.
 */
final class LeaveOneOut {

  /** The grid: a few values of the settings that matter most. */
  private static final double[] PUBLISHED = {0.25, 0.5, 1, 2};
  private static final double[] ANNOUNCED = {0, 0.5};
  private static final int[] LEADS = {3, 5, 10};
  private static final double[] BONUS = {0, 0.05};

  private final List<EvalTlsCommand.Topic> topics;
  private final DatewiseConfig base;
  private final PrintWriter out;

  LeaveOneOut(List<EvalTlsCommand.Topic> topics, DatewiseConfig base, PrintWriter out) {
    this.topics = topics;
    this.base = base;
    this.out = out;
  }

  void run() throws IOException {
    List<DatewiseConfig> grid = grid();
    List<Map<String, TimelineScores>> results = new ArrayList<>();
    for (DatewiseConfig c : grid) {
      results.add(new EvalTlsCommand().run(topics, c, false));
    }
    Map<String, TimelineScores> heldOut = new LinkedHashMap<>();
    out.println("leave-one-topic-out over " + grid.size() + " settings:");
    for (EvalTlsCommand.Topic t : topics) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < grid.size(); i++) {
        double v = objective(TimelineScores.average(others(results.get(i), t.name())));
        if (v > bestValue) {
          best = i;
          bestValue = v;
        }
      }
      out.println("  " + t.name() + ": " + grid.get(best));
      int chosen = best;
      results.get(chosen).forEach((k, s) -> {
        if (k.startsWith(t.name() + "/")) {
          heldOut.put(k, s);
        }
      });
    }
    EvalTlsCommand.printTable(out, heldOut, topics);
  }

  /** The targets' sum, each metric in units of its target: date F1 0.50, align R1 0.11, align R2 0.035. */
  static double objective(TimelineScores s) {
    return s.date().f1() / 0.50 + s.align1().f1() / 0.11 + s.align2().f1() / 0.035;
  }

  private static List<TimelineScores> others(Map<String, TimelineScores> scores, String topic) {
    List<TimelineScores> out = new ArrayList<>();
    scores.forEach((k, s) -> {
      if (!k.startsWith(topic + "/")) {
        out.add(s);
      }
    });
    return out;
  }

  private List<DatewiseConfig> grid() {
    List<DatewiseConfig> grid = new ArrayList<>();
    for (double p : PUBLISHED) {
      for (double a : ANNOUNCED) {
        for (int l : LEADS) {
          for (double b : BONUS) {
            grid.add(new DatewiseConfig(p, a, l, base.redundancy(), base.minWords(), base.maxWords(), b));
          }
        }
      }
    }
    return grid;
  }
}
