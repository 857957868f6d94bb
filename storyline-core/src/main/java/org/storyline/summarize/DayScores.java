package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the articles point at each day, for {@link DatewiseSummarizer}'s choice of dates.
 *
 * <p>An article is one vote per day it points at, whatever the number of its sentences naming the
 * day: {@code publishedWeight} for the day it reports (below), 1 for a day it names as past
 * (written after it: a retrospective reference, what a timeline keeps), {@code announcementWeight}
 * for a day it names ahead of time (an announcement). Counting sentences instead let one article
 * outvote many: a radio listing naming its own day fifty times ("at 3pm", "tonight") outscored the
 * day Michael Jackson died, which thirty later articles name once or twice each.
 *
 * <p>The day an article reports is the day before its publication when its lead (first {@value
 * #LEAD} sentences) names that day, else its publication day: a paper's report of yesterday's
 * happening is dated the morning after ("six pupils were confirmed with the virus yesterday"), and
 * its vote belongs to the happening's day.
 */
final class DayScores {

  /** How many of an article's first sentences are its lead, which says what day it reports. */
  static final int LEAD = 3;

  private DayScores() {}

  /** The score of each day within the request's range that {@code units}' articles point at. */
  static Map<LocalDate, Double> of(List<Unit> units, TimelineRequest request, DatewiseConfig config) {
    Map<String, List<Unit>> articles = new LinkedHashMap<>();
    units.forEach(u -> articles.computeIfAbsent(u.article().id(), k -> new ArrayList<>()).add(u));
    Map<LocalDate, Double> scores = new HashMap<>();
    for (List<Unit> article : articles.values()) {
      votes(article, request, config).forEach((d, w) -> scores.merge(d, w, Double::sum));
    }
    return scores;
  }

  /** What one article's sentences give each day: its weight for the day, counted once. */
  private static Map<LocalDate, Double> votes(List<Unit> article, TimelineRequest request, DatewiseConfig config) {
    LocalDate published = article.get(0).article().published();
    Map<LocalDate, Double> votes = new HashMap<>();
    votes.put(reported(article, request), config.publishedWeight());
    for (Unit u : article) {
      for (LocalDate d : u.mentioned()) {
        if (request.contains(d) && !d.equals(published)) {
          votes.merge(d, d.isAfter(published) ? config.announcementWeight() : 1.0, Math::max);
        }
      }
    }
    return votes;
  }

  /** The day before publication when the article's lead names it (and the request holds it), else the publication day. */
  private static LocalDate reported(List<Unit> article, TimelineRequest request) {
    LocalDate published = article.get(0).article().published();
    LocalDate dayBefore = published.minusDays(1);
    boolean leadNamesIt = article.stream().anyMatch(u -> u.position() < LEAD && u.mentioned().contains(dayBefore));
    return leadNamesIt && request.contains(dayBefore) ? dayBefore : published;
  }
}
