package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;

/**
 * An undated article joins a dated story, and a dated article an undated story, only through one of
 * its sub-events ({@code undated.sub.text}): the time gate cannot tell the other of two similar
 * happenings of a topic, whose reports share the topic's words but resemble none of the story's
 * happenings; and in a stream either may come first.
 */
class UndatedJoinTest {

  private static final ClusterConfig CONFIG = ClusterConfig.defaults();
  /** Two made-up texts sharing some terms: cosine about 0.37. */
  private static final TermVector ARREST_2011 = TermVector.of(new int[] {1, 2, 3, 4, 5}, new float[] {1, 1, 1, 1, 1}, 5, 100);
  private static final TermVector ARREST_2008 = TermVector.of(new int[] {4, 5, 6, 7, 8, 9}, new float[] {1, 1, 1, 1, 1, 1}, 6, 100);

  @Test
  void anUndatedArticleLikeNoneOfTheSubEvents_hasNoSubEventAtTheSetting() {
    double cosine = ARREST_2011.cosine(ARREST_2008);
    assertThat(cosine).isBetween(0.3, 0.4);
    StoryState story = new StoryState(1, id(1), false);
    story.add(profile(1, ARREST_2011, LocalDate.of(2011, 2, 6)), "Navy captures pirates", CONFIG, null);
    ArticleProfile undated = profile(2, ARREST_2008, null);
    assertThat(story.hasSubEventFor(undated, CONFIG, 0.4)).isFalse();
    assertThat(story.hasSubEventFor(undated, CONFIG, 0.3)).isTrue();
    assertThat(story.hasSubEventFor(undated, CONFIG, 0)).as("0: off, every story has a sub-event").isTrue();
    assertThat(story.hasSubEventFor(profile(3, ARREST_2011, null), CONFIG, 0.4)).isTrue();
  }

  @Test
  void anUndatedReportUnlikeTheSubEvents_startsItsOwnStory_andTheNoteSaysWhy() {
    assertStartedHeldByTheRule(thirdReport("0.99", 0, null));
  }

  @Test
  void aDatedReportUnlikeTheSubEventsOfAnUndatedStory_startsItsOwnStory_andTheNoteSaysWhy() {
    ClusterDecision d = thirdReport("0.99", null, 1);
    assertStartedHeldByTheRule(d);
    assertThat(d.note()).contains("the article is dated").contains("the undated story's sub-events");
  }

  @Test
  void withTheSettingOff_bothJoin() {
    assertThat(thirdReport("0", 0, null).kind()).as("undated after dated").isEqualTo(ClusterDecision.Kind.JOINED);
    assertThat(thirdReport("0", null, 1).kind()).as("dated after undated").isEqualTo(ClusterDecision.Kind.JOINED);
  }

  @Test
  void aDatedReportAndADatedStory_orTwoUndated_areNotHeldToIt() {
    assertThat(thirdReport("0.99", 0, 1).kind()).isEqualTo(ClusterDecision.Kind.JOINED);
    assertThat(thirdReport("0.99", null, null).kind()).isEqualTo(ClusterDecision.Kind.JOINED);
  }

  private static void assertStartedHeldByTheRule(ClusterDecision d) {
    assertThat(d.kind()).isEqualTo(ClusterDecision.Kind.STARTED);
    assertThat(d.score()).as("it scored the threshold").isGreaterThanOrEqualTo(CONFIG.threshold());
    assertThat(d.note()).contains("undated.sub.text");
  }

  /**
   * The decision on report 1 of an event after its reports 0 and 2 (published {@code firstTwo} and
   * the day after; null: undated), the report published {@code third} (null: undated).
   */
  private static ClusterDecision thirdReport(String setting, Integer firstTwo, Integer third) {
    OnlineClusterer c = new OnlineClusterer(CONFIG.with(Map.of("undated.sub.text", setting)));
    c.add(Events.report(0, 0, firstTwo));
    c.add(Events.report(0, 2, firstTwo == null ? null : firstTwo + 1));
    return c.add(Events.report(0, 1, third));
  }

  private static ArticleProfile profile(int n, TermVector text, LocalDate date) {
    return new ArticleProfile(id(n), text, TermVector.EMPTY, TermVector.EMPTY, NamePhrases.EMPTY, new int[0], new int[0], date, date, 100, null);
  }

  private static ArticleId id(int n) {
    return new ArticleId(String.format("%016x", n));
  }
}
