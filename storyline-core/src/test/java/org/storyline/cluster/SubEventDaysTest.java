package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;

/** Sub-events and the days reports speak of: a report naming a sub-event's day joins it however late; others keep to the gap. */
class SubEventDaysTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 5);
  private static final ClusterConfig CONFIG = ClusterConfig.defaults();

  /** Two made-up texts sharing some terms: cosine about 0.3, short of the sub-event threshold on their own. */
  private static final TermVector SHOOTING = TermVector.of(new int[] {1, 2, 3, 4, 5}, new float[] {1, 1, 1, 1, 1}, 5, 100);
  private static final TermVector ARREST = TermVector.of(new int[] {4, 5, 6, 7, 8, 9}, new float[] {1, 1, 1, 1, 1, 1}, 6, 100);

  @Test
  void aReportNamingTheSubEventsDay_joinsIt_daysLater() {
    assertThat(SHOOTING.cosine(ARREST)).isLessThan(CONFIG.get("sub.threshold"));
    StoryState story = new StoryState(1, id(1), false);
    assertThat(story.add(profile(1, SHOOTING, 0, day(-1)), "Man shot", CONFIG, null)).isEqualTo(1);
    assertThat(story.add(profile(2, ARREST, 10, day(-1)), "Arrest in shooting", CONFIG, null))
        .as("ten days on, but it names the day of the shooting").isEqualTo(1);
  }

  @Test
  void aReportWeeksLaterRecallingTheSubEventsDay_startsAnother() {
    StoryState story = new StoryState(1, id(1), false);
    story.add(profile(1, SHOOTING, 0, day(-1)), "First call", CONFIG, null);
    assertThat(story.add(profile(2, SHOOTING, 23, day(-1), day(24)), "Second call, after the first", CONFIG, null))
        .as("23 days on: beyond sub.days.gap, a recalled day is background").isEqualTo(2);
  }

  @Test
  void aReportDaysLaterNamingAnotherDay_startsASubEvent() {
    StoryState story = new StoryState(1, id(1), false);
    story.add(profile(1, SHOOTING, 0, day(-1)), "Man shot", CONFIG, null);
    assertThat(story.add(profile(2, SHOOTING, 10, day(9)), "Second shooting", CONFIG, null))
        .as("the same words, but ten days on and of another day").isEqualTo(2);
  }

  @Test
  void withoutDays_theGapAloneDecides() {
    StoryState story = new StoryState(1, id(1), false);
    story.add(profile(1, SHOOTING, 0), "Man shot", CONFIG, null);
    assertThat(story.add(profile(2, SHOOTING, 2), "Same shooting", CONFIG, null)).isEqualTo(1);
    assertThat(story.add(profile(3, SHOOTING, 10), "Later", CONFIG, null)).isEqualTo(2);
  }

  private static int day(int d) {
    return (int) DAY.plusDays(d).toEpochDay();
  }

  private static ArticleId id(int n) {
    return new ArticleId(String.format("%016x", n));
  }

  private static ArticleProfile profile(int n, TermVector text, int published, int... days) {
    LocalDate date = DAY.plusDays(published);
    return new ArticleProfile(id(n), text, TermVector.EMPTY, TermVector.EMPTY, NamePhrases.EMPTY, days, Figures.NONE, date, date, 100, null);
  }
}
