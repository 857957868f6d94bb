package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.reconcile.timeline.EventTimelineBuilder.Candidate;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;

/**
 * Joins the communications of one day that share a participant: "will speak today", "today's
 * call", "plans to talk by phone on Thursday" and "the conversation" of one day between the same
 * people are one call, whichever word each report uses (event coreference by words keeps "talk"
 * and "call" apart). Only communications, only one same day, only with a shared participant (or
 * none named on one side): two calls of one day between different people stay two.
 */
final class SameDayTalks {

  private SameDayTalks() {}

  static List<List<Candidate>> merge(List<List<Candidate>> groups, Function<Candidate, List<String>> participants) {
    List<List<Candidate>> out = new ArrayList<>();
    List<Talk> talks = new ArrayList<>();
    for (List<Candidate> g : groups) {
      Optional<Talk> talk = talk(g, participants);
      if (talk.isEmpty()) {
        out.add(g);
        continue;
      }
      Optional<Talk> same = talks.stream().filter(t -> t.sameAs(talk.get())).findFirst();
      if (same.isPresent()) {
        same.get().members.addAll(g);
        same.get().names.addAll(talk.get().names);
      } else {
        talks.add(talk.get());
        out.add(talk.get().members);
      }
    }
    return out;
  }

  /** A group that is a communication dated to one day: its day and participants. */
  private static Optional<Talk> talk(List<Candidate> g, Function<Candidate, List<String>> participants) {
    long communications = g.stream().filter(SameDayTalks::isCommunication).count();
    if (communications * 2 <= g.size()) {
      return Optional.empty();
    }
    Set<Dated> days = new HashSet<>();
    g.forEach(c -> c.when().filter(d -> d.precision() == EventTime.Precision.DAY).ifPresent(days::add));
    if (days.size() != 1) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    g.forEach(c -> names.addAll(participants.apply(c)));
    return Optional.of(new Talk(days.iterator().next(), names, new ArrayList<>(g)));
  }

  /** Words that name a communication whatever type the detector gave ("speak" is often left untyped). */
  private static final Set<String> TALK_WORDS = Set.of("call", "calls", "called", "talk", "talks", "talked", "speak", "speaks",
      "spoke", "spoken", "speaking", "conversation", "meeting", "meet", "met", "meets", "summit", "phone", "videoconference");

  private static boolean isCommunication(Candidate c) {
    String[] words = c.event().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return c.event().type() == EventType.COMMUNICATION || TALK_WORDS.contains(words[words.length - 1]);
  }

  private record Talk(Dated day, Set<String> names, List<Candidate> members) {
    boolean sameAs(Talk other) {
      return day.equals(other.day) && (names.isEmpty() || other.names.isEmpty() || names.stream().anyMatch(other.names::contains));
    }
  }
}
