package org.storyline.summarize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The settings of {@link DatewiseSummarizer}, validated whole.
 *
 * @param publishedWeight what one article published on a day adds to the day's score (a sentence
 *     naming the day adds 1)
 * @param announcementWeight what a sentence naming a day after its article's publication adds
 *     (an announcement: weaker evidence than a report)
 * @param leadSentences how many leading sentences of an article published on a day are candidates
 *     for that day when they name no other day
 * @param redundancy the cosine similarity above which a sentence is taken to repeat one chosen
 * @param minWords the fewest tokens a candidate sentence has
 * @param maxWords the most tokens a candidate sentence has
 * @param mentionBonus how much a sentence that names the day gains in the centroid score
 */
public record DatewiseConfig(double publishedWeight, double announcementWeight, int leadSentences, double redundancy,
    int minWords, int maxWords, double mentionBonus) {

  /** The setting all three folds of the leave-one-topic-out run on Timeline17 development chose (docs/summaries.md). */
  public static final DatewiseConfig DEFAULT = new DatewiseConfig(2.0, 0.5, 10, 0.5, 6, 60, 0.0);

  public DatewiseConfig {
    check(publishedWeight >= 0, "publishedWeight must not be negative");
    check(announcementWeight >= 0, "announcementWeight must not be negative");
    check(leadSentences >= 0, "leadSentences must not be negative");
    check(redundancy > 0 && redundancy <= 1, "redundancy must be in (0, 1]");
    check(minWords >= 1 && maxWords >= minWords, "minWords must be at least 1 and maxWords at least minWords");
    check(mentionBonus >= 0, "mentionBonus must not be negative");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The setting names, as {@link #with} takes them. */
  public static final List<String> KEYS = List.of("publishedWeight", "announcementWeight", "leadSentences",
      "redundancy", "minWords", "maxWords", "mentionBonus");

  /**
   * A copy with the settings of {@code values} changed.
   *
   * @throws IllegalArgumentException naming the key that is unknown or whose value is not a number
   *     or out of range
   */
  public DatewiseConfig with(Map<String, String> values) {
    Map<String, Double> v = new LinkedHashMap<>();
    v.put("publishedWeight", publishedWeight);
    v.put("announcementWeight", announcementWeight);
    v.put("leadSentences", (double) leadSentences);
    v.put("redundancy", redundancy);
    v.put("minWords", (double) minWords);
    v.put("maxWords", (double) maxWords);
    v.put("mentionBonus", mentionBonus);
    BiFunction<String, String, Double> parse = (key, value) -> {
      try {
        return Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + ": not a number: '" + value + "'");
      }
    };
    values.forEach((key, value) -> {
      if (!v.containsKey(key)) {
        throw new IllegalArgumentException("Unknown setting: " + key + " (known: " + String.join(", ", KEYS) + ")");
      }
      v.put(key, parse.apply(key, value));
    });
    return new DatewiseConfig(v.get("publishedWeight"), v.get("announcementWeight"), v.get("leadSentences").intValue(),
        v.get("redundancy"), v.get("minWords").intValue(), v.get("maxWords").intValue(), v.get("mentionBonus"));
  }
}
