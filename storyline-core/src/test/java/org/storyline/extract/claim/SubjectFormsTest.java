package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.claim.QuantityFormsTest.claims;
import static org.storyline.extract.claim.QuantityFormsTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure counts or measures when no noun follows it, or when the noun after it is not its own. */
class SubjectFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    // a measure whose noun comes before "of": "a loss of", "a rate of (between)"
    "The bank sold the bonds at a loss of $12 million.|loss",
    "The disease has a fatality rate of between 30 and 40 percent.|rate",
    // a share or a price after a copula measures the copula's subject
    "Her approval rating was 41 percent in the latest survey.|rating",
    "The margin of error for the survey was three points.|margin",
    "The unemployment rate stood at 6.2 percent.|rate",
    // money "in" or "worth of" a thing
    "The storm caused about $3 million in damage to the harbour.|damage",
    "The film took in $90 million worth of tickets in its first week.|tickets",
    // a count with a word between it and the thing counted
    "Rescuers found 12 more injured miners on Friday.|miners",
    // a past-tense verb ends the phrase after its plural noun
    "Officials said 17 crew members reported fevers.|members",
    // the thing counted by the second of two coordinated amounts
    "Two or three dozen protesters gathered outside.|protesters",
    // a fact box: the label before the colon
    "Injured people: 14 Missing people: 3.|people",
    "Most analysts watch one figure: 270.|figure"
  })
  void theThingMeasured(String text, String head) {
    assertThat(claims(text)).as(text).first().extracting(c -> c.subject().head()).isEqualTo(head);
  }

  @Test
  void aFactBoxLabel_isTheWholeLabel_andEachFigureKeepsItsOwn() {
    List<Claim> claims = claims("Property crime incidents: 4 Violent crime incidents: 6");
    assertThat(claims).extracting(c -> c.subject().text() + "=" + (int) c.quantity().amount().low())
        .containsExactly("Property crime incidents=4", "Violent crime incidents=6");
  }

  @Test
  void aDistanceAfterACopula_placesTheSubject_notMeasuresIt() {
    assertThat(only("The farmhouse is about 300 yards north of the highway.").subject().head()).isEmpty();
  }

  @Test
  void moneyInAnActivity_isNotItsSubject() {
    assertThat(only("The firm invested $40 million in rebuilding the plant.").subject().head()).isNotEqualTo("rebuilding");
  }

  @Test
  void theBaseOfARate_isNotAClaim() {
    assertThat(claims("The town had 240 burglaries per 100,000 residents last year."))
        .extracting(c -> (int) c.quantity().amount().low()).containsExactly(240);
  }
}
