package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.timeline.EventSalience.Reason;
import org.storyline.reconcile.timeline.EventSalience.Weights;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;
import org.storyline.reconcile.timeline.TimelineEvent.Source;

/** Each rule of the salience, by an event with and without what it rewards. */
class EventSalienceTest {

  private static final LocalDate DAY = LocalDate.of(2016, 7, 11);
  private static final Dated WHEN = new Dated(DAY, DAY, Precision.DAY);
  /** One point a reason, so that each test reads its reason's point. */
  private static final EventSalience UNIT = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0));
  private static final Function<ArticleId, String> NO_TITLES = id -> null;

  /** A source in article {@code article} of outlet {@code outlet}, its word at {@code at}, dated by its sentence or not. */
  private static Source source(String article, String outlet, String word, int at, boolean dated) {
    return new Source(id(article), Optional.of(outlet), Optional.of(DAY.plusDays(1)), Span.of(at, at + word.length()),
        word, Span.of(Math.max(0, at - 20), at + 40), Modality.HAPPENED, dated ? Optional.of(WHEN) : Optional.empty());
  }

  /** An article id ending in the hex digits given. */
  private static ArticleId id(String hex) {
    return new ArticleId("0".repeat(16 - hex.length()) + hex);
  }

  private static TimelineEvent event(EventType type, List<String> participants, Source... sources) {
    return new TimelineEvent("A label.", type, WHEN, TimelineEvent.Status.HAPPENED, Optional.empty(), participants,
        List.of(sources), List.of());
  }

  private static TimelineEvent plain(Source... sources) {
    return event(EventType.OTHER, List.of(), sources);
  }

  private static Map<Reason, Integer> points(TimelineEvent e) {
    return UNIT.of(e, NO_TITLES).points();
  }

  @Test
  void articles_eachOneBeyondTheFirst_upToTheCap() {
    assertThat(points(plain(source("a1", "AP", "shooting", 900, false)))).doesNotContainKey(Reason.ARTICLES);
    assertThat(points(plain(source("a1", "AP", "shooting", 900, false), source("a2", "AP", "shooting", 900, false))))
        .containsEntry(Reason.ARTICLES, 1);
    List<Source> many = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      many.add(source("a" + i, "AP", "shooting", 900, false));
    }
    assertThat(points(plain(many.toArray(Source[]::new)))).containsEntry(Reason.ARTICLES, 3);
  }

  @Test
  void outlets_twoOrMore_notTwoArticlesOfOne() {
    assertThat(points(plain(source("a1", "AP", "shooting", 900, false), source("a2", "AP", "shooting", 900, false))))
        .doesNotContainKey(Reason.OUTLETS);
    assertThat(points(plain(source("a1", "AP", "shooting", 900, false), source("a2", "WRAL", "shooting", 900, false))))
        .containsEntry(Reason.OUTLETS, 1);
  }

  @Test
  void kind_aHappeningNewsNames_notOtherNorAStatement() {
    assertThat(points(event(EventType.MILITARY_SECURITY, List.of(), source("a1", "AP", "shooting", 900, false))))
        .containsEntry(Reason.KIND, 1);
    assertThat(points(event(EventType.OTHER, List.of(), source("a1", "AP", "shooting", 900, false)))).doesNotContainKey(Reason.KIND);
    assertThat(points(event(EventType.STATEMENT, List.of(), source("a1", "AP", "warned", 900, false)))).doesNotContainKey(Reason.KIND);
  }

  @Test
  void day_aDateToTheDay_notAWeekNorAMonth() {
    assertThat(points(plain(source("a1", "AP", "arrested", 900, false)))).containsEntry(Reason.DAY, 1);
    TimelineEvent month = new TimelineEvent("A label.", EventType.OTHER, new Dated(DAY.withDayOfMonth(1), DAY.withDayOfMonth(31),
        Precision.MONTH), TimelineEvent.Status.HAPPENED, Optional.empty(), List.of(), List.of(source("a1", "AP", "arrested", 900, false)),
        List.of());
    assertThat(points(month)).doesNotContainKey(Reason.DAY);
  }

  @Test
  void ownDates_twoArticlesDatingItInTheirOwnSentences() {
    assertThat(points(plain(source("a1", "AP", "arrested", 900, true), source("a2", "AP", "arrested", 900, false))))
        .doesNotContainKey(Reason.OWN_DATES);
    assertThat(points(plain(source("a1", "AP", "arrested", 900, true), source("a2", "AP", "arrested", 900, true))))
        .containsEntry(Reason.OWN_DATES, 1);
  }

  @Test
  void title_itsWordInflectedInTheTitleOfAnArticleTellingIt() {
    TimelineEvent e = plain(source("a1", "AP", "shot", 900, false));
    assertThat(UNIT.of(e, a -> "Teen in critical condition at basketball court").points()).doesNotContainKey(Reason.TITLE);
    assertThat(UNIT.of(e, a -> "Teen critical after shooting at basketball court").points())
        .containsEntry(Reason.TITLE, 1); // "shot" and "shooting" are one word, inflected
    assertThat(UNIT.of(e, a -> a.equals(id("ff")) ? "Two men shot" : null).points()).doesNotContainKey(Reason.TITLE);
  }

  @Test
  void lead_aSourceInTheFirstCharactersOfItsArticle() {
    assertThat(points(plain(source("a1", "AP", "shooting", EventSalience.LEAD_CHARACTERS, false)))).doesNotContainKey(Reason.LEAD);
    assertThat(points(plain(source("a1", "AP", "shooting", EventSalience.LEAD_CHARACTERS - 1, false))))
        .containsEntry(Reason.LEAD, 1);
  }

  @Test
  void named_aCapitalisedParticipant_notAPronoun() {
    assertThat(points(event(EventType.OTHER, List.of("He", "police"), source("a1", "AP", "arrested", 900, false))))
        .doesNotContainKey(Reason.NAMED);
    assertThat(points(event(EventType.OTHER, List.of("police", "Gordon"), source("a1", "AP", "arrested", 900, false))))
        .containsEntry(Reason.NAMED, 1);
  }

  @Test
  void light_mostOfItsWordsLightOrAspectualVerbs_losePoints() {
    assertThat(points(plain(source("a1", "AP", "go", 900, false), source("a2", "AP", "going", 900, false),
        source("a3", "AP", "shooting", 900, false)))).containsEntry(Reason.LIGHT, -1);
    assertThat(points(plain(source("a1", "AP", "trying", 900, false)))).containsEntry(Reason.LIGHT, -1);
    assertThat(points(plain(source("a1", "AP", "working", 900, false), source("a2", "AP", "shooting", 900, false))))
        .doesNotContainKey(Reason.LIGHT); // half is not most
    assertThat(points(plain(source("a1", "AP", "shooting", 900, false)))).doesNotContainKey(Reason.LIGHT);
  }

  @Test
  void score_isTheSumOfThePoints_withTheDefaultWeights() {
    TimelineEvent e = event(EventType.LEGAL_POLITICAL, List.of("Gordon"), source("a1", "AP", "charged", 100, true),
        source("a2", "WRAL", "charged", 900, true));
    EventSalience.Salience s = new EventSalience(EventSalience.DEFAULT).of(e, NO_TITLES);
    Weights w = EventSalience.DEFAULT;
    assertThat(s.score()).isEqualTo(w.perArticle() + w.outlets() + w.kind() + w.day() + w.ownDates() + w.lead() + w.named());
    assertThat(s.why()).isEqualTo(String.join(", ", s.points().keySet().stream().sorted()
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList()));
  }

  @Test
  void listed_theEventsReachingTheThreshold_inTimelineOrder() {
    TimelineEvent weak = plain(source("a1", "AP", "go", 900, false));
    TimelineEvent strong = plain(source("a1", "AP", "shooting", 10, true), source("a2", "WRAL", "shooting", 900, true));
    TimelineEvent middling = plain(source("a3", "AP", "funeral", 900, false), source("a4", "AP", "funeral", 900, false));
    StoryTimeline t = new StoryTimeline(StoryId.startedBy(id("a1")), List.of(weak, strong, middling));
    // points: weak 0 (a day, a light word), strong 5, middling 2
    EventSalience high = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 3, 0));
    assertThat(high.listed(t, NO_TITLES)).containsExactly(strong);
    EventSalience low = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0));
    assertThat(low.listed(t, NO_TITLES)).containsExactly(strong, middling);
  }

  @Test
  void listed_aStoryShortOfTheThreshold_listsItsMinimumBest() {
    TimelineEvent go = plain(source("a1", "AP", "go", 900, false));
    TimelineEvent funeral = plain(source("a1", "AP", "funeral", 900, false), source("a2", "AP", "funeral", 900, false));
    TimelineEvent vigil = plain(source("a3", "AP", "vigil", 900, false));
    StoryTimeline t = new StoryTimeline(StoryId.startedBy(id("a1")), List.of(go, funeral, vigil));
    EventSalience minimum2 = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 10, 2));
    assertThat(minimum2.listed(t, NO_TITLES)).containsExactly(funeral, vigil);
    EventSalience none = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 10, 0));
    assertThat(none.listed(t, NO_TITLES)).isEmpty();
  }

  @Test
  void weights_negativePoints_areRejectedWithAMessage() {
    assertThatThrownBy(() -> new Weights(-1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0)).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1)).hasMessageContaining("minimum");
  }
}
