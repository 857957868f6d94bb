package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;

/** Properties of the number parser. */
class NumbersPropertiesTest {

  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  @Property
  void anyLongWithSeparators_parsesBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
    assertThat(Numbers.digits(String.format(Locale.ROOT, "%,d", n))).contains(BigDecimal.valueOf(n));
    assertThat(Numbers.digits(Long.toString(n))).contains(BigDecimal.valueOf(n));
  }

  @Property
  void wordNumbersUpToAMillion_parse(@ForAll @IntRange(min = 0, max = 1_000_000) int n) {
    assertThat(Numbers.words(Arrays.asList(words(n).split(" ")))).contains((long) n);
  }

  @Property
  void nToM_givesLowNHighM(@ForAll @IntRange(min = 0, max = 5_000_000) int low, @ForAll @IntRange(min = 1, max = 5_000_000) int gap) {
    long high = (long) low + gap;
    String text = String.format(Locale.ROOT, "Officials counted %,d to %,d protesters.", low, high);
    Sentence s = new RuleTokenizer().sentences(text).get(0);
    List<QuantityFinder.Found> found = new QuantityFinder(text, s, List.of()).find();
    assertThat(found).singleElement().extracting(f -> f.quantity().amount()).isEqualTo(new Amount.Range(low, high));
  }

  @Property
  void formattedNumbers_areFoundWithTheirSpan(@ForAll @IntRange(min = 2100, max = Integer.MAX_VALUE) int n) {
    String text = String.format(Locale.ROOT, "Police said %,d people marched.", n);
    List<Claim> claims = new RuleClaimExtractor().claims(text, List.of(), Optional.empty());
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.quantity().amount()).isEqualTo(new Amount.Exact(n));
      assertThat(c.quantity().span().of(text)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    });
  }

  @Property
  void theNumberGivenBefore_isNotCountedAgain(@ForAll @IntRange(min = 10, max = 1_500) int n) {
    String first = String.format(Locale.ROOT, "The %,d delegates met on Friday.", n);
    String twice = String.format(Locale.ROOT, "The party sent %,d delegates. The %,d delegates met on Friday.", n, n);
    RuleClaimExtractor x = new RuleClaimExtractor();
    assertThat(x.claims(first, List.of(), Optional.empty())).singleElement()
        .satisfies(c -> assertThat(c.quantity().amount()).isEqualTo(new Amount.Exact(n)));
    assertThat(x.claims(twice, List.of(), Optional.empty())).singleElement()
        .satisfies(c -> assertThat(c.quantity().span().end()).isLessThan(twice.indexOf('.')));
  }

  /** English words for {@code n}: "two hundred and five thousand three hundred". */
  static String words(int n) {
    if (n == 1_000_000) {
      return "one million";
    }
    if (n < 1000) {
      return below1000(n);
    }
    String rest = n % 1000 == 0 ? "" : " " + below1000(n % 1000);
    return below1000(n / 1000) + " thousand" + rest;
  }

  private static String below1000(int n) {
    List<String> out = new ArrayList<>();
    if (n >= 100) {
      out.add(SMALL[n / 100]);
      out.add("hundred");
      n %= 100;
      if (n == 0) {
        return String.join(" ", out);
      }
      out.add("and");
    }
    if (n < 20) {
      out.add(SMALL[n]);
    } else {
      out.add(TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]));
    }
    return String.join(" ", out);
  }
}
