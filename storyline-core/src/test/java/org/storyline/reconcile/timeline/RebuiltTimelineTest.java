package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.reconcile.timeline.EventTimelineBuilderTest.article;
import static org.storyline.reconcile.timeline.EventTimelineBuilderTest.event;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.event.Modality;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Article;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;

/**
 * What a builder remembers between builds of a story (each block's coreference, each article's
 * trigger sentences) never changes a timeline: a story built again after each article gets the
 * timeline a fresh builder makes of it at once.
 */
class RebuiltTimelineTest {

  private static final StoryId STORY = new StoryId("00000000000000bb");

  private static List<ArticleEvents> story() {
    Article a = article("Fox", "2021-12-06", "Biden will hold a call with Putin on Tuesday. Troops massed near the border.");
    Article b = article("AP", "2021-12-08", "Biden and Putin held a call on Dec. 7 about Ukraine.");
    Article c = article("CNN", "2021-12-31", "Putin and Biden spoke again on Dec. 30. The call lasted an hour.");
    Article d = article("BBC", "2022-01-10", "Talks in Geneva began on Jan. 10. Troops massed near the border on Jan. 9.");
    return List.of(
        new ArticleEvents(a, List.of(event(a, "call", Modality.PLANNED, "2021-12-07"), event(a, "massed", Modality.HAPPENED, null))),
        new ArticleEvents(b, List.of(event(b, "call", Modality.HAPPENED, "2021-12-07"))),
        new ArticleEvents(c, List.of(event(c, "spoke", Modality.HAPPENED, "2021-12-30"), event(c, "call", Modality.HAPPENED, null))),
        new ArticleEvents(d, List.of(event(d, "Talks", Modality.HAPPENED, "2022-01-10"),
            event(d, "massed", Modality.HAPPENED, "2022-01-09"))));
  }

  @Test
  void build_afterEachArticle_sameAsAFreshBuilderOfTheWholeStory() {
    List<ArticleEvents> all = story();
    TimelineBuilder remembering = EventTimelineBuilder.withDefaults();
    List<ArticleEvents> sofar = new ArrayList<>();
    for (ArticleEvents a : all) {
      sofar.add(a);
      StoryTimeline fresh = new EventTimelineBuilder(PairwiseEventCoreferencer.shipped(), new RuleTokenizer())
          .build(STORY, sofar, List.of());
      assertThat(remembering.build(STORY, sofar, List.of())).isEqualTo(fresh);
      assertThat(remembering.build(STORY, story().subList(0, sofar.size()), List.of())).as("equal articles read again")
          .isEqualTo(fresh);
    }
    assertThat(remembering.build(STORY, all, List.of()).events()).isNotEmpty();
  }

  @Test
  void build_anArticleReadWithOtherEvents_placedAgain() {
    List<ArticleEvents> all = new ArrayList<>(story());
    TimelineBuilder remembering = EventTimelineBuilder.withDefaults();
    remembering.build(STORY, all, List.of());
    Article c = all.get(2).article();
    all.set(2, new ArticleEvents(c, List.of(event(c, "lasted", Modality.HAPPENED, "2021-12-30"))));
    assertThat(remembering.build(STORY, all, List.of()))
        .isEqualTo(new EventTimelineBuilder(PairwiseEventCoreferencer.shipped(), new RuleTokenizer()).build(STORY, all, List.of()));
  }

  @Test
  void placements_rememberedOrFresh_theTriggersSentenceAndTokens() {
    ArticleEvents a = story().get(3);
    TriggerSentences remembering = new TriggerSentences(new RuleTokenizer(), 2);
    var first = remembering.placements(a.article(), a.events());
    var again = remembering.placements(a.article(), a.events());
    var fresh = new TriggerSentences(new RuleTokenizer(), 2).placements(a.article(), a.events());
    assertThat(again).isEqualTo(first).isEqualTo(fresh).hasSize(2);

    List<Sentence> sentences = new RuleTokenizer().sentences(a.article().text());
    TriggerSentences.Placement massed = fresh[1]; // in the order of the events asked about
    Sentence second = sentences.get(1);
    assertThat(massed.sentence()).isEqualTo(1);
    assertThat(massed.span()).isEqualTo(second.span());
    assertThat(massed.words()).containsExactlyElementsOf(second.tokens().stream().map(t -> t.text()).toList());
    assertThat(massed.tokens()).isEqualTo(Span.of(1, 2));
    assertThat(massed.words().get(massed.tokens().start())).isEqualTo("massed");
  }
}
