package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.reconcile.timeline.EventTimelineBuilder.Candidate;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;

/**
 * Joins the communications of one day that share a person: "will speak today", "today's call",
 * "plans to talk by phone on Thursday" and "the conversation" of one day between the same people
 * are one call, whichever word each report uses (event coreference by words keeps "talk" and
 * "call" apart). Runs on coreference groups, before a sentence's other words join them, so that a
 * group is one kind of word.
 *
 * <p>Only groups most of whose mentions are communications, dated to one same day. Two of them
 * are one when the people their sentences name share one (and so on, transitively: "Biden and
 * Putin will speak" joins "Putin would speak with Biden" and "Biden plans to talk with Putin"). A
 * group whose sentences name nobody ("today's call") joins the day's talk when the day's named
 * talks are one, or the day's other unnamed ones when there is no named one; else it stays
 * apart, as it cannot say which. Two calls of one day between wholly different people stay two.
 */
final class SameDayTalks {

  private SameDayTalks() {}

  /**
   * The groups with each day's talks joined, a joined talk in the place of its first group, the
   * other groups as they were.
   *
   * @param people the people a mention's sentence names
   */
  static List<List<Candidate>> merge(List<List<Candidate>> groups, Function<Candidate, Set<String>> people) {
    Map<Dated, List<Integer>> talksByDay = new LinkedHashMap<>();
    List<Set<String>> names = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Optional<Dated> day = talkDay(groups.get(g));
      Set<String> n = new HashSet<>();
      if (day.isPresent()) { // only a talk's people are compared
        groups.get(g).forEach(c -> n.addAll(people.apply(c)));
        talksByDay.computeIfAbsent(day.get(), k -> new ArrayList<>()).add(g);
      }
      names.add(n);
    }
    UnionFind sets = new UnionFind(groups.size());
    talksByDay.values().forEach(day -> joinDay(day, names, sets));
    return sets.join(groups);
  }

  /** Joins one day's talks: the named ones sharing a person, then the unnamed ones where it is clear which. */
  private static void joinDay(List<Integer> day, List<Set<String>> names, UnionFind sets) {
    List<Integer> named = day.stream().filter(g -> !names.get(g).isEmpty()).toList();
    List<Integer> unnamed = day.stream().filter(g -> names.get(g).isEmpty()).toList();
    for (int i = 0; i < named.size(); i++) {
      for (int j = i + 1; j < named.size(); j++) {
        if (names.get(named.get(i)).stream().anyMatch(names.get(named.get(j))::contains)) {
          sets.union(named.get(i), named.get(j));
        }
      }
    }
    long namedTalks = named.stream().map(sets::find).distinct().count();
    if (namedTalks <= 1) {
      int talk = named.isEmpty() ? day.get(0) : named.get(0);
      unnamed.forEach(g -> sets.union(talk, g));
    }
  }

  /** The day of a group that is a communication dated to one day. */
  private static Optional<Dated> talkDay(List<Candidate> g) {
    int communications = 0;
    for (Candidate c : g) {
      communications += isCommunication(c) ? 1 : 0;
    }
    if (communications * 2 <= g.size()) {
      return Optional.empty();
    }
    Dated day = null;
    for (Candidate c : g) {
      Dated d = c.when().orElse(null);
      if (d != null && d.precision() == EventTime.Precision.DAY) {
        if (day == null) {
          day = d;
        } else if (!day.equals(d)) {
          return Optional.empty(); // two days
        }
      }
    }
    return Optional.ofNullable(day);
  }

  /** Words that name a communication whatever type the detector gave ("speak" is often left untyped). */
  private static final Set<String> TALK_WORDS = Set.of("call", "calls", "called", "talk", "talks", "talked", "speak", "speaks",
      "spoke", "spoken", "speaking", "conversation", "meeting", "meet", "met", "meets", "summit", "phone", "videoconference");

  /** The type first: most communications are typed, and the words are lower-cased and cut only for the others. */
  private static boolean isCommunication(Candidate c) {
    if (c.event().type() == EventType.COMMUNICATION) {
      return true;
    }
    return TALK_WORDS.contains(Whitespace.lastSplitWord(c.event().text().toLowerCase(Locale.ROOT)));
  }
}
