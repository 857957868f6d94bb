package org.storyline.reconcile.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Span;

/**
 * One event mention as event coreference sees it: where it is, its trigger and the sentence around
 * it. An event detector's mention maps onto it field by field; only the document, the offsets, the
 * trigger and the sentence are required, the rest sharpens the decisions when known.
 *
 * @param document the id of the document (article) it is in
 * @param sentence the index of its sentence in the document, from 0
 * @param tokens the trigger's tokens in {@code sentenceTokens}, {@code [start, end)}
 * @param chars the trigger's character offsets in the document's text (what it is scored by)
 * @param trigger the trigger as written ("opened fire", "the Dec. 7 call": the words that name the event)
 * @param lemma the head word's lemma, or the head word itself: coreferencers normalise inflection
 *     themselves, so "attacked" and "attack" are both fine
 * @param sentenceTokens the tokens of its sentence, as written
 * @param published the document's publication date, when known
 * @param time the day the text places the event on, when a time expression or the detector gave one
 * @param participants the names of its participants (agents, patients, places) as written, possibly none
 */
public record EventMention(String document, int sentence, Span tokens, Span chars, String trigger, String lemma,
    List<String> sentenceTokens, Optional<LocalDate> published, Optional<LocalDate> time, List<String> participants) {

  public EventMention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(chars, "chars");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(lemma, "lemma");
    sentenceTokens = List.copyOf(sentenceTokens);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(time, "time");
    participants = List.copyOf(participants);
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
    }
    if (tokens.end() > sentenceTokens.size()) {
      throw new IllegalArgumentException("tokens " + tokens + " past the sentence's " + sentenceTokens.size() + " tokens");
    }
  }

  /**
   * Hashes where the mention is and its trigger, not its sentence's tokens: mentions, and whole
   * lists of a story's mentions, are the keys of the coreferencers' caches, and hashing every
   * token of every mention's sentence was about 1% of an {@code analyze}'s CPU. Equal mentions
   * still hash alike; equality is the record's, every component.
   */
  @Override
  public int hashCode() {
    int h = document.hashCode();
    h = 31 * h + sentence;
    // the span's own hash, written out: the record's is made at run time, slow under the quick compiler
    h = 31 * h + 31 * chars.start() + chars.end();
    return 31 * h + trigger.hashCode();
  }

  /** A mention with no date, time or participants: what gold-mention data sets give. */
  public static EventMention of(String document, int sentence, Span tokens, Span chars, String trigger, String lemma,
      List<String> sentenceTokens) {
    return new EventMention(document, sentence, tokens, chars, trigger, lemma, sentenceTokens, Optional.empty(),
        Optional.empty(), List.of());
  }

  /** The same mention with the document's publication date. */
  public EventMention withPublished(Optional<LocalDate> date) {
    return new EventMention(document, sentence, tokens, chars, trigger, lemma, sentenceTokens, date, time, participants);
  }
}
