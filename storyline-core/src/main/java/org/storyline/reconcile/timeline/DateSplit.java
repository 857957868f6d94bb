package org.storyline.reconcile.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.extract.event.EventTime;
import org.storyline.model.ArticleId;
import org.storyline.reconcile.timeline.EventTimelineBuilder.Candidate;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;

/**
 * Splits a group of coreferent mentions by the dates their sentences give. Within a story, the
 * same words name many happenings ("the call" of Dec 7 and "the call" of Dec 30), and coreference
 * by words alone joins them; dates far apart tell them apart. Dates that touch (the same or the
 * next day, a day inside a week) stay together: there sources disagree about one happening, which
 * the timeline shows as a conflict. A month goes with the day inside it that its own article gives,
 * else stays apart: it would join every happening of its days. A mention no sentence dates goes
 * with its own article's dated mentions, else with the best-supported date.
 */
final class DateSplit {

  private DateSplit() {}

  static List<List<Candidate>> split(List<Candidate> members) {
    TreeMap<Dated, List<Candidate>> days = new TreeMap<>();
    TreeMap<Dated, List<Candidate>> months = new TreeMap<>();
    for (Candidate c : members) {
      c.when().ifPresent(d -> (d.precision() == EventTime.Precision.MONTH ? months : days)
          .computeIfAbsent(d, k -> new ArrayList<>()).add(c));
    }
    if (days.isEmpty() && months.isEmpty()) {
      return List.of();
    }
    List<List<Candidate>> groups = overlapping(days);
    List<List<Candidate>> dayGroups = List.copyOf(groups);
    for (List<Candidate> month : overlapping(months)) {
      placeMonth(month, dayGroups, groups);
    }
    groups.sort(Comparator.comparing((List<Candidate> g) -> g.get(0).when().orElseThrow()));
    joinLoneDisagreements(groups);
    placeUndated(members, groups);
    return groups;
  }

  /** The dates in order, those that overlap in one group. */
  private static List<List<Candidate>> overlapping(TreeMap<Dated, List<Candidate>> byDate) {
    List<List<Candidate>> groups = new ArrayList<>();
    Dated reach = null;
    for (Map.Entry<Dated, List<Candidate>> e : byDate.entrySet()) {
      if (reach == null || !e.getKey().overlaps(reach)) {
        groups.add(new ArrayList<>());
        reach = e.getKey();
      } else if (e.getKey().last().isAfter(reach.last())) {
        reach = e.getKey();
      }
      groups.get(groups.size() - 1).addAll(e.getValue());
    }
    return groups;
  }

  /**
   * A month's mentions ("talks next month") go with the day inside it that their own article
   * gives; the others make a group of their own. A month would otherwise join every happening of
   * its days into one ("talks on Jan. 10", "a meeting on Jan. 12" and "talks next month" one event
   * of January).
   */
  private static void placeMonth(List<Candidate> month, List<List<Candidate>> dayGroups, List<List<Candidate>> groups) {
    Dated span = month.get(0).when().orElseThrow();
    List<List<Candidate>> inside = dayGroups.stream().filter(g -> g.get(0).when().orElseThrow().overlaps(span)).toList();
    List<Candidate> rest = new ArrayList<>();
    for (Candidate c : month) {
      inside.stream().filter(g -> g.stream().anyMatch(x -> x.article().id().equals(c.article().id()))).findFirst()
          .ifPresentOrElse(g -> g.add(c), () -> rest.add(c));
    }
    if (!rest.isEmpty()) {
      groups.add(rest);
    }
  }

  /**
   * A group of one article next to (a day from) a group of several other articles joins it. Not
   * a month's group: a month holds every day of it, so "talks next month" would join whichever
   * happening of the month several articles report (it stays apart, as {@link #placeMonth} left it).
   */
  private static void joinLoneDisagreements(List<List<Candidate>> groups) {
    for (int i = 0; i < groups.size(); i++) {
      List<Candidate> lone = groups.get(i);
      if (lone.isEmpty() || severalArticles(lone) || lone.get(0).when().orElseThrow().precision() == EventTime.Precision.MONTH) {
        continue;
      }
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < groups.size() && severalArticles(groups.get(j)) && nextDay(lone, groups.get(j))
            && groups.get(j).stream().noneMatch(c -> c.article().id().equals(lone.get(0).article().id()))) {
          groups.get(j).addAll(lone);
          groups.remove(i--);
          break;
        }
      }
    }
  }

  /** Whether the group's mentions come from two articles or more (told without counting them all). */
  private static boolean severalArticles(List<Candidate> group) {
    for (Candidate c : group) {
      if (!c.article().id().equals(group.get(0).article().id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextDay(List<Candidate> a, List<Candidate> b) {
    Dated x = a.get(0).when().orElseThrow();
    Dated y = b.get(0).when().orElseThrow();
    return !x.first().isAfter(y.last().plusDays(1)) && !y.first().isAfter(x.last().plusDays(1));
  }

  private static void placeUndated(List<Candidate> members, List<List<Candidate>> groups) {
    Map<ArticleId, List<Candidate>> groupOfArticle = new HashMap<>();
    for (List<Candidate> g : groups) {
      g.forEach(c -> groupOfArticle.putIfAbsent(c.article().id(), g));
    }
    for (Candidate c : members) {
      if (c.when().isEmpty()) {
        List<Candidate> own = groupOfArticle.get(c.article().id());
        if (own != null) {
          own.add(c);
        } else {
          c.article().publishedOpt().map(p -> latestBefore(groups, p.date())).ifPresent(g -> g.add(c));
        }
      }
    }
  }

  /** The group whose date is the latest on or before {@code day}; the earliest when all are later. */
  private static List<Candidate> latestBefore(List<List<Candidate>> groups, LocalDate day) {
    List<Candidate> best = groups.get(0); // groups are in date order
    for (List<Candidate> g : groups) {
      if (!g.get(0).when().orElseThrow().first().isAfter(day)) {
        best = g;
      }
    }
    return best;
  }

}
