package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.time.TempEvalCounts;
import org.storyline.extract.time.TimeMlException;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.model.Span;

/** Reading gold EVENTs, writing ours, and scoring them as TempEval-3 does. */
class EventTimeMlTest {

  private static final String HEAD = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n"
      + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n";

  private static String doc(String text) {
    return HEAD + "<TEXT>" + text + "</TEXT>\n</TimeML>\n";
  }

  @Test
  void parse_goldEvents_spansIntoThePlainTextWithClasses() {
    GoldEvents g = GoldEvents.parse(doc("Stocks <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> &amp; "
        + "he <EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>."), "d1.tml");
    String text = g.document().text();
    assertThat(g.events()).extracting(e -> e.span().of(text)).containsExactly("fell", "said");
    assertThat(g.events()).extracting(GoldEvents.Event::timeMlClass).containsExactly(EventClass.OCCURRENCE, EventClass.REPORTING);
  }

  @Test
  void parse_unknownClass_saysWhichFile() {
    assertThatThrownBy(() -> GoldEvents.parse(doc("It <EVENT eid=\"e1\" class=\"HAPPENING\">fell</EVENT>."), "bad.tml"))
        .isInstanceOf(TimeMlException.class).hasMessageContaining("bad.tml").hasMessageContaining("HAPPENING");
  }

  @Test
  void insertEvents_readsBackAsTheSameEvents_andSkipsOneInsideATimex() {
    String timeMl = doc("Prices rose on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday morning</TIMEX3> after talks.");
    String plain = GoldEvents.parse(timeMl, "d.tml").document().text();
    Span rose = span(plain, "rose");
    Span morning = span(plain, "morning");
    Span talks = span(plain, "talks");
    List<Span> skipped = new ArrayList<>();
    String out = TimeMlWriter.insertEvents(timeMl, List.of(rose, morning, talks), List.of("OCCURRENCE", "STATE", "OCCURRENCE"),
        "d.tml", skipped::add);
    GoldEvents back = GoldEvents.parse(out, "d.tml");
    assertThat(back.document().text()).isEqualTo(plain);
    assertThat(back.events()).containsExactly(new GoldEvents.Event(rose, EventClass.OCCURRENCE), new GoldEvents.Event(talks, EventClass.OCCURRENCE));
    assertThat(skipped).containsExactly(morning);
    assertThat(out).contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">rose</EVENT>");
  }

  /** The scorer's class F1 is class accuracy over relaxed matches times the relaxed F1 (evaluate_entities.py). */
  @Test
  void score_classF1_isAccuracyTimesRelaxedF1() {
    List<GoldEvents.Event> gold = List.of(ev(0, 4, EventClass.OCCURRENCE), ev(10, 14, EventClass.REPORTING),
        ev(20, 24, EventClass.STATE), ev(30, 34, EventClass.I_ACTION));
    List<GoldEvents.Event> system = List.of(ev(0, 4, EventClass.OCCURRENCE), ev(11, 14, EventClass.REPORTING),
        ev(20, 24, EventClass.OCCURRENCE), ev(40, 44, EventClass.OCCURRENCE), ev(50, 54, EventClass.OCCURRENCE));
    TempEvalCounts c = EventMentionEval.score(gold, system);
    assertThat(c.strict()).isEqualTo(2);
    assertThat(c.relaxed()).isEqualTo(3);
    assertThat(c.strictPrecision()).isEqualTo(2.0 / 5);
    assertThat(c.strictRecall()).isEqualTo(2.0 / 4);
    double accuracy = c.typeCorrect() / (double) c.relaxed();
    assertThat(c.typeF1()).isCloseTo(accuracy * c.relaxedF1(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(c.typeCorrect()).isEqualTo(2);
  }

  @Test
  void untouchedPart_dependsOnTheNameOnly_andIsAboutAFifth() {
    int untouched = 0;
    for (int k = 0; k < 1000; k++) {
      String name = "TimeBank/doc" + k + ".tml";
      assertThat(EventMentionEval.isUntouched(name)).isEqualTo(EventMentionEval.isUntouched(new String(name)));
      untouched += EventMentionEval.isUntouched(name) ? 1 : 0;
    }
    assertThat(untouched).isBetween(150, 250);
  }

  private static GoldEvents.Event ev(int s, int e, EventClass c) {
    return new GoldEvents.Event(Span.of(s, e), c);
  }

  private static Span span(String text, String word) {
    int at = text.indexOf(word);
    return Span.of(at, at + word.length());
  }
}
