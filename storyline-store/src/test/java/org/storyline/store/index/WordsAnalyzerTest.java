package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The index's analysis gives what the standard analyzer without stop words gave: the index's layout depends on it. */
class WordsAnalyzerTest {

  private static final Analyzer BEFORE = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private static final Analyzer WORDS = Fields.analyzer();

  @Test
  void newsText_sameTokensPositionsOffsetsAndTypes() {
    for (String text : List.of("", "   ", "State of Emergency declared in O'Hare, Ill. -- 3.5% of U.S. voters",
        "Émile Zola's café; naïve ÜBER straße İstanbul", "東京で地震 서울 ภาษาไทย 😀 e-mail: a.b@example.com https://x.org/a?b=1",
        "x".repeat(300) + " tail", "He said: \"No.\"\n\nThen -- nothing.\u2028Next")) {
      assertThat(tokens(WORDS, text)).as(text).isEqualTo(tokens(BEFORE, text));
    }
  }

  @Property(tries = 300)
  void anyText_sameTokensPositionsOffsetsAndTypes(@ForAll @StringLength(max = 400) String text) {
    assertThat(tokens(WORDS, text)).isEqualTo(tokens(BEFORE, text));
  }

  @Test
  void queryTerms_normalisedAlike() {
    for (String word : List.of("Biden", "ÉMILE", "İstanbul", "ΣΊΣΥΦΟΣ")) {
      BytesRef before = BEFORE.normalize("text", word);
      assertThat(WORDS.normalize("text", word)).as(word).isEqualTo(before);
    }
  }

  /** Each token as "term type +increment [start,end)". */
  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + type.type() + " +" + increment.getPositionIncrement() + " [" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      ts.end();
      out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
