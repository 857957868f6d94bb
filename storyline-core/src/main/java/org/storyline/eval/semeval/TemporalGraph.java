package org.storyline.eval.semeval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The temporal closure of TempEval-3's {@code relation_to_timegraph.py} for the two relations the
 * SemEval-2015 timelines give, BEFORE and SIMULTANEOUS, between intervals.
 *
 * <p>Each interval is a start and an end point, start before end. SIMULTANEOUS makes the starts
 * and the ends equal, X BEFORE Y puts X's end before Y's start. Points that are equal share a
 * class; a strict edge goes from a class to a later one; a point is before another when a path of
 * strict edges leads to it. Relations are added one at a time, as the TempEval-3 graph adds them:
 * a relation the graph already implies is {@link Added#IMPLIED} and not added, one it contradicts
 * is {@link Added#VIOLATED} and not added; the rest are {@link Added#NEW}.
 */
final class TemporalGraph {

  /** What adding a relation did. */
  enum Added { NEW, IMPLIED, VIOLATED }

  /** The relation between two points. */
  enum Point { BEFORE, EQUAL, AFTER, UNKNOWN }

  private final Map<String, Integer> starts = new HashMap<>();
  private final List<Integer> parent = new ArrayList<>();
  private final List<BitSet> later = new ArrayList<>(); // class root -> classes directly after it

  boolean has(String interval) {
    return starts.containsKey(interval);
  }

  /** Adds {@code x rel y}; {@code before} true for BEFORE, false for SIMULTANEOUS. */
  Added add(String x, String y, boolean before) {
    if (x.equals(y) && before) {
      return Added.VIOLATED;
    }
    boolean hadX = has(x);
    boolean hadY = has(y);
    if (!hadX || !hadY) {
      // a new interval is placed by this relation alone: it can neither be implied nor contradict
      intervalOf(x);
      intervalOf(y);
      link(x, y, before);
      return Added.NEW;
    }
    if (before) {
      Point p = relation(end(x), start(y));
      if (p == Point.BEFORE) {
        return Added.IMPLIED;
      }
      if (p != Point.UNKNOWN) {
        return Added.VIOLATED;
      }
    } else {
      Point s = relation(start(x), start(y));
      Point e = relation(end(x), end(y));
      if (s == Point.EQUAL && e == Point.EQUAL) {
        return Added.IMPLIED;
      }
      if (!(s == Point.EQUAL || s == Point.UNKNOWN) || !(e == Point.EQUAL || e == Point.UNKNOWN)) {
        return Added.VIOLATED;
      }
    }
    link(x, y, before);
    return Added.NEW;
  }

  /** Whether the graph implies {@code x rel y} (both intervals in it). */
  boolean implies(String x, String y, boolean before) {
    if (!has(x) || !has(y)) {
      return false;
    }
    if (before) {
      return relation(end(x), start(y)) == Point.BEFORE;
    }
    return relation(start(x), start(y)) == Point.EQUAL && relation(end(x), end(y)) == Point.EQUAL;
  }

  private void link(String x, String y, boolean before) {
    if (before) {
      edge(end(x), start(y));
    } else {
      union(start(x), start(y));
      union(end(x), end(y));
    }
  }

  private int start(String interval) {
    return starts.get(interval);
  }

  private int end(String interval) {
    return starts.get(interval) + 1;
  }

  private void intervalOf(String interval) {
    if (starts.containsKey(interval)) {
      return;
    }
    int s = newPoint();
    int e = newPoint();
    starts.put(interval, s);
    edge(s, e);
  }

  private int newPoint() {
    parent.add(parent.size());
    later.add(new BitSet());
    return parent.size() - 1;
  }

  private int find(int p) {
    int r = p;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    parent.set(p, r);
    return r;
  }

  private void edge(int a, int b) {
    later.get(find(a)).set(find(b));
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent.set(rb, ra);
      later.get(ra).or(later.get(rb));
    }
  }

  Point relation(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return Point.EQUAL;
    }
    if (reaches(ra, rb)) {
      return Point.BEFORE;
    }
    return reaches(rb, ra) ? Point.AFTER : Point.UNKNOWN;
  }

  private boolean reaches(int from, int to) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(from);
    seen.set(from);
    while (!todo.isEmpty()) {
      BitSet next = later.get(todo.pop());
      for (int n = next.nextSetBit(0); n >= 0; n = next.nextSetBit(n + 1)) {
        int r = find(n);
        if (r == to) {
          return true;
        }
        if (!seen.get(r)) {
          seen.set(r);
          todo.push(r);
        }
      }
    }
    return false;
  }
}
