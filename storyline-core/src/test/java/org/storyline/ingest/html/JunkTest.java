package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkTest {

  @ParameterizedTest
  @ValueSource(strings = {"share-tools", "post-author", "article-related", "newsletterSignup", "cookie-banner",
      "wp-caption-text", "x comments-area", "social-links"})
  void junkWords_markJunk(String classes) {
    assertThat(Junk.junkWords(classes)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"article-body", "entry-content", "story", "has-sidebar", "content with-sidebar",
      "social-media-embed", "widget-content", "field-label-hidden"})
  void junkWords_spareContentAndModifiers(String classes) {
    assertThat(Junk.junkWords(classes)).isFalse();
  }
}
