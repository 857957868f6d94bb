package org.storyline.reconcile.timeline;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.model.Span;

/**
 * Which of an article's happenings are circumstances of another: a noun its sentence dates only by
 * a time that hangs on a verb of another happening ("spoke with Zelensky Wednesday about efforts
 * to resolve the conflict": Wednesday is the talk's, the efforts and the conflict are what it was
 * about). A circumstance groups as its date says, but dates no event by itself.
 *
 * <p>"Take place" is such a verb too, though the timeline leaves it off (its subject is the
 * happening): "previewed Biden's call with Putin, which is set to take place Tuesday evening, as
 * tensions escalate over a troop buildup" dates the call, and the tensions and the buildup are not
 * happenings of that evening. The subject of "take place" (the closest noun before it that takes
 * its time) is the happening itself, never a circumstance.
 */
final class Circumstances {

  private Circumstances() {}

  /**
   * The triggers of {@code happenings} that are circumstances.
   *
   * @param happenings the article's timeline-worthy mentions
   * @param takePlace its "take place" mentions, which the timeline leaves off
   */
  static Set<Span> of(List<EventMention> happenings, List<EventMention> takePlace) {
    Set<Span> governed = new HashSet<>();
    for (EventMention e : happenings) {
      if (governsItsTime(e)) {
        governed.add(e.time().timex());
      }
    }
    Set<Span> subjects = new HashSet<>();
    for (EventMention t : takePlace) {
      if (governsItsTime(t)) {
        governed.add(t.time().timex());
        subjectOf(t, happenings).ifPresent(s -> subjects.add(s.trigger()));
      }
    }
    Set<Span> out = new HashSet<>();
    for (EventMention e : happenings) {
      if (e.nominal() && e.time().source() == EventTime.Source.SENTENCE_TIMEX && governed.contains(e.time().timex())
          && !subjects.contains(e.trigger())) {
        out.add(e.trigger());
      }
    }
    return out;
  }

  /**
   * A verb whose own phrase holds its time ("spoke ... Wednesday"): its clause's happening. A
   * noun's time ("ahead of the call on Monday, ... placed 8,500 troops on alert for deployment")
   * says nothing of the clause's other words.
   */
  private static boolean governsItsTime(EventMention e) {
    return !e.nominal() && e.time().source() == EventTime.Source.TIMEX;
  }

  /** "The call will take place", "the call, which is set to take place": the closest noun before that takes its time. */
  private static Optional<EventMention> subjectOf(EventMention takePlace, List<EventMention> happenings) {
    return happenings.stream()
        .filter(e -> e.nominal() && e.trigger().end() <= takePlace.trigger().start()
            && takePlace.time().timex().equals(e.time().timex()))
        .max(Comparator.comparingInt(e -> e.trigger().start()));
  }
}
