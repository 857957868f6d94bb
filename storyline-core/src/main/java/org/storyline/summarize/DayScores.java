package org.storyline.summarize;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the articles point at each day, for {@link DatewiseSummarizer}'s choice of dates.
 *
 * <p>An article is one vote per day it points at, whatever the number of its sentences naming the
 * day: {@code publishedWeight} for the day it was published on, 1 for a day it names as past
 * (written after it: a retrospective reference, what a timeline keeps), {@code announcementWeight}
 * for a day it names ahead of time (an announcement). Counting sentences instead let one article
 * outvote many: a radio listing naming its own
 * day fifty times ("at 3pm", "tonight") outscored the day Michael Jackson died, which thirty later
 * articles name once or twice each.
 */
final class DayScores {

  private DayScores() {}

  /** The score of each day within the request's range that {@code units}' articles point at. */
  static Map<LocalDate, Double> of(List<Unit> units, TimelineRequest request, DatewiseConfig config) {
    Map<String, Map<LocalDate, Double>> votes = new LinkedHashMap<>();
    for (Unit u : units) {
      Map<LocalDate, Double> article = votes.computeIfAbsent(u.article().id(), k -> new HashMap<>());
      LocalDate published = u.article().published();
      article.merge(published, config.publishedWeight(), Math::max);
      for (LocalDate d : u.mentioned()) {
        if (request.contains(d) && !d.equals(published)) {
          article.merge(d, d.isAfter(published) ? config.announcementWeight() : 1.0, Math::max);
        }
      }
    }
    Map<LocalDate, Double> scores = new HashMap<>();
    votes.values().forEach(article -> article.forEach((d, w) -> scores.merge(d, w, Double::sum)));
    return scores;
  }
}
