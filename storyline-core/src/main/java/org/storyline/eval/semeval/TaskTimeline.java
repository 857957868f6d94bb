package org.storyline.eval.semeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One timeline file of SemEval-2015 Task 4 as the task's scorer reads it: the target on the first
 * line, then one row per line, {@code order<TAB>time<TAB>mention[<TAB>mention...]}.
 *
 * <p>The time is kept as written: the scorer compares times as labels (gold files hold values such
 * as {@code XXX-XX-XX} that are no date), so reading them as dates here would change the score.
 *
 * @param target the first line
 * @param rows the other lines with at least three fields, in file order
 */
public record TaskTimeline(String target, List<Row> rows) {

  /**
   * One line of a timeline.
   *
   * @param line the line as written, trailing white space removed (the scorer sorts lines by it)
   * @param order the first field; 0 is the task's "not placed", which the scorer ignores
   * @param time the second field, a time label
   * @param mentions the other fields, {@code docid-sentence-token} each
   */
  public record Row(String line, int order, String time, List<String> mentions) {
    public Row {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(time, "time");
      mentions = List.copyOf(mentions);
    }
  }

  public TaskTimeline {
    Objects.requireNonNull(target, "target");
    rows = List.copyOf(rows);
  }

  /**
   * Reads a timeline file's text.
   *
   * @throws TimelineFormatException naming {@code origin} and the line when an order is not a whole number
   */
  public static TaskTimeline parse(String content, String origin) {
    Objects.requireNonNull(content, "content");
    String[] lines = content.split("\n", -1);
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        continue; // the scorer skips such lines too
      }
      int order;
      try {
        order = Integer.parseInt(f[0].strip());
      } catch (NumberFormatException e) {
        throw new TimelineFormatException(origin + ": line " + (i + 1) + ": order '" + f[0] + "' is not a whole number");
      }
      rows.add(new Row(line, order, f[1], List.of(f).subList(2, f.length)));
    }
    return new TaskTimeline(lines[0].strip(), rows);
  }
}
