package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.text.Tokenizer;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;

/**
 * Where each trigger of an article sits: its sentence and the sentence's words, which event
 * coreference compares. Remembered per article (its text and the triggers asked about), because a
 * story's timeline is built again whenever a batch touches the story and tokenising all its
 * articles again each time cost more than the rest of the timeline. Holds the words of the
 * sentences that hold triggers only; at most {@code capacity} articles, the least recently used
 * dropped first. Thread-safe.
 */
final class TriggerSentences {

  /**
   * A trigger's place.
   *
   * @param sentence the index of its sentence in the article
   * @param span the sentence's characters in the article's text
   * @param tokens the trigger's tokens among the sentence's, {@code [start, end)}
   * @param words the sentence's tokens as written
   */
  record Placement(int sentence, Span span, Span tokens, List<String> words) {}

  /**
   * An article's text, the triggers asked about in order ({@link Span#compareTo}) and the place of
   * each (null for one in no sentence): found by binary search rather than hashed, since hashing a
   * span is the record's run-time made method.
   */
  private record Known(String text, Span[] asked, Placement[] placements) {
    /** The places of the triggers of {@code events}, or null when one of them was not asked about. */
    Placement[] find(List<EventMention> events) {
      Placement[] out = new Placement[events.size()];
      for (int i = 0; i < out.length; i++) {
        int at = Arrays.binarySearch(asked, events.get(i).trigger());
        if (at < 0) {
          return null;
        }
        out[i] = placements[at];
      }
      return out;
    }

    static Known of(String text, List<EventMention> events, Placement[] placed) {
      Integer[] order = new Integer[placed.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> events.get(a).trigger().compareTo(events.get(b).trigger()));
      Span[] asked = new Span[order.length];
      Placement[] placements = new Placement[order.length];
      for (int i = 0; i < order.length; i++) {
        asked[i] = events.get(order[i]).trigger();
        placements[i] = placed[order[i]];
      }
      return new Known(text, asked, placements);
    }
  }

  private final Tokenizer tokenizer;
  private final Map<ArticleId, Known> known;

  TriggerSentences(Tokenizer tokenizer, int capacity) {
    this.tokenizer = tokenizer;
    this.known = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<ArticleId, Known> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The place of the trigger of each of {@code events}, in their order: null for one that lies in
   * no sentence of the article. The caller must not change the array.
   */
  Placement[] placements(Article article, List<EventMention> events) {
    Known k;
    synchronized (known) {
      k = known.get(article.id());
    }
    if (k != null && k.text.equals(article.text())) {
      Placement[] found = k.find(events);
      if (found != null) {
        return found;
      }
    }
    Placement[] out = place(article.text(), events);
    Known made = Known.of(article.text(), events, out);
    synchronized (known) {
      known.put(article.id(), made);
    }
    return out;
  }

  /**
   * Tokenises the text; a trigger inside no sentence gets no place (it is left off the timeline).
   * A trigger's sentence is the first that holds it; sentences follow one another without
   * overlapping (the tokenizer's contract), so only the last one starting at or before it may
   * (or the one before, for an empty trigger where two sentences touch), found by binary search.
   */
  private Placement[] place(String text, List<EventMention> events) {
    List<Sentence> sentences = tokenizer.sentences(text);
    int[] starts = starts(sentences);
    List<List<String>> words = new ArrayList<>(Collections.nCopies(sentences.size(), null));
    Placement[] out = new Placement[events.size()];
    for (int i = 0; i < out.length; i++) {
      Span trigger = events.get(i).trigger();
      int k = holding(sentences, starts, trigger);
      if (k >= 0) {
        Sentence s = sentences.get(k);
        List<String> w = words.get(k);
        if (w == null) { // made once per sentence, then shared
          w = texts(s.tokens());
          words.set(k, w);
        }
        out[i] = new Placement(s.index(), s.span(), tokens(s.tokens(), trigger), w);
      }
    }
    return out;
  }

  /** Where each sentence starts: what {@link #holding} searches. */
  static int[] starts(List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sentences.get(k).span().start();
    }
    return starts;
  }

  /** The position of the first of {@code sentences} (a tokenizer's, in order) that holds {@code trigger}, or -1. */
  static int holding(List<Sentence> sentences, int[] starts, Span trigger) {
    int at = Arrays.binarySearch(starts, trigger.start());
    int last = at >= 0 ? at : -at - 2; // the last sentence starting at or before the trigger
    for (int k = Math.max(0, last - 1); k <= last; k++) {
      Span span = sentences.get(k).span();
      if (span.start() <= trigger.start() && trigger.end() <= span.end()) {
        return k;
      }
    }
    return -1;
  }

  private static List<String> texts(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).text();
    }
    return List.of(out);
  }

  /** The tokens the trigger overlaps; the nearest one when it overlaps none (it should not happen). */
  private static Span tokens(List<Token> tokens, Span trigger) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > trigger.start() && t.start() < trigger.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      first = last = nearestToken(tokens, trigger.start());
    }
    return Span.of(first, last + 1);
  }

  private static int nearestToken(List<Token> tokens, int at) {
    int best = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (Math.abs(tokens.get(i).start() - at) < Math.abs(tokens.get(best).start() - at)) {
        best = i;
      }
    }
    return best;
  }
}
