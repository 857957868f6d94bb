package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAnchorsTest {

  @Test
  void governor_timeAfterItsVerb_datesThatVerbNotTheNextOne() {
    Words w = new Words("the truman left its homeport on dec. 1 , and entered the sea on dec. 14 .");
    int[] triggers = w.indices("left", "entered");
    assertThat(w.governor("dec.", 1, triggers)).isEqualTo(w.index("left"));
    assertThat(w.governor("dec.", 14, triggers)).isEqualTo(w.index("entered"));
  }

  @Test
  void governor_timeBeforeANounThroughItsModifiers_datesTheNoun() {
    Words w = new Words("the talks follow a dec. 7 biden-putin phone call .");
    assertThat(w.governor("dec.", 7, w.indices("talks", "follow", "call"))).isEqualTo(w.index("call"));
  }

  @Test
  void governor_possessiveTime_datesTheNounAfterIt() {
    Words w = new Words("leaders are expected during today 's call to discuss iran .");
    assertThat(w.governorOf("today", w.indices("expected", "call", "discuss"))).isEqualTo(w.index("call"));
  }

  @Test
  void governor_timeOpeningTheSentence_datesTheFirstEventAfterIt() {
    Words w = new Words("on monday , an official said that the call would not be confined to ukraine .");
    assertThat(w.governorOf("monday", w.indices("said", "call", "confined"))).isEqualTo(w.index("said"));
  }

  @Test
  void governor_noEventOnTheLeft_datesTheNextOne() {
    Words w = new Words("the kremlin on monday dismissed reports .");
    assertThat(w.governorOf("monday", w.indices("dismissed", "reports"))).isEqualTo(w.index("dismissed"));
  }

  @Test
  void governor_noTriggers_none() {
    Words w = new Words("on monday .");
    assertThat(w.governorOf("monday", new int[0])).isEqualTo(TimeAnchors.NONE);
  }

  @Test
  void governor_bareTimeAfterANounObject_datesTheVerbOfItsClause() {
    Words w = new Words("he said they would send answers to the proposals this week .", "answers", "proposals");
    assertThat(w.governorOf("this", w.indices("said", "send", "answers", "proposals"))).isEqualTo(w.index("send"));
  }

  @Test
  void governor_timeAfterANounWithAPreposition_stillDatesTheNoun() {
    Words w = new Words("the two sides agreed to hold talks on monday .", "talks");
    assertThat(w.governorOf("monday", w.indices("agreed", "hold", "talks"))).isEqualTo(w.index("talks"));
  }

  @Test
  void governor_bareTimeAfterTheObjectOfAheadOf_datesThatObjectNotTheVerb() {
    Words w = new Words("the minister will meet the envoy ahead of the summit with china friday .", "summit");
    assertThat(w.governorOf("friday", w.indices("meet", "summit"))).isEqualTo(w.index("summit"));
  }

  @Test
  void governor_bareTimeAfterANounNoOrderingWordBetween_stillDatesTheVerb() {
    Words w = new Words("the minister will meet the envoy about the summit friday .", "summit");
    assertThat(w.governorOf("friday", w.indices("meet", "summit"))).isEqualTo(w.index("meet"));
  }

  @Test
  void orderingWord_verbOfOrderBeforeTheLaterEvent_relatesTheTwo() {
    Words w = new Words("the strike followed a march on sunday .", "strike", "march");
    int[] triggers = w.indices("strike", "march");
    assertThat(TimeAnchors.orderingWord(w.lower(), w.index("strike"), w.index("march"), triggers, w.verbal()))
        .isEqualTo(w.index("followed"));
  }

  @Test
  void orderingWord_aVerbBetweenTheEarlierEventAndTheWord_doesNotRelateThem() {
    Words w = new Words("the mayor announced last week that the city would reopen ahead of the vote .", "vote");
    int[] triggers = w.indices("announced", "reopen", "vote");
    assertThat(TimeAnchors.orderingWord(w.lower(), w.index("announced"), w.index("vote"), triggers, w.verbal()))
        .isEqualTo(TimeAnchors.NONE);
    assertThat(TimeAnchors.orderingWord(w.lower(), w.index("reopen"), w.index("vote"), triggers, w.verbal()))
        .isEqualTo(w.index("ahead"));
  }

  @Test
  void orderingWord_afterAndBefore_doNotSetAHappeningApartFromTheOthersDay() {
    Words w = new Words("the treaty took effect after parliament ratified it on tuesday .", "treaty");
    int[] triggers = w.indices("took", "ratified");
    assertThat(TimeAnchors.orderingWord(w.lower(), w.index("took"), w.index("ratified"), triggers, w.verbal()))
        .isEqualTo(TimeAnchors.NONE);
  }

  /** A tokenised lower-case sentence; triggers are verbs unless named among {@code nouns}. */
  private record Words(String[] lower, List<String> nouns) {
    Words(String sentence, String... nouns) {
      this(sentence.split(" "), List.of(nouns));
    }

    boolean[] verbal() {
      boolean[] out = new boolean[lower.length];
      for (int i = 0; i < lower.length; i++) {
        out[i] = !nouns.contains(lower[i]);
      }
      return out;
    }

    int index(String word) {
      return Arrays.asList(lower).indexOf(word);
    }

    int[] indices(String... words) {
      return Arrays.stream(words).mapToInt(this::index).sorted().toArray();
    }

    /** A one-word time. */
    int governorOf(String time, int[] triggers) {
      return TimeAnchors.governor(lower, index(time), index(time), triggers, verbal());
    }

    /** A "dec. N" time. */
    int governor(String month, int day, int[] triggers) {
      List<String> words = Arrays.asList(lower);
      int at = -1;
      for (int i = 0; i + 1 < words.size(); i++) {
        if (words.get(i).equals(month) && words.get(i + 1).equals(String.valueOf(day))) {
          at = i;
        }
      }
      assertThat(at).isNotNegative();
      return TimeAnchors.governor(lower, at, at + 1, triggers, verbal());
    }
  }
}
