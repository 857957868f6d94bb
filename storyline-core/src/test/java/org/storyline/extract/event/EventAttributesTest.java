package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

/** The time and modality rules of one sentence, with triggers and time expressions given by hand. */
class EventAttributesTest {

  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 30);
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 29);

  @Test
  void describe_twoDatesInOneSentence_eachEventTakesTheDateOfItsOwnPhrase() {
    String text = "The Truman left its homeport of Norfolk, Va., on Dec. 1, and entered the Mediterranean Sea on Dec. 14.";
    Map<String, EventMention> events = describe(text, THURSDAY, List.of("left", "entered"),
        Map.of("Dec. 1,", LocalDate.of(2021, 12, 1), "Dec. 14", LocalDate.of(2021, 12, 14)));
    assertThat(events.get("left").time().first()).isEqualTo(LocalDate.of(2021, 12, 1));
    assertThat(events.get("entered").time().first()).isEqualTo(LocalDate.of(2021, 12, 14));
  }

  @Test
  void describe_wouldInReportedSpeechWithADate_isPlannedNotHypothetical() {
    String text = "Kremlin spokesman Dmitry Peskov confirmed that Putin would speak with Biden today.";
    EventMention speak = describe(text, THURSDAY, List.of("speak"), Map.of("today", THURSDAY)).get("speak");
    assertThat(speak.modality()).isEqualTo(Modality.PLANNED);
    assertThat(speak.time().first()).isEqualTo(THURSDAY);
  }

  @Test
  void describe_auxiliariesBeforeAVerb_giveItsTenseAndAspect() {
    assertVerb("Troops had been attacked.", "attacked", Tense.PAST, Aspect.PERFECTIVE);
    assertVerb("They have been fighting.", "fighting", Tense.PRESENT, Aspect.PERFECTIVE_PROGRESSIVE);
    assertVerb("Prices are rising.", "rising", Tense.PRESENT, Aspect.PROGRESSIVE);
    assertVerb("Biden will speak.", "speak", Tense.FUTURE, Aspect.NONE);
  }

  private static void assertVerb(String text, String trigger, Tense tense, Aspect aspect) {
    EventMention event = describe(text, THURSDAY, List.of(trigger), Map.of()).get(trigger);
    assertThat(event.tense()).as(text).isEqualTo(tense);
    assertThat(event.aspect()).as(text).isEqualTo(aspect);
  }

  @Test
  void describe_wouldWithoutADateOrASaying_staysHypothetical() {
    String undated = "Analysts said Russia would attack.";
    assertThat(describe(undated, THURSDAY, List.of("attack"), Map.of()).get("attack").modality()).isEqualTo(Modality.HYPOTHETICAL);
    String unsaid = "Russia would attack today.";
    assertThat(describe(unsaid, THURSDAY, List.of("attack"), Map.of("today", THURSDAY)).get("attack").modality())
        .isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void describe_futureOnTheWeekdayOfPublication_isThatDayNotAWeekLater() {
    LocalDate monday = LocalDate.of(2021, 12, 6);
    String text = "Biden will speak with European allies Monday.";
    EventMention speak = describe(text, monday, List.of("speak"), Map.of("Monday", monday)).get("speak");
    assertThat(speak.time().first()).isEqualTo(monday);
  }

  @Test
  void describe_planBesideThePastDayOfItsSaying_isNotDatedByThatDay() {
    String text = "\u201cWe will hold negotiations with Washington,\u201d Lavrov said in an interview Monday.";
    Map<String, EventMention> events = describe(text, WEDNESDAY, List.of("hold", "negotiations", "said", "interview"),
        Map.of("Monday", LocalDate.of(2021, 12, 27)));
    assertThat(events.get("hold").time().isKnown()).isFalse();
    assertThat(events.get("negotiations").time().isKnown()).isFalse();
    assertThat(events.get("said").time().first()).isEqualTo(LocalDate.of(2021, 12, 27));
    assertThat(events.get("said").time().source()).isEqualTo(EventTime.Source.TIMEX);
  }

  @Test
  void describe_pastVerbBesideAnotherEventsLaterDay_isNotDatedByThatDay() {
    String text = "The minister resigned, and elections will be held on Friday.";
    Map<String, EventMention> events = describe(text, WEDNESDAY, List.of("resigned", "elections", "held"),
        Map.of("Friday", LocalDate.of(2021, 12, 31)));
    assertThat(events.get("held").time().source()).isEqualTo(EventTime.Source.TIMEX);
    assertThat(events.get("resigned").time().fromTimex()).isFalse();
    // the noun the later day stands with is dated by it, as a time its sentence gives through another event
    assertThat(events.get("elections").time().source()).isEqualTo(EventTime.Source.SENTENCE_TIMEX);
    assertThat(events.get("elections").modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void describe_eventOrderedAheadOfAnotherEventsDay_isNotDatedByThatDay() {
    String text = "The minister is expected to meet the envoy ahead of the summit with China Friday.";
    Map<String, EventMention> events = describe(text, WEDNESDAY, List.of("meet", "summit"),
        Map.of("Friday", LocalDate.of(2021, 12, 31)));
    assertThat(events.get("summit").time().first()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(events.get("meet").time().fromTimex()).isFalse();
  }

  @Test
  void describe_eventAtTheTimeOfAnother_stillBorrowsItsDay() {
    LocalDate friday = LocalDate.of(2021, 12, 24);
    EventMention ended = describe("The summit with China on Friday ended with a joint statement.", WEDNESDAY,
        List.of("summit", "ended"), Map.of("Friday", friday)).get("ended");
    assertThat(ended.time().first()).isEqualTo(friday);
  }

  /** The events of a one-sentence text: each trigger word once, each time expression a day. */
  private static Map<String, EventMention> describe(String text, LocalDate published, List<String> triggerWords,
      Map<String, LocalDate> days) {
    Sentence s = new RuleTokenizer().sentences(text).get(0);
    List<PerceptronEventDetector.Trigger> triggers = new ArrayList<>();
    for (String w : triggerWords) {
      int token = tokenOf(s, text.indexOf(w));
      triggers.add(new PerceptronEventDetector.Trigger(token, s.tokens().get(token).span(), EventClass.OCCURRENCE));
    }
    List<Timex> timexes = new ArrayList<>();
    days.forEach((words, day) -> {
      String time = words.endsWith(",") ? words.substring(0, words.length() - 1) : words;
      int at = text.indexOf(words);
      timexes.add(new Timex(Span.of(at, at + time.length()), TimexType.DATE, new TimexValue.Day(day), null, time));
    });
    timexes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    EventAttributes attributes = new EventAttributes(text, s, triggers, timexes, List.of(), Optional.of(published));
    Map<String, EventMention> out = new java.util.HashMap<>();
    for (int i = 0; i < triggers.size(); i++) {
      out.put(triggerWords.get(i), attributes.describe(triggers.get(i)));
    }
    return out;
  }

  private static int tokenOf(Sentence s, int offset) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).start() == offset) {
        return i;
      }
    }
    throw new AssertionError("no token at " + offset);
  }
}
