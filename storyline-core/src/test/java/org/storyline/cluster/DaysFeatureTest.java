package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;

/** The days feature: a shared day is evidence for, days named but none shared evidence against, no days none. */
class DaysFeatureTest {

  private static final SimilarityFeature DAYS = Features.DAYS.create(ClusterConfig.defaults());
  private static final LocalDate DAY = LocalDate.of(2016, 3, 5);

  @Test
  void aDayTheStoryNamed_scoresOne() {
    assertThat(DAYS.score(article(day(2), day(4)), story(day(4), day(9)))).isEqualTo(1.0);
  }

  @Test
  void daysNamedButNoneShared_scoreZero() {
    assertThat(DAYS.score(article(day(2)), story(day(3), day(9)))).isEqualTo(0.0);
  }

  @Test
  void noDayOnEitherSide_cannotTell() {
    assertThat(DAYS.score(article(), story(day(3)))).isNaN();
    assertThat(DAYS.score(article(day(3)), story())).isNaN();
  }

  @Test
  void theFeatureIsWeightedByItsSetting() {
    assertThat(ClusterConfig.defaults().with(java.util.Map.of("weight.days", "0.5")).weight(Features.DAYS)).isEqualTo(0.5);
    assertThat(DAYS.name()).isEqualTo(Features.DAYS.key());
    assertThat(DAYS.gate()).isFalse();
  }

  private static int day(int d) {
    return (int) DAY.plusDays(d).toEpochDay();
  }

  private static ArticleProfile article(int... days) {
    return new ArticleProfile(new ArticleId("00000000000000aa"), TermVector.EMPTY, TermVector.EMPTY, TermVector.EMPTY, NamePhrases.EMPTY, days, Figures.NONE,
        DAY, DAY, 100, null);
  }

  private static StoryProfile story(int... days) {
    return new StoryProfile() {
      @Override
      public TermVector centroid() {
        return TermVector.EMPTY;
      }

      @Override
      public List<TermVector> recentTexts() {
        return List.of();
      }

      @Override
      public List<TermVector> recentTitles() {
        return List.of();
      }

      @Override
      public List<TermVector> recentNames() {
        return List.of();
      }

      @Override
      public int naming(int phrase) {
        return 0;
      }

      @Override
      public int[] days() {
        return days;
      }

      @Override
      public double shareNaming(int figure) {
        return 0;
      }

      @Override
      public int figureArticles() {
        return 0;
      }

      @Override
      public LocalDate first() {
        return DAY;
      }

      @Override
      public LocalDate last() {
        return DAY;
      }
    };
  }
}
