package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Article#label()}: what a list calls an article, titled or not. */
class ArticleLabelTest {

  private static Article article(String title, Span headline, String text) {
    return new Article(ArticleId.derive(null, title, null, text), Origin.file("t"), SourceFormat.TEXT, title, null, null,
        null, text, new Layout(headline, null, null, List.of(Span.of(0, text.length()))), text,
        OffsetMap.identity(text.length()), List.of());
  }

  @Test
  void aTitledArticleIsCalledByItsTitle() {
    assertThat(article("  Talks end  ", null, "The talks ended.\nMore.").label()).isEqualTo("Talks end");
  }

  @Test
  void anUntitledArticleIsCalledByItsFirstLine() {
    assertThat(article(null, null, "\n  The talks ended on Monday.  \nThe second line.").label())
        .isEqualTo("The talks ended on Monday.");
    assertThat(article("  ", null, "One line only").label()).isEqualTo("One line only");
  }

  @Test
  void aHeadlineLineComesBeforeTheFirstLine() {
    String text = "Dateline\nTalks end in Geneva\nBody.";
    assertThat(article(null, Span.of(9, 28), text).label()).isEqualTo("Talks end in Geneva");
  }
}
