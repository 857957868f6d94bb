package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes TIMEX3 tags into a TimeML file: each of our expressions (spans into the plain text of
 * TEXT, as {@link TimeMlDocument} reads it) is wrapped in {@code <TIMEX3 tid type value [mod]>}; all
 * other bytes stay as they were. An expression whose tags would cross an existing element (or
 * nest in or around a TIMEX3) is skipped and reported to the callback.
 */
public final class TimeMlWriter {

  private static final Pattern TID = Pattern.compile("tid=\"t(\\d+)\"");

  private TimeMlWriter() {}

  /** {@link #insert(String, List, String, Consumer)} that ignores the skipped expressions. */
  public static String insert(String timeMl, List<Timex> timexes, String origin) {
    return insert(timeMl, timexes, origin, t -> { });
  }

  /**
   * {@code timeMl} with {@code timexes} tagged in its TEXT, ids {@code t1, t2, ...} (skipping ids
   * the file already uses).
   */
  public static String insert(String timeMl, List<Timex> timexes, String origin, Consumer<Timex> skipped) {
    Objects.requireNonNull(timeMl, "timeMl");
    TimeMlText t = TimeMlText.parse(timeMl, origin);
    Set<Integer> used = new HashSet<>();
    Matcher m = TID.matcher(timeMl);
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    List<int[]> inserts = new ArrayList<>(); // raw position, order, index into texts
    List<String> texts = new ArrayList<>();
    int tid = 0;
    int lastEnd = -1;
    for (Timex x : timexes) {
      int s = x.span().start();
      int e = x.span().end();
      int[] at = e > t.plain.length() || s < lastEnd || s >= e ? null : placement(t, s, e);
      if (at == null) {
        skipped.accept(x);
        continue;
      }
      do {
        tid++;
      } while (used.contains(tid));
      String open = "<TIMEX3 tid=\"t" + tid + "\" type=\"" + x.type().name() + "\" value=\""
          + escape(x.value().toTimeML()) + "\"" + (x.mod() == null ? "" : " mod=\"" + x.mod().name() + "\"") + ">";
      inserts.add(new int[] {at[0], 1, texts.size()});
      texts.add(open);
      inserts.add(new int[] {at[1], 0, texts.size()});
      texts.add("</TIMEX3>");
      lastEnd = e;
    }
    inserts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    StringBuilder out = new StringBuilder(timeMl.length() + inserts.size() * 40);
    int pos = 0;
    for (int[] ins : inserts) {
      out.append(timeMl, pos, ins[0]).append(texts.get(ins[2]));
      pos = ins[0];
    }
    return out.append(timeMl, pos, timeMl.length()).toString();
  }

  /** Raw positions for the open and close tag of plain span [s, e), or null if none is well nested. */
  private static int[] placement(TimeMlText t, int s, int e) {
    List<Integer> starts = boundary(t, s, true);
    List<Integer> ends = boundary(t, e, false);
    for (int a : starts) {
      for (int b : ends) {
        if (a < b && balanced(t, a, b)) {
          return new int[] {a, b};
        }
      }
    }
    return null;
  }

  /**
   * Candidate raw positions at plain boundary {@code p}, best first: for a start, after the close
   * tags standing there; for an end, after them too (closing what the span opened).
   */
  private static List<Integer> boundary(TimeMlText t, int p, boolean start) {
    List<TimeMlText.Tag> at = new ArrayList<>();
    for (TimeMlText.Tag tag : t.tags) {
      if (tag.plainOffset() == p) {
        at.add(tag);
      } else if (tag.plainOffset() > p) {
        break;
      }
    }
    List<Integer> positions = new ArrayList<>();
    int closes = 0;
    while (closes < at.size() && at.get(closes).kind() == TimeMlText.TagKind.CLOSE) {
      closes++;
    }
    int edge = start ? t.rawStart[p] : (p == 0 ? t.rawStart[0] : t.rawEnd[p - 1]);
    List<Integer> all = new ArrayList<>();
    for (TimeMlText.Tag tag : at) {
      all.add(tag.rawStart());
    }
    all.add(at.isEmpty() ? edge : at.get(at.size() - 1).rawEnd());
    positions.add(all.get(closes));
    for (int i = all.size() - 1; i >= 0; i--) {
      if (i != closes) {
        positions.add(all.get(i));
      }
    }
    return positions;
  }

  private static boolean balanced(TimeMlText t, int from, int to) {
    int depth = 0;
    int timexDepth = 0;
    for (TimeMlText.Tag tag : t.tags) {
      boolean timex = tag.name().equals("TIMEX3");
      if (tag.rawEnd() <= from) {
        if (timex) {
          timexDepth += tag.kind() == TimeMlText.TagKind.OPEN ? 1 : tag.kind() == TimeMlText.TagKind.CLOSE ? -1 : 0;
        }
        continue;
      }
      if (tag.rawStart() >= to) {
        break;
      }
      if (timex) {
        return false;
      }
      if (tag.kind() == TimeMlText.TagKind.OPEN) {
        depth++;
      } else if (tag.kind() == TimeMlText.TagKind.CLOSE && --depth < 0) {
        return false;
      }
    }
    return depth == 0 && timexDepth == 0;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
