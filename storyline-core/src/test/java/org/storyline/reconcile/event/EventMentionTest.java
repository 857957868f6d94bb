package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

/** Equality stays the record's (every component); the hash reads only where the mention is and its trigger. */
class EventMentionTest {

  private static EventMention mention(List<String> sentence, Optional<LocalDate> published) {
    return new EventMention("a1", 2, new Span(1, 2), new Span(10, 16), "opened", "open", sentence, published,
        Optional.empty(), List.of("Smith"));
  }

  @Test
  void equalMentions_hashAlike() {
    EventMention one = mention(List.of("Police", "opened", "fire"), Optional.of(LocalDate.of(2015, 1, 2)));
    EventMention same = mention(new ArrayList<>(List.of("Police", "opened", "fire")), Optional.of(LocalDate.of(2015, 1, 2)));
    assertThat(same).isEqualTo(one);
    assertThat(same.hashCode()).isEqualTo(one.hashCode());
  }

  /** The span's hash is written out in the mention's: it must stay the record's, which orders the caches' maps. */
  @Test
  void hash_isTheDocumentSentencePlaceAndTrigger_withTheSpansOwnHash() {
    for (Span chars : List.of(new Span(10, 16), new Span(0, 0), new Span(70_000, 70_123))) {
      EventMention m = new EventMention("a1", 2, new Span(1, 2), chars, "opened", "open", List.of("Police", "opened", "fire"),
          Optional.empty(), Optional.empty(), List.of());
      assertThat(m.hashCode()).isEqualTo(31 * (31 * (31 * "a1".hashCode() + 2) + chars.hashCode()) + "opened".hashCode());
    }
  }

  @Test
  void mentionsOtherThanInTheirSentenceOrDate_areNotEqual() {
    EventMention one = mention(List.of("Police", "opened", "fire"), Optional.empty());
    assertThat(mention(List.of("They", "opened", "fire"), Optional.empty())).isNotEqualTo(one);
    assertThat(one.withPublished(Optional.of(LocalDate.of(2015, 1, 2)))).isNotEqualTo(one);
  }

  @Test
  void mentionsElsewhere_hashApart() {
    EventMention one = mention(List.of("Police", "opened", "fire"), Optional.empty());
    EventMention otherDocument = new EventMention("a2", 2, new Span(1, 2), new Span(10, 16), "opened", "open",
        List.of("Police", "opened", "fire"), Optional.empty(), Optional.empty(), List.of());
    EventMention otherPlace = new EventMention("a1", 2, new Span(1, 2), new Span(11, 17), "opened", "open",
        List.of("Police", "opened", "fire"), Optional.empty(), Optional.empty(), List.of());
    assertThat(otherDocument.hashCode()).isNotEqualTo(one.hashCode());
    assertThat(otherPlace.hashCode()).isNotEqualTo(one.hashCode());
  }
}
