package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that spare most lines the credit and byline patterns answer as the patterns
 * would: over lines made of the patterns' own pieces (labels, parentheses, slashes, colons,
 * "by", "contributed", capitalised words, white space of every kind), what the cleaner decides
 * is what matching every line against the patterns decided.
 */
class PatternPrecheckTest {

  private static final String[] PIECES = {
      " ", "  ", "\t", "\u00a0", "\r", "\n", "\u2028", "(", ")", "/", " / ", ":", ": ", ".", "!", "?", "\"", "\u201d",
      "\u2019", ",", "-", "&", "Photo", "Photograph", "Photographer", "Image", "Picture", "Credit", "Photo credit",
      "Image credit", "Illustration", "Source image", "AP", "Evan", "Vucci", "Getty Images", "Reuters", "Ipsos",
      "by", "By", "BY", "bY", "for", "the", "a", "caption", "Washington Post", "contributed", "contributed to this report",
      "Information for this article was contributed by", "Additional reporting by", "Reporting by", "reporting by",
      "Compiled by", "Written by", "Edited by", "O'Neil", "Zoë", "12", "and", "Smith", "Jones, Staff Writer"};

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(16).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void appendedCredit_asThePatternAlone(@ForAll("lines") String line) {
    assertThat(Credits.appendedCreditStart(line)).isEqualTo(byPattern(line));
  }

  @Property(tries = 3000)
  void byline_asThePatternsAlone(@ForAll("lines") String paragraph) {
    assertThat(LayoutFinder.isByline(paragraph)).isEqualTo(bylineByPatterns(paragraph));
  }

  @Test
  void theGeneratedLines_reachEveryBranch() {
    assertThat(byPattern("A flood in town (AP Photo/Evan Vucci)")).isPositive();
    assertThat(byPattern("The mayor spoke. Photo: Getty Images")).isPositive();
    assertThat(bylineByPatterns("By Evan Vucci")).isTrue();
    assertThat(bylineByPatterns("Reuters contributed to this report")).isTrue();
    assertThat(bylineByPatterns("Reporting by Evan Vucci")).isTrue();
    assertThat(Credits.appendedCreditStart("A flood in town (AP Photo/Evan Vucci)")).isPositive();
    assertThat(LayoutFinder.isByline("bY Evan Vucci")).isTrue();
  }

  /** {@link Credits#appendedCreditStart} as it was: the pattern searched on every line. */
  private static int byPattern(String line) {
    Matcher m = Credits.APPENDED.matcher(line);
    if (!m.find() || m.start() == 0) {
      return -1;
    }
    String credit = line.substring(m.start()).strip();
    return Lines.wordCount(credit) <= Credits.MAX_WORDS ? m.start() : -1;
  }

  /** {@link LayoutFinder#isByline} as it was: both patterns tried on every paragraph. */
  private static boolean bylineByPatterns(String paragraph) {
    int words = Lines.wordCount(paragraph);
    return (words <= LayoutFinder.MAX_BY_WORDS && LayoutFinder.BY.matcher(paragraph).matches())
        || (words <= LayoutFinder.MAX_CREDIT_WORDS && LayoutFinder.CREDIT.matcher(paragraph).matches());
  }
}
