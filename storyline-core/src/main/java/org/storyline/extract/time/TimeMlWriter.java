package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Writes TIMEX3 (and EVENT) tags into a TimeML file: each of our expressions (spans into the plain text of
 * TEXT, as {@link TimeMlDocument} reads it) is wrapped in {@code <TIMEX3 tid type value [mod]>}; all
 * other bytes stay as they were. An expression whose tags would cross an existing element (or
 * nest in or around a TIMEX3) is skipped and reported to the callback.
 */
public final class TimeMlWriter {

  private static final Pattern TID = Pattern.compile("tid=\"t(\\d+)\"");
  private static final Pattern EID = Pattern.compile("eid=\"e(\\d+)\"");

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
    return insert(timeMl, timexes, Timex::span, TID, (x, tid) -> "<TIMEX3 tid=\"t" + tid + "\" type=\"" + x.type().name()
        + "\" value=\"" + escape(x.value().toTimeML()) + "\"" + (x.mod() == null ? "" : " mod=\"" + x.mod().name() + "\"") + ">",
        "</TIMEX3>", origin, skipped);
  }

  /**
   * {@code timeMl} with {@code events} tagged in its TEXT as {@code <EVENT eid="eN" class="...">},
   * ids {@code e1, e2, ...} (skipping ids the file already uses); an event that would cross an
   * element or stand inside a TIMEX3 is skipped and reported to the callback.
   *
   * @param classes the TimeML class of each event, by index (e.g. {@code OCCURRENCE})
   */
  public static String insertEvents(String timeMl, List<Span> events, List<String> classes, String origin, Consumer<Span> skipped) {
    if (events.size() != classes.size()) {
      throw new IllegalArgumentException("one class per event: " + events.size() + " events, " + classes.size() + " classes");
    }
    List<Integer> order = java.util.stream.IntStream.range(0, events.size()).boxed().toList();
    return insert(timeMl, order, events::get, EID,
        (k, eid) -> "<EVENT eid=\"e" + eid + "\" class=\"" + escape(classes.get(k)) + "\">", "</EVENT>", origin,
        k -> skipped.accept(events.get(k)));
  }

  private static <T> String insert(String timeMl, List<T> items, java.util.function.Function<T, Span> spanOf, Pattern ids,
      java.util.function.BiFunction<T, Integer, String> openTag, String closeTag, String origin, Consumer<T> skipped) {
    Objects.requireNonNull(timeMl, "timeMl");
    TimeMlText t = TimeMlText.parse(timeMl, origin);
    Set<Integer> used = new HashSet<>();
    Matcher m = ids.matcher(timeMl);
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    List<int[]> inserts = new ArrayList<>(); // raw position, order, index into texts
    List<String> texts = new ArrayList<>();
    int id = 0;
    int lastEnd = -1;
    for (T x : items) {
      int s = spanOf.apply(x).start();
      int e = spanOf.apply(x).end();
      int[] at = e > t.plain.length() || s < lastEnd || s >= e ? null : placement(t, s, e);
      if (at == null) {
        skipped.accept(x);
        continue;
      }
      do {
        id++;
      } while (used.contains(id));
      inserts.add(new int[] {at[0], 1, texts.size()});
      texts.add(openTag.apply(x, id));
      inserts.add(new int[] {at[1], 0, texts.size()});
      texts.add(closeTag);
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
