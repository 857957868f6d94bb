package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.event.Aspect;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Tense;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.pipeline.Pipeline;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.event.SameLemmaCoreferencer;

/**
 * The timeline's own logic, with event mentions given by hand and grouped by head word (so that
 * what is tested is the dating, the status and the sources, not a learned model).
 */
class EventTimelineBuilderTest {

  private final TimelineBuilder builder = new EventTimelineBuilder(new SameLemmaCoreferencer(), new RuleTokenizer());
  private static final StoryId STORY = new StoryId("00000000000000aa");

  @Test
  void anAnnouncedCallThatLaterArticlesReportIsOneHappenedEventAnnouncedOnTheFirstDay() {
    Article announce = article("Fox", "2021-12-06", "Biden will hold a call with Putin on Tuesday.");
    Article report = article("AP", "2021-12-30", "Biden and Putin held a call on Dec. 7 about Ukraine.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(announce, List.of(event(announce, "call", Modality.PLANNED, "2021-12-07"))),
        new ArticleEvents(report, List.of(event(report, "call", Modality.HAPPENED, "2021-12-07")))), List.of());

    assertThat(t.events()).hasSize(1);
    TimelineEvent call = t.events().get(0);
    assertThat(call.when().first()).isEqualTo(LocalDate.parse("2021-12-07"));
    assertThat(call.status()).isEqualTo(TimelineEvent.Status.HAPPENED);
    assertThat(call.announced()).contains(LocalDate.parse("2021-12-06"));
    assertThat(call.articles()).containsExactly(announce.id(), report.id());
    assertThat(call.label()).isEqualTo("Biden and Putin held a call on Dec. 7 about Ukraine."); // the report, not the plan
    assertThat(call.conflicts()).isEmpty();
  }

  @Test
  void aLightVerbsHappening_staysOnTheBuiltTimeline_theViewsChooseWhatToList() {
    Article a = article("A", "2016-07-12", "Officers went to the courthouse on Monday after the shooting.");
    StoryTimeline t = builder.build(STORY, List.of(new ArticleEvents(a, List.of(
        event(a, "went", EventClass.OCCURRENCE, Modality.HAPPENED, "2016-07-11")))), List.of());

    assertThat(t.events()).singleElement().satisfies(e -> assertThat(EventSalience.withDefaults().of(e, id -> null).points())
        .containsKey(EventSalience.Reason.LIGHT));
  }

  @Test
  void theLabelIsAReportersSentenceRatherThanAShorterQuotation() {
    Article quote = article("A", "2016-07-11", "“Our prayers go out to all hurt in the shooting on Monday.”");
    Article report = article("B", "2016-07-12", "Police said the shooting on Monday left two bailiffs dead inside the courthouse.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(quote, List.of(event(quote, "shooting", Modality.HAPPENED, "2016-07-11"))),
        new ArticleEvents(report, List.of(event(report, "shooting", Modality.HAPPENED, "2016-07-11")))), List.of());

    assertThat(t.events()).singleElement().extracting(TimelineEvent::label).isEqualTo(report.text().strip());
  }

  @Test
  void theDateMostArticlesGiveWinsAndTheOtherIsKeptAsAConflict() {
    Article a = article("A", "2022-01-22", "Blinken and Lavrov met in Geneva on Friday.");
    Article b = article("B", "2022-01-22", "The ministers met on Jan. 21 in Geneva.");
    Article c = article("C", "2022-01-23", "The ministers met on Jan. 20, officials said.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(a, List.of(event(a, "met", Modality.HAPPENED, "2022-01-21"))),
        new ArticleEvents(b, List.of(event(b, "met", Modality.HAPPENED, "2022-01-21"))),
        new ArticleEvents(c, List.of(event(c, "met", Modality.HAPPENED, "2022-01-20")))), List.of());

    TimelineEvent met = t.events().get(0);
    assertThat(met.when().first()).isEqualTo(LocalDate.parse("2022-01-21"));
    assertThat(met.conflicts()).singleElement().satisfies(x -> {
      assertThat(x.when().first()).isEqualTo(LocalDate.parse("2022-01-20"));
      assertThat(x.articles()).containsExactly(c.id());
    });
  }

  @Test
  void whatWasSaidDeniedOrOnlyPossibleAndWhatNoSentenceDatesStayOffTheTimeline() {
    Article a = article("A", "2022-01-24", "Officials said on Monday that Russia denied an invasion and could attack, and troops moved.");
    List<EventMention> events = List.of(
        event(a, "said", EventClass.REPORTING, Modality.HAPPENED, "2022-01-24"),
        event(a, "invasion", EventClass.OCCURRENCE, Modality.DENIED, "2022-01-24"),
        event(a, "attack", EventClass.OCCURRENCE, Modality.HYPOTHETICAL, "2022-01-24"),
        event(a, "moved", EventClass.OCCURRENCE, Modality.HAPPENED, null));
    assertThat(builder.build(STORY, List.of(new ArticleEvents(a, events)), List.of()).events()).isEmpty();
  }

  @Test
  void theSameWordsOnDaysApartAreTwoHappeningsAndAnUndatedMentionGoesToTheLatestBeforeItsReport() {
    Article first = article("A", "2021-12-08", "Biden and Putin held a call on Tuesday.");
    Article second = article("B", "2021-12-31", "Biden and Putin held a call on Thursday.");
    Article undated = article("C", "2022-01-02", "The call changed little.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(first, List.of(event(first, "call", Modality.HAPPENED, "2021-12-07"))),
        new ArticleEvents(second, List.of(event(second, "call", Modality.HAPPENED, "2021-12-30"))),
        new ArticleEvents(undated, List.of(event(undated, "call", Modality.HAPPENED, null)))), List.of());
    assertThat(t.events()).extracting(e -> e.when().first())
        .containsExactly(LocalDate.parse("2021-12-07"), LocalDate.parse("2021-12-30"));
    assertThat(t.events().get(1).articles()).containsExactly(second.id(), undated.id());
    assertThat(t.events()).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
  }

  @Test
  void aHappeningItsSentenceDatesAfterTheReportIsOnlyPlanned() {
    Article a = article("A", "2021-12-29", "Russia wants guarantees before a proposed Jan. 12 meeting.");
    TimelineEvent e = builder.build(STORY, List.of(new ArticleEvents(a, List.of(event(a, "meeting", Modality.HAPPENED, "2022-01-12")))),
        List.of()).events().get(0);
    assertThat(e.status()).isEqualTo(TimelineEvent.Status.PLANNED);
    assertThat(e.announced()).contains(LocalDate.parse("2021-12-29"));
  }

  @Test
  void eventsComeInDateOrderWhateverTheArticleOrder() {
    Article late = article("A", "2022-01-25", "NATO put forces on standby on Monday.");
    Article early = article("B", "2021-12-08", "Biden and Putin held a call on Tuesday.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(late, List.of(event(late, "put", Modality.HAPPENED, "2022-01-24"))),
        new ArticleEvents(early, List.of(event(early, "held", Modality.HAPPENED, "2021-12-07")))), List.of());
    assertThat(t.events()).extracting(e -> e.when().first())
        .containsExactly(LocalDate.parse("2021-12-07"), LocalDate.parse("2022-01-24"));
  }

  @Test
  void aStoredEventReadsBackEqual() {
    Article announce = article("Fox", "2021-12-06", "Biden will hold a call with Putin on Tuesday.");
    Article report = article("AP", "2021-12-30", "Biden and Putin held a call on Dec. 8 about Ukraine.");
    Article third = article("AP", "2021-12-30", "The call on Dec. 7 lasted two hours.");
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(announce, List.of(event(announce, "call", Modality.PLANNED, "2021-12-07"))),
        new ArticleEvents(report, List.of(event(report, "call", Modality.HAPPENED, "2021-12-08"))),
        new ArticleEvents(third, List.of(event(third, "call", Modality.HAPPENED, "2021-12-07")))), List.of());
    TimelineEvent e = t.events().get(0);
    assertThat(e.conflicts()).hasSize(1);
    assertThat(TimelineCodec.decode(TimelineCodec.encode(e))).isEqualTo(e);
  }

  @Test
  void oneDaysTalkBetweenTheSamePeopleToldWithDifferentWordsIsOneEvent() {
    Article plan = article("S", "2021-12-29", "Biden plans to talk by phone with Putin on Thursday.");
    Article today = article("A", "2021-12-30", "Biden and Putin will speak today as Russia keeps up its buildup.");
    Article after = article("R", "2021-12-31", "Putin and Biden held a call on Thursday.");
    List<Article> all = List.of(plan, today, after);
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(plan, List.of(event(plan, "talk", Modality.PLANNED, "2021-12-30"))),
        new ArticleEvents(today, List.of(event(today, "speak", Modality.PLANNED, "2021-12-30"),
            event(today, "buildup", Modality.HAPPENED, "2021-12-30"))),
        new ArticleEvents(after, List.of(event(after, "call", Modality.HAPPENED, "2021-12-30")))),
        List.of(person("Joe Biden", "Biden", all), person("Vladimir Putin", "Putin", all)));

    assertThat(t.events()).singleElement().satisfies(e -> {
      assertThat(e.articles()).containsExactlyInAnyOrder(plan.id(), today.id(), after.id());
      assertThat(e.status()).isEqualTo(TimelineEvent.Status.HAPPENED);
    });
  }

  @Test
  void twoTalksOfADayBetweenDifferentPeopleStayTwo() {
    Article a = article("A", "2022-01-25", "Biden spoke with Macron on Monday.");
    Article b = article("B", "2022-01-25", "Blinken held a call with Lavrov on Monday.");
    List<Entity> people = List.of(person("Joe Biden", "Biden", List.of(a)), person("Emmanuel Macron", "Macron", List.of(a)),
        person("Antony Blinken", "Blinken", List.of(b)), person("Sergey Lavrov", "Lavrov", List.of(b)));
    List<ArticleEvents> told = List.of(happened(a, "spoke", "2022-01-24"), happened(b, "call", "2022-01-24"));
    assertThat(builder.build(STORY, told, people).events()).hasSize(2);
  }

  @Test
  void takePlaceIsNotListedBesideTheHappeningItDates() {
    Article a = article("A", "2022-01-23", "The call will take place on Monday.");
    Article b = article("B", "2022-01-23", "The call will take place on Monday, officials said.");
    List<ArticleEvents> told = new ArrayList<>();
    for (Article x : List.of(a, b)) {
      told.add(new ArticleEvents(x, List.of(event(x, "call", Modality.PLANNED, "2022-01-24"), event(x, "take", Modality.PLANNED, "2022-01-24"))));
    }
    assertThat(builder.build(STORY, told, List.of()).events()).singleElement().satisfies(e -> assertThat(e.sources()).extracting(TimelineEvent.Source::text)
        .containsOnly("call"));
  }

  @Test
  void aMonthDoesNotJoinTheHappeningsOfItsDaysIntoOne() {
    Article first = article("A", "2021-12-30", "Talks will be held on Jan. 10.");
    Article second = article("B", "2022-01-08", "Talks will be held on Jan. 21.");
    Article vague = article("C", "2021-12-31", "Talks will be held next month.");
    EventMention month = new EventMention(Span.of(0, 5), "Talks", EventClass.OCCURRENCE, EventType.OTHER, true, Modality.PLANNED,
        Tense.FUTURE, Aspect.NONE, List.of(), null, new EventTime(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-31"),
        EventTime.Precision.MONTH, EventTime.Source.TIMEX, Span.of(23, 33)));
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(first, List.of(event(first, "Talks", Modality.PLANNED, "2022-01-10"))),
        new ArticleEvents(second, List.of(event(second, "Talks", Modality.PLANNED, "2022-01-21"))),
        new ArticleEvents(vague, List.of(month))), List.of());
    assertThat(t.events()).extracting(e -> e.when().first().toString())
        .containsExactlyInAnyOrder("2022-01-01", "2022-01-10", "2022-01-21");
  }

  @Test
  void theNounsAWireSentenceSaysItsTalkWasAboutJoinNoEventOfTheirOwn() {
    String day = "2021-12-29";
    List<ArticleEvents> told = wireCopies("Blinken spoke with Zelensky on Wednesday about efforts to end the conflict.", day,
        x -> List.of(mention(x, "spoke", EventClass.OCCURRENCE, false, Modality.HAPPENED, at(x, "Wednesday", day, EventTime.Source.TIMEX)),
            mention(x, "efforts", EventClass.I_ACTION, true, Modality.HAPPENED, at(x, "Wednesday", day, EventTime.Source.SENTENCE_TIMEX)),
            mention(x, "conflict", EventClass.OCCURRENCE, true, Modality.HAPPENED, at(x, "Wednesday", day, EventTime.Source.SENTENCE_TIMEX))));
    assertThat(builder.build(STORY, told, List.of()).events()).singleElement().satisfies(e -> {
      assertThat(e.sources()).extracting(TimelineEvent.Source::text).containsOnly("spoke");
      assertThat(e.articles()).hasSize(2);
    });
  }

  @Test
  void aNounDatedByWhatAStatementSaysOfItStaysOnTheTimeline() {
    Article a = article("A", "2022-01-24", "On Monday, the White House announced sanctions against Moscow.");
    assertThat(eventsOf(a,
        mention(a, "announced", EventClass.REPORTING, false, Modality.HAPPENED, at(a, "Monday", "2022-01-24", EventTime.Source.TIMEX)),
        mention(a, "sanctions", EventClass.OCCURRENCE, true, Modality.HAPPENED, at(a, "Monday", "2022-01-24", EventTime.Source.SENTENCE_TIMEX))))
        .singleElement().satisfies(e -> assertThat(e.sources()).extracting(TimelineEvent.Source::text).containsExactly("sanctions"));
  }

  @Test
  void theInterviewAStatementWasMadeInIsNotAHappeningOfItsOwn() {
    Article a = article("A", "2021-12-29", "Lavrov said in a television interview on Monday that talks would follow.");
    EventTime monday = at(a, "Monday", "2021-12-27", EventTime.Source.TIMEX);
    assertThat(eventsOf(a, mention(a, "interview", EventClass.OCCURRENCE, true, Modality.HAPPENED, monday),
        mention(a, "said", EventClass.REPORTING, false, Modality.HAPPENED, monday))).isEmpty();
  }

  @Test
  void whatAReportTellsAsDoneIsNotDatedByAnotherEventsTimeAheadOfIt() {
    Article a = article("A", "2022-01-24", "Blinken said the U.S. would reply this week, offering some hope.");
    Span week = spanOf(a, "this week");
    EventTime thisWeek = new EventTime(LocalDate.parse("2022-01-24"), LocalDate.parse("2022-01-30"), EventTime.Precision.WEEK,
        EventTime.Source.TIMEX, week);
    EventTime borrowed = new EventTime(thisWeek.first(), thisWeek.last(), thisWeek.precision(), EventTime.Source.SENTENCE_TIMEX, week);
    List<EventMention> events = List.of(
        mention(a, "reply", EventClass.OCCURRENCE, false, Modality.PLANNED, thisWeek),
        mention(a, "offering", EventClass.I_ACTION, false, Modality.HAPPENED, borrowed));
    assertThat(builder.build(STORY, List.of(new ArticleEvents(a, events)), List.of()).events()).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(TimelineEvent.Status.PLANNED);
      assertThat(e.sources()).extracting(TimelineEvent.Source::text).containsExactly("reply");
    });
  }

  @Test
  void wordsAClauseSaysBesideANounsTimeAreHappeningsOfTheirOwn() {
    String day = "2022-01-24";
    List<ArticleEvents> told = wireCopies("Ahead of the call on Monday, the U.S. placed 8,500 troops on alert for deployment.", day,
        x -> List.of(mention(x, "call", EventClass.OCCURRENCE, true, Modality.PLANNED, at(x, "Monday", day, EventTime.Source.TIMEX)),
            mention(x, "deployment", EventClass.OCCURRENCE, true, Modality.HAPPENED, at(x, "Monday", day, EventTime.Source.SENTENCE_TIMEX))));
    // the call is a noun: the troops' deployment is no part of it, and stays an event of its own
    assertThat(builder.build(STORY, told, List.of()).events()).hasSize(2);
  }

  @Test
  void nounsBesideAHappeningThatTakesPlaceOnADayAreNotHappeningsOfThatDay() {
    String day = "2022-03-08";
    List<ArticleEvents> told = wireCopies(
        "Aides previewed the summit, which is set to take place Tuesday, as tensions grow over a border dispute.", day,
        x -> List.of(mention(x, "summit", EventClass.OCCURRENCE, true, Modality.PLANNED, at(x, "Tuesday", day, EventTime.Source.SENTENCE_TIMEX)),
            mention(x, "take", EventClass.OCCURRENCE, false, Modality.PLANNED, at(x, "Tuesday", day, EventTime.Source.TIMEX)),
            mention(x, "dispute", EventClass.OCCURRENCE, true, Modality.HAPPENED, at(x, "Tuesday", day, EventTime.Source.SENTENCE_TIMEX))));
    // the summit is what takes place Tuesday; the dispute is no happening of that day
    assertThat(builder.build(STORY, told, List.of()).events()).singleElement()
        .satisfies(e -> assertThat(e.sources()).extracting(TimelineEvent.Source::text).contains("summit"));
  }

  @Test
  void talksNextMonthDoNotJoinTheHappeningSeveralArticlesGiveADayOfThatMonth() {
    Article a = article("A", "2022-01-24", "Biden will discuss Ukraine with allies on Monday.");
    Article b = article("B", "2022-01-24", "Leaders will discuss Ukraine on Monday.");
    Article vague = article("C", "2021-12-30", "Officials will discuss security next month.");
    EventMention month = new EventMention(spanOf(vague, "discuss"), "discuss", EventClass.OCCURRENCE, EventType.OTHER, false,
        Modality.PLANNED, Tense.FUTURE, Aspect.NONE, List.of(), null, new EventTime(LocalDate.parse("2022-01-01"),
        LocalDate.parse("2022-01-31"), EventTime.Precision.MONTH, EventTime.Source.TIMEX, spanOf(vague, "next month")));
    StoryTimeline t = builder.build(STORY, List.of(
        new ArticleEvents(a, List.of(event(a, "discuss", Modality.PLANNED, "2022-01-24"))),
        new ArticleEvents(b, List.of(event(b, "discuss", Modality.PLANNED, "2022-01-24"))),
        new ArticleEvents(vague, List.of(month))), List.of());
    assertThat(t.events()).extracting(e -> e.when().first().toString()).containsExactlyInAnyOrder("2022-01-01", "2022-01-24");
  }

  @Test
  void anUndatedReportCannotTellDoneWhatLayStillAheadOfIt() {
    Article plan = article("A", "2022-01-24", "The U.S. would reply this week.");
    Article same = article("B", "2022-01-24", "The reply was sent.");
    Article later = article("C", "2022-02-02", "The reply was sent.");
    EventTime week = new EventTime(LocalDate.parse("2022-01-24"), LocalDate.parse("2022-01-30"), EventTime.Precision.WEEK,
        EventTime.Source.TIMEX, spanOf(plan, "this week"));
    List<ArticleEvents> sameDay = List.of(
        new ArticleEvents(plan, List.of(mention(plan, "reply", EventClass.OCCURRENCE, false, Modality.PLANNED, week))),
        new ArticleEvents(same, List.of(event(same, "reply", Modality.HAPPENED, null))));
    assertThat(builder.build(STORY, sameDay, List.of()).events()).singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(TimelineEvent.Status.PLANNED));
    List<ArticleEvents> after = List.of(sameDay.get(0), new ArticleEvents(later, List.of(event(later, "reply", Modality.HAPPENED, null))));
    assertThat(builder.build(STORY, after, List.of()).events()).singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(TimelineEvent.Status.HAPPENED));
  }

  private List<TimelineEvent> eventsOf(Article a, EventMention... events) {
    return builder.build(STORY, List.of(new ArticleEvents(a, List.of(events))), List.of()).events();
  }

  /** One wire sentence in two articles, published on {@code day} and the day after, with the mentions each gets. */
  private static List<ArticleEvents> wireCopies(String sentence, String day, Function<Article, List<EventMention>> mentions) {
    List<ArticleEvents> out = new ArrayList<>();
    for (Article x : List.of(article("A", day, sentence), article("B", LocalDate.parse(day).plusDays(1).toString(), sentence))) {
      out.add(new ArticleEvents(x, mentions.apply(x)));
    }
    return out;
  }

  private static Span spanOf(Article a, String words) {
    int at = a.text().indexOf(words);
    assertThat(at).as(words + " in " + a.text()).isNotNegative();
    return Span.of(at, at + words.length());
  }

  /** The day the time expression {@code words} of the article gives, found as {@code source} says. */
  private static EventTime at(Article a, String words, String day, EventTime.Source source) {
    return dayOf(day, source, spanOf(a, words));
  }

  private static EventTime dayOf(String day, EventTime.Source source, Span timex) {
    return new EventTime(LocalDate.parse(day), LocalDate.parse(day), EventTime.Precision.DAY, source, timex);
  }

  private static EventMention mention(Article a, String trigger, EventClass timeMlClass, boolean nominal, Modality modality,
      EventTime time) {
    Span at = spanOf(a, trigger);
    return new EventMention(at, trigger, timeMlClass, EventType.OTHER, nominal, modality, nominal ? Tense.NONE : Tense.PAST,
        Aspect.NONE, List.of(), null, time);
  }

  private static ArticleEvents happened(Article a, String trigger, String day) {
    return new ArticleEvents(a, List.of(event(a, trigger, Modality.HAPPENED, day)));
  }

  /** A person named by {@code word} wherever it stands in the articles. */
  private static Entity person(String name, String word, List<Article> articles) {
    List<EntityMention> mentions = new ArrayList<>();
    for (Article a : articles) {
      for (int at = a.text().indexOf(word); at >= 0; at = a.text().indexOf(word, at + 1)) {
        mentions.add(new EntityMention(a.id(), Span.of(at, at + word.length()), word, EntityType.PERSON));
      }
    }
    return new Entity(EntityId.derive(EntityType.PERSON, name, ""), name, EntityType.PERSON, new TreeSet<>(), mentions, List.of());
  }

  static EventMention event(Article a, String trigger, Modality modality, String day) {
    return event(a, trigger, EventClass.OCCURRENCE, modality, day);
  }

  private static EventMention event(Article a, String trigger, EventClass timeMlClass, Modality modality, String day) {
    int at = a.text().indexOf(trigger);
    assertThat(at).as(trigger + " in " + a.text()).isNotNegative();
    EventTime time = day == null ? EventTime.unknown()
        : new EventTime(LocalDate.parse(day), LocalDate.parse(day), EventTime.Precision.DAY, EventTime.Source.TIMEX, Span.of(0, 1));
    return new EventMention(Span.of(at, at + trigger.length()), trigger, timeMlClass, EventType.OTHER, false, modality,
        Tense.PAST, Aspect.NONE, List.of(), null, time);
  }

  /** An article as the JSONL reader and the cleaner make it. */
  static Article article(String outlet, String date, String text) {
    try {
      Path dir = Files.createTempDirectory("timeline");
      Path file = dir.resolve("a.jsonl");
      Files.writeString(file, "{\"outlet\": \"" + outlet + "\", \"published\": \"" + date + "\", \"title\": \"t\", \"text\": \""
          + text + "\"}\n");
      List<Article> out = new ArrayList<>(new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1).cleanFile(file, p -> {
        throw new AssertionError(p.toString());
      }));
      Files.delete(file);
      Files.delete(dir);
      return out.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
