package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.event.Modality;
import org.storyline.reconcile.timeline.TimelineEvent;

/**
 * The story's timeline events as a summary counts them: which sentences tell which event, and how
 * much each event is a happening of the story.
 *
 * <ul>
 *   <li>A sentence <b>tells</b> an event when it holds the trigger of one of the event's sources
 *       and gives the event's date or a day within it (coreference joins mentions loosely, "the talks" of any day; a
 *       date that agrees is what ties a sentence to this happening). A sentence that announces it
 *       (a planned mention) does not tell it when a later summarised article reports it done on a
 *       date it gives: an announcement gives way to the report.
 *   <li>An event's <b>weight</b> is the number of the summarised articles mentioning it, less one
 *       (a happening one article alone tells is a detail of the story, not one of its
 *       happenings), halved when no source reports it done, and scaled so that the heaviest event
 *       weighs 1. Only the articles being summarised count, so a sub-event weighs its events on
 *       its own.
 * </ul>
 *
 * Without events (an older store, an evaluation's plain texts) every sentence tells nothing and
 * the summary is chosen as before.
 */
final class Happenings {

  /** What an event only announced weighs, as against one reported done (as DATEWISE weighs a day named ahead). */
  private static final double ANNOUNCED = 0.5;

  private final Map<Unit, Set<Integer>> told = new IdentityHashMap<>();
  /** Per sentence and event it tells: where its first trigger of the event ends, in the article's text. */
  private final Map<Unit, Map<Integer, Integer>> firstTrigger = new IdentityHashMap<>();
  private final List<TimelineEvent> events;
  private final Set<Unit> announcementsOnly = Collections.newSetFromMap(new IdentityHashMap<>());
  private final double[] weight;

  private Happenings(List<TimelineEvent> events) {
    this.events = events;
    weight = new double[events.size()];
  }

  /** The events of {@code events} that the sentences {@code units} tell. */
  static Happenings of(List<Unit> units, List<TimelineEvent> events) {
    Happenings h = new Happenings(events);
    if (events.isEmpty()) {
      return h;
    }
    Map<String, List<Unit>> byArticle = new HashMap<>();
    units.forEach(u -> byArticle.computeIfAbsent(u.article().id(), k -> new ArrayList<>()).add(u));
    Map<Unit, Boolean> reportsSomething = new IdentityHashMap<>();
    for (int e = 0; e < events.size(); e++) {
      h.read(e, events.get(e), byArticle, reportsSomething);
    }
    h.scale();
    reportsSomething.forEach((u, reports) -> {
      if (!reports) {
        h.announcementsOnly.add(u);
      }
    });
    return h;
  }

  private void read(int e, TimelineEvent event, Map<String, List<Unit>> byArticle, Map<Unit, Boolean> reportsSomething) {
    Set<String> articles = new HashSet<>();
    Optional<LocalDate> lastReport = lastReport(event, byArticle.keySet());
    for (TimelineEvent.Source s : event.sources()) {
      if (byArticle.containsKey(s.article().value())) {
        articles.add(s.article().value());
      }
      Unit u = dated(s, event) ? holding(byArticle.getOrDefault(s.article().value(), List.of()), s) : null;
      if (u != null) {
        // an announcement of what a later summarised report tells gives way to the report
        boolean tells = s.modality() == Modality.HAPPENED || lastReport.filter(r -> r.isAfter(u.article().published())).isEmpty();
        reportsSomething.merge(u, tells, Boolean::logicalOr);
        if (tells) {
          told.computeIfAbsent(u, k -> new HashSet<>()).add(e);
          firstTrigger.computeIfAbsent(u, k -> new HashMap<>()).merge(e, s.trigger().end(), Math::min);
        }
      }
    }
    weight[e] = Math.max(0, articles.size() - 1) * (event.status() == TimelineEvent.Status.HAPPENED ? 1 : ANNOUNCED);
  }

  /**
   * Whether the source gives the event's date, or a day within it: coreference joins loosely ("the
   * talks" of any day), a date that agrees is what ties a sentence to this happening, and "earlier
   * this month" does not tie it to one day of the month.
   */
  private static boolean dated(TimelineEvent.Source s, TimelineEvent event) {
    return s.when().filter(d -> !d.first().isBefore(event.when().first()) && !d.last().isAfter(event.when().last()))
        .isPresent();
  }

  /** The latest publication of a summarised article reporting the event done on a date it gives. */
  private static Optional<LocalDate> lastReport(TimelineEvent event, Set<String> articles) {
    return event.sources().stream()
        .filter(s -> s.modality() == Modality.HAPPENED && dated(s, event) && articles.contains(s.article().value()))
        .flatMap(s -> s.published().stream()).max(Comparator.naturalOrder());
  }

  private static Unit holding(List<Unit> units, TimelineEvent.Source s) {
    for (Unit u : units) {
      if (u.span().contains(s.trigger())) {
        return u;
      }
    }
    return null;
  }

  private void scale() {
    double max = 0;
    for (double w : weight) {
      max = Math.max(max, w);
    }
    for (int e = 0; e < weight.length; e++) {
      weight[e] = max > 0 ? weight[e] / max : 0;
    }
  }

  /** The events {@code u} tells (by their place in the timeline given). */
  Set<Integer> told(Unit u) {
    return told.getOrDefault(u, Set.of());
  }

  /**
   * Where, in its article's text, a head of {@code u} must reach to tell every event {@code u}
   * tells: the end of the latest of the first triggers by which it tells each ("a Dec. 7 phone
   * call in which the president warned ...": "call" tells the call, "warned" is a part of it).
   * Empty when it tells none.
   */
  Optional<Integer> reach(Unit u) {
    return firstTrigger.getOrDefault(u, Map.of()).values().stream().max(Integer::compare);
  }

  /** The dates of the events {@code u} tells. */
  List<TimelineEvent.Dated> dates(Unit u) {
    return told(u).stream().map(e -> events.get(e).when()).toList();
  }

  /** Records that {@code head}, a head of {@code sentence} that reaches its {@link #reach}, tells what it tells. */
  void tellsAs(Unit head, Unit sentence) {
    told.put(head, told(sentence));
    firstTrigger.put(head, firstTrigger.getOrDefault(sentence, Map.of()));
  }

  /** The event's weight, 0 to 1. */
  double weight(int event) {
    return weight[event];
  }

  /**
   * Whether every dated event mention {@code u} holds announces a happening that a later summarised
   * article reports done: the sentence gives way to the reports.
   */
  boolean onlyAnnouncesReported(Unit u) {
    return announcementsOnly.contains(u);
  }
}
