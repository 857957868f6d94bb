package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@link Article#wordCount()} counts as {@code text.strip().split("\\s+")} does. */
class ArticleWordCountTest {

  @Property
  void wordCount_isTheNumberOfWhiteSpaceSeparatedWords(
      @ForAll @StringLength(max = 60) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u00A0', '\u001C', 'a', 'b', '.'})
      @CharRange(from = 'x', to = 'z') String text) {
    Span all = Span.of(0, text.length());
    Article a = new Article(ArticleId.derive(null, null, null, text), Origin.file("t"), SourceFormat.TEXT, null, null, null, null,
        text, new Layout(null, null, null, text.isEmpty() ? List.of() : List.of(all)), text, OffsetMap.identity(text.length()),
        List.of());
    String t = text.strip();
    assertThat(a.wordCount()).isEqualTo(t.isEmpty() ? 0 : t.split("\\s+").length);
  }
}
