package org.storyline.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storyline.model.Quote;
import org.storyline.model.Speaker;

/**
 * Golden test: the 22 quotes of the five sample articles ({@code quote/seeds-quotes.tsv}, checked
 * by hand) with their speakers.
 */
class SeedQuotesTest {

  private record Expected(String file, String speaker, Speaker.Kind kind, String opening) {}

  private final QuoteExtractor extractor = new RuleQuoteExtractor();

  @Test
  void seeds_atLeast20Of22QuotesWithTheirSpeaker() throws IOException {
    List<String> wrong = new ArrayList<>();
    int right = 0;
    List<Expected> expected = expected();
    for (Expected e : expected) {
      String text = read("quote/seeds/" + e.file());
      Quote q = find(text, e.opening());
      if (q != null && q.speaker() != null && sameName(q.speaker().name(), e.speaker())) {
        right++;
      } else {
        wrong.add(e.file() + " '" + e.opening() + "': " + (q == null ? "not found"
            : "speaker " + (q.speaker() == null ? "none" : q.speaker().name())));
      }
    }
    assertThat(expected).hasSize(22);
    assertThat(right).as("quotes with the right speaker; wrong: %s", wrong).isGreaterThanOrEqualTo(20);
  }

  @Test
  void seeds_anonymousAndInstitutionalQuotesAreNeverGivenToAPerson() throws IOException {
    for (Expected e : expected()) {
      if (e.kind() == Speaker.Kind.PERSON) {
        continue;
      }
      Quote q = find(read("quote/seeds/" + e.file()), e.opening());
      assertThat(q).as(e.opening()).isNotNull();
      assertThat(q.speaker()).as(e.opening()).isNotNull();
      assertThat(q.speaker().kind()).as(e.opening()).isNotEqualTo(Speaker.Kind.PERSON);
    }
  }

  /** The quote whose content holds the opening words (apostrophes compared loosely). */
  private Quote find(String text, String opening) {
    for (Quote q : extractor.extract(text)) {
      if (loose(q.text(text)).contains(loose(opening))) {
        return q;
      }
    }
    return null;
  }

  private static String loose(String s) {
    return s.replace('’', '\'').replace('“', '"').replace('”', '"');
  }

  private static boolean sameName(String actual, String expected) {
    return bare(actual).equals(bare(expected));
  }

  private static String bare(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^(a|an|the) ", "");
  }

  private static List<Expected> expected() throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : read("quote/seeds-quotes.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      out.add(new Expected(cols[0], cols[1], Speaker.Kind.valueOf(cols[2]), cols[3]));
    }
    return out;
  }

  static String read(String resource) throws IOException {
    try (InputStream in = SeedQuotesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
