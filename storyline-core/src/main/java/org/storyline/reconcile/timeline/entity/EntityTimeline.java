package org.storyline.reconcile.timeline.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The events one entity takes part in, in date order, as SemEval-2015 Task 4 Track A asks for them.
 *
 * @param target the entity as the task names it ("Steve Jobs")
 * @param lines the lines, by order then date then first mention
 */
public record EntityTimeline(String target, List<Line> lines) {

  /**
   * One event: the mentions of one happening, on one date.
   *
   * @param order 1 for the earliest date, one more for each later date; 0 for an unknown date
   * @param date the date
   * @param mentions its mentions, at least one, in document then text order
   */
  public record Line(int order, TaskDate date, List<MentionRef> mentions) {
    public Line {
      Objects.requireNonNull(date, "date");
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("a timeline line needs a mention");
      }
      if ((order == 0) == date.isKnown()) {
        throw new IllegalArgumentException("order 0 is for unknown dates, and only for them: " + order + " " + date);
      }
    }
  }

  public EntityTimeline {
    Objects.requireNonNull(target, "target");
    lines = List.copyOf(lines);
  }

  /** The task's file name for a target: lower case, spaces as {@code _}, {@code .txt} ("steve_jobs.txt"). */
  public static String fileName(String target) {
    return target.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_") + ".txt";
  }

  /** The task's file: the target, then {@code order<TAB>date<TAB>mention[<TAB>mention...]} a line. */
  public String format() {
    StringBuilder out = new StringBuilder(target).append('\n');
    for (Line l : lines) {
      out.append(l.order()).append('\t').append(l.date().value());
      for (MentionRef m : l.mentions()) {
        out.append('\t').append(m);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
