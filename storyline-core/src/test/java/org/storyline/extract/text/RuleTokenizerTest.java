package org.storyline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTokenizerTest {

  private final RuleTokenizer tokenizer = new RuleTokenizer();

  private List<String> tokens(String text) {
    return tokenizer.sentences(text).stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
  }

  private List<String> sentences(String text) {
    return tokenizer.sentences(text).stream().map(s -> s.text(text)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Russia’s troops|Russia ’s troops",
      "don't go|do n't go",
      "“We are ready,” he said.|“ We are ready , ” he said .",
      "The U.S. and Russia|The U.S. and Russia",
      "about 94,300 troops|about 94,300 troops",
      "at 3 p.m. ET|at 3 p.m. ET",
      "REHOBOTH BEACH, Del. -- President|REHOBOTH BEACH , Del. -- President",
      "(CNN) — The administration|( CNN ) — The administration",
      "a Dec. 7 Biden-Putin call|a Dec. 7 Biden-Putin call",
      "up 5% to $3.5 billion|up 5 % to $ 3.5 billion",
      "“diverse” options|“ diverse ” options",
      "the allies’ plans|the allies ’ plans",
      "wait...|wait ...",
      "see https://example.com/a.html.|see https://example.com/a.html .",
      "so far.\u00a0The alliance|so far . The alliance",
      "every\u200b teacher|every teacher",
  })
  void tokens_followTreebankHabits(String text, String expected) {
    assertThat(tokens(text)).containsExactly(expected.split(" "));
  }

  @Test
  void sentences_straightOpeningQuoteStartsTheNextSentence() {
    String text = "\"These are strange days,\" said Peter Morgan, a lawyer. \"I know.\" He left.";
    assertThat(sentences(text)).containsExactly(
        "\"These are strange days,\" said Peter Morgan, a lawyer.", "\"I know.\"", "He left.");
  }

  @Test
  void sentences_splitAtFinalPunctuation_notAtAbbreviations() {
    String text = "Secretary of State Antony Blinken spoke with Gen. Mark Milley on Jan. 10. The talks ended. "
        + "He said the U.S. would respond. “We are ready,” Kirby said. What next? Nobody knows!";
    assertThat(sentences(text)).containsExactly(
        "Secretary of State Antony Blinken spoke with Gen. Mark Milley on Jan. 10.",
        "The talks ended.",
        "He said the U.S. would respond.",
        "“We are ready,” Kirby said.",
        "What next?",
        "Nobody knows!");
  }

  @Test
  void sentences_endAtAnAbbreviationThatMayEndOne_whenAnOpenerFollows() {
    assertThat(sentences("He lives in the U.S. The rest live abroad.")).hasSize(2);
    assertThat(sentences("The U.S. Navy sailed.")).hasSize(1);
    assertThat(sentences("It left Norfolk, Va., on Dec. 1 and entered the sea.")).hasSize(1);
  }

  @Test
  void sentences_endAtParagraphBreaks_evenWithoutPunctuation() {
    assertThat(sentences("RUSSIAN OPTIONS\n\nPutin made clear that he had options.\nHe said so."))
        .containsExactly("RUSSIAN OPTIONS", "Putin made clear that he had options.", "He said so.");
  }

  @Test
  void sentences_keepAQuoteThatEndsWithItsClosingMark() {
    assertThat(sentences("He said: “It is over.” Then he left."))
        .containsExactly("He said: “It is over.”", "Then he left.");
  }

  @Property
  void tokensCoverEveryNonSpaceCharacterOnce_inOrder(@ForAll("texts") String text) {
    List<Sentence> sentences = tokenizer.sentences(text);
    StringBuilder joined = new StringBuilder();
    int last = 0;
    int index = 0;
    for (Sentence s : sentences) {
      assertThat(s.index()).isEqualTo(index++);
      for (Token t : s.tokens()) {
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.span().of(text)).isEqualTo(t.text());
        assertThat(t.text()).isNotBlank().doesNotContainPattern("\\s");
        joined.append(t.text());
        last = t.end();
      }
    }
    assertThat(joined.toString()).isEqualTo(text.replaceAll("\\s", ""));
  }

  @Property
  void sentencesOf_aParagraphsTokens_areThoseOfTheParagraphTokenisedAlone(@ForAll("texts") String text) {
    List<Token> all = tokenizer.sentences(text).stream().flatMap(s -> s.tokens().stream()).toList();
    int start = 0;
    for (String paragraph : text.split("\n", -1)) {
      int from = start;
      int to = start + paragraph.length();
      List<Token> inside = all.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
      List<List<Token>> alone = tokenizer.sentences(paragraph).stream()
          .map(s -> s.tokens().stream().map(t -> new Token(t.span().shift(from), t.text())).toList())
          .toList();
      assertThat(tokenizer.sentencesOf(inside).stream().map(Sentence::tokens).toList()).isEqualTo(alone);
      start = to + 1;
    }
  }

  @Test
  void sentencesOf_aParagraph_doesNotLookBackIntoTheOneBefore() {
    // In the whole text the closing quote that opens the second line follows a period, so a
    // sentence ends after it; the second line tokenised alone has no period before the quote.
    String text = "He left.\n” Then he came back.";
    List<Token> second = tokenizer.sentences(text).stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.start() > text.indexOf('\n')).toList();
    assertThat(tokenizer.sentencesOf(second)).hasSize(1);
    assertThat(tokenizer.sentences(text).stream().map(s -> s.text(text))).containsExactly("He left.\n”", "Then he came back.");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ.,'’‘\"“”«»()-—–$%…:@0123456789").ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("U.S.", "Jan.", "Mr.", "p.m.", "don't", "Russia’s", "--", "...", "e.g.", "http://x.org/a."));
    Arbitrary<String> space = Arbitraries.of(" ", " ", "\n", "\n\n", "  \t");
    return word.list().ofMaxSize(30).flatMap(words -> space.list().ofSize(words.size()).map(spaces -> {
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < words.size(); k++) {
        out.append(words.get(k)).append(spaces.get(k));
      }
      return out.toString();
    }));
  }
}
