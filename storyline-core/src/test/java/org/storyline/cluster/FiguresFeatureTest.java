package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;

/**
 * The figures feature: when a date is missing, how commonly the story names the article's figures
 * tells the other happening of a topic apart; when both are dated, the time gate and days do.
 */
class FiguresFeatureTest {

  private static final ClusterConfig CONFIG = ClusterConfig.defaults();
  private static final SimilarityFeature FIGURES = Features.FIGURES.create(CONFIG);
  private static final LocalDate DAY = LocalDate.of(2008, 12, 13);

  @Test
  void aFigureEveryArticleOfTheStoryNamed_scoresOne() {
    StoryState story = story(figures("23 pirates"), figures("23 pirates, 12 Somali"));
    assertThat(FIGURES.score(article(null, "caught 23 pirates off Aden"), story)).isEqualTo(1.0);
  }

  @Test
  void theScoreIsTheShareOfTheStorysArticlesNamingIt() {
    StoryState story = story(figures("magnitude 6.1"), figures("magnitude 6.1"), figures("magnitude 7.0, 2,000 dead"), figures("no figure here"));
    assertThat(FIGURES.score(article(null, "a 7.0 quake"), story)).as("one of the three articles naming figures").isEqualTo(1 / 3.0);
  }

  @Test
  void figuresOfTheOtherHappening_scoreZero() {
    StoryState story = story(figures("Colts beat Chiefs 20-13"));
    assertThat(FIGURES.score(article(null, "Colts beat Jaguars 31-24"), story)).isEqualTo(0.0);
  }

  @Test
  void bothDated_cannotTell() {
    StoryState story = story(profile(1, DAY, "23 pirates"));
    assertThat(FIGURES.score(article(DAY, "23 pirates"), story)).as("the time gate and days tell dated happenings apart").isNaN();
    assertThat(FIGURES.score(article(null, "23 pirates"), story)).isEqualTo(1.0);
  }

  @Test
  void noFigureOnEitherSide_cannotTell() {
    assertThat(FIGURES.score(article(null, "pirates caught"), story(figures("23 pirates")))).isNaN();
    assertThat(FIGURES.score(article(null, "23 pirates"), story(figures("pirates caught")))).isNaN();
  }

  @Test
  void aMergedStory_countsTheArticlesOfBoth() {
    StoryState a = story(figures("23 pirates"));
    StoryState b = new StoryState(2, id(9), false);
    b.add(figures("150 miles"), "b", CONFIG, null);
    a.absorb(b, CONFIG);
    assertThat(FIGURES.score(article(null, "150 miles out"), a)).isEqualTo(0.5);
  }

  private static StoryState story(ArticleProfile... articles) {
    StoryState s = new StoryState(1, articles[0].id(), false);
    for (ArticleProfile a : articles) {
      s.add(a, "title", CONFIG, null);
    }
    return s;
  }

  private static int count;

  private static ArticleProfile figures(String text) {
    return profile(++count, null, text);
  }

  private static ArticleProfile article(LocalDate date, String text) {
    return profile(1000, date, text);
  }

  private static ArticleProfile profile(int n, LocalDate date, String text) {
    return new ArticleProfile(id(n), TermVector.EMPTY, TermVector.EMPTY, TermVector.EMPTY, NamePhrases.EMPTY, new int[0],
        Figures.in(text, 0, text.length()), date, date, 100, null);
  }

  private static ArticleId id(int n) {
    return new ArticleId(String.format("%016x", n));
  }
}
