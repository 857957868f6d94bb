package org.storyline.eval.semeval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeML links the task's {@code evaluation_timeline.py} writes for a gold and a system
 * timeline: each mention SIMULTANEOUS with its row's time, and each mention BEFORE the next one
 * (rows sorted) when its order is lower, else SIMULTANEOUS with it. Rows of order 0 are left out.
 *
 * <p>Ids follow the script, because the score depends on them: gold times are {@code t0..}, gold
 * mentions {@code ei1..}; a system time or mention found in the gold timeline takes its id (the
 * n-th repeat of a mention the gold id the script's search finds), the rest new ids after the gold
 * ones.
 */
final class Tlinks {

  /** One link: {@code x} BEFORE {@code y} when {@code before}, else SIMULTANEOUS. */
  record Link(String x, String y, boolean before) {}

  private Tlinks() {}

  /** Rows sorted as the script's {@code order_timeline} sorts lines: runs of digits compared as numbers. */
  static List<TaskTimeline.Row> sorted(List<TaskTimeline.Row> rows) {
    List<TaskTimeline.Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(TaskTimeline.Row::line, Tlinks::naturalCompare));
    return out;
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** Python's {@code re.split('(\d+)')} keys: text and numbers alternate, text first, so like compares with like. */
  static int naturalCompare(String a, String b) {
    List<Object> ka = keys(a);
    List<Object> kb = keys(b);
    for (int i = 0; i < Math.min(ka.size(), kb.size()); i++) {
      Object x = ka.get(i);
      Object y = kb.get(i);
      int c = x instanceof BigInteger bx ? bx.compareTo((BigInteger) y) : ((String) x).compareTo((String) y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(ka.size(), kb.size());
  }

  private static List<Object> keys(String s) {
    List<Object> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(s);
    int at = 0;
    while (m.find()) {
      out.add(s.substring(at, m.start()));
      out.add(new BigInteger(m.group()));
      at = m.end();
    }
    out.add(s.substring(at));
    return out;
  }

  /** The gold timeline's times ({@code t0..}) and mentions ({@code ei1..}), in the script's order. */
  static final class Gold {
    final List<String> times = new ArrayList<>();
    final List<String> mentions = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    Gold(TaskTimeline gold) {
      List<Integer> orders = new ArrayList<>();
      List<String> timeOf = new ArrayList<>();
      for (TaskTimeline.Row r : sorted(gold.rows())) {
        if (r.order() == 0) {
          continue;
        }
        if (!times.contains(r.time())) {
          times.add(r.time());
        }
        for (String m : r.mentions()) {
          mentions.add(m);
          orders.add(r.order());
          timeOf.add(r.time());
        }
      }
      for (int i = 0; i < mentions.size(); i++) {
        links.add(new Link("ei" + (i + 1), "t" + times.indexOf(timeOf.get(i)), false));
      }
      for (int i = 0; i + 1 < mentions.size(); i++) {
        links.add(new Link("ei" + (i + 1), "ei" + (i + 2), orders.get(i) < orders.get(i + 1)));
      }
    }
  }

  /** The system timeline's links, with ids matched to {@code gold}'s as the script matches them. */
  static List<Link> system(TaskTimeline system, Gold gold) {
    int nextTime = gold.times.size() + 1;
    int nextEvent = gold.mentions.size() + 1;
    Map<String, Integer> timeIds = new HashMap<>();
    List<String> seen = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    Map<Integer, Integer> orderOf = new HashMap<>(); // the script keys these by id: a repeated id keeps the last
    Map<Integer, Integer> timeOf = new HashMap<>();
    for (TaskTimeline.Row r : sorted(system.rows())) {
      if (r.order() == 0) {
        continue;
      }
      Integer tid = timeIds.get(r.time());
      if (tid == null) {
        int g = gold.times.indexOf(r.time());
        tid = g >= 0 ? g : nextTime++;
        timeIds.put(r.time(), tid);
      }
      for (String m : r.mentions()) {
        int eid;
        int first = gold.mentions.indexOf(m);
        if (first < 0) {
          eid = nextEvent++;
        } else {
          int before = count(seen, m);
          if (before == 0) {
            eid = first + 1;
          } else if (before < count(gold.mentions, m)) {
            eid = indexFrom(gold.mentions, m, first + before) + 1;
          } else {
            eid = nextEvent++;
          }
        }
        orderOf.put(eid, r.order());
        timeOf.put(eid, tid);
        seen.add(m);
        ids.add(eid);
      }
    }
    List<Link> links = new ArrayList<>();
    for (int id : ids) {
      links.add(new Link("ei" + id, "t" + timeOf.get(id), false));
    }
    for (int i = 0; i + 1 < ids.size(); i++) {
      int a = ids.get(i);
      int b = ids.get(i + 1);
      links.add(new Link("ei" + a, "ei" + b, orderOf.get(a) < orderOf.get(b)));
    }
    return links;
  }

  private static int count(List<String> list, String s) {
    int n = 0;
    for (String x : list) {
      if (x.equals(s)) {
        n++;
      }
    }
    return n;
  }

  private static int indexFrom(List<String> list, String s, int from) {
    for (int i = from; i < list.size(); i++) {
      if (list.get(i).equals(s)) {
        return i;
      }
    }
    throw new IllegalStateException("fewer repeats of " + s + " than counted"); // count() guarantees one
  }
}
