package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.claim.QuantityFormsTest.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a sentence says happened to the things its first figure counts, and whether they are a part or more. */
class HappeningFormsTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
    // the verb after the thing, past auxiliaries, "who" and a parenthesis between commas
    "Two people were killed on Sunday.|killed|WHOLE",
    "Four people, including a boy of 11, were shot on Friday.|shot|WHOLE",
    "Police said three men who were wounded are stable.|injured|WHOLE",
    "Five people were found dead in the house.|killed|WHOLE",
    "Two men were fatally shot near the bar.|killed|WHOLE",
    "Two men are in custody after the shooting.|arrested|WHOLE",
    "Two people in a small black sedan opened fire on the car.|open|WHOLE",
    "Police said three deceased individuals were found inside.|killed|WHOLE",
    "A boy is dead and three other people are injured.|injured|WHOLE",
    "He saw at least six people dressed in black arrive on bikes.|dress|WHOLE",
    "Officers found four victims with gunshot wounds.|injured|WHOLE",
    // the verb before the figure
    "A gunman killed four people at the party.|killed|WHOLE",
    "He opened fire, injuring at least eight people.|injured|WHOLE",
    "He allegedly shot five people in what police called a dispute.|shot|WHOLE",
    "Three other victims received gunshot wounds.|injured|WHOLE",
    "The shooting sent four people to the hospital.|taken|WHOLE",
    // the noun before "of"
    "Police are investigating the shootings of five men.|shot|WHOLE",
    "He fired into a crowd of about 200 people.|crowd|WHOLE",
    "He was killed in front of 20 people.|''|WHOLE",
    // some of things counted before, or more of them
    "Two of the victims died at the scene.|killed|SOME",
    "Three more people were wounded later.|injured|MORE",
    "Another two people were arrested.|arrested|MORE"
  })
  void whatHappened(String text, String key, Happening.Part part) {
    assertThat(claims(text)).as(text).first().satisfies(c -> {
      assertThat(c.happening().key()).isEqualTo(key);
      assertThat(c.happening().part()).isEqualTo(part);
    });
  }

  @Test
  void reportingAndFindingVerbs_sayNothing() {
    assertThat(claims("Witnesses heard five shots.")).first().extracting(c -> c.happening()).isEqualTo(Happening.NONE);
    assertThat(claims("Russia has approximately 100,000 troops on the border.")).first()
        .extracting(c -> c.happening().key()).isEqualTo("");
  }

  @Test
  void happening_spansItsWord() {
    String text = "Two people were killed on Sunday.";
    Claim c = claims(text).get(0);
    assertThat(c.happening().span()).get().extracting(s -> s.of(text)).isEqualTo("killed");
  }

  @Test
  void aCountsComplement_isPartOfTheThing() {
    String text = "He was charged with five counts of attempted murder in the case.";
    assertThat(claims(text)).first().satisfies(c -> {
      assertThat(c.subject().head()).isEqualTo("counts");
      assertThat(c.subject().text()).isEqualTo("counts of attempted murder");
      assertThat(c.subject().modifiers()).containsExactly("attempted", "murder", "of");
    });
  }
}
