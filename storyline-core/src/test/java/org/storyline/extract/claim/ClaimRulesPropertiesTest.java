package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the rules that look around a number (scores, clock times, spaced hyphens, "or so",
 * "the N things" given before): on any run of the words they look at, the extractor raises nothing
 * and every claim's span lies in the text and reads as its quantity's text.
 */
class ClaimRulesPropertiesTest {

  private static final List<String> WORDS = List.of(
      "the", "The", "-", "–", ":", "p.", "m.", "p", ".", "or", "so", "more", "of", "/", "Image", "by", "under", "over",
      "Friday", ",", "7", "0", "31", "714", "2047", "1,237", "half-a-dozen", "half", "a", "dozen", "hundreds", "times",
      "percent", "100", "ready", "lead", "record", "bit", "year", "Gang", "Eight", "SAT", "voters", "delegates",
      "people", "roughly", "$", "15", "million", "said", "police", "according", "to", "Two", "World", "War", "\n\n");

  @Provide
  Arbitrary<String> runs() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(30).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 2000)
  void anyRunOfTheRulesWords_givesClaimsInsideTheText(@ForAll("runs") String text) {
    for (Claim c : new RuleClaimExtractor().claims(text, List.of(), Optional.empty())) {
      assertThat(c.quantity().span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.quantity().span().of(text)).isEqualTo(c.quantity().text());
    }
  }
}
