package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.Timex;

/** Given the whole text's sentences (as the extract stage passes them), the claims are the same. */
class SentencePathTest {

  @ParameterizedTest
  @ValueSource(strings = {"000_4794b076882f08fe.txt", "001_2e55a25b1075aa99.txt", "002_503e3c828b1c7fa5.txt",
      "003_9c3e6357029ac095.txt", "004_56b9276ed6e05626.txt"})
  void claimsFromTheStageSentences_equalClaimsFromOwnTokenising(String file) {
    Seeds.Seed seed = Seeds.read(file);
    List<Timex> timexes = seed.date().map(d -> new RuleTimeTagger().tag(seed.text(), d)).orElse(List.of());
    RuleClaimExtractor extractor = new RuleClaimExtractor();
    List<Claim> own = extractor.claims(seed.text(), timexes, seed.date());
    List<Claim> reused = extractor.claims(seed.text(), new RuleTokenizer().sentences(seed.text()), timexes, seed.date());
    assertThat(reused).isEqualTo(own);
  }
}
