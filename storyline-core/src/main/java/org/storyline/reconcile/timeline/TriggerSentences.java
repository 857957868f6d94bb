package org.storyline.reconcile.timeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

  /** An article's text, the triggers asked about and the places of those that lie in a sentence. */
  private record Known(String text, Set<Span> asked, Map<Span, Placement> placements) {}

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

  /** The place of each trigger of {@code events} that lies in a sentence of the article. */
  Map<Span, Placement> placements(Article article, List<EventMention> events) {
    Known k;
    synchronized (known) {
      k = known.get(article.id());
    }
    if (k != null && k.text.equals(article.text()) && events.stream().allMatch(e -> k.asked.contains(e.trigger()))) {
      return k.placements;
    }
    Map<Span, Placement> out = Map.copyOf(place(article.text(), events));
    synchronized (known) {
      known.put(article.id(), new Known(article.text(), events.stream().map(EventMention::trigger).collect(Collectors.toSet()), out));
    }
    return out;
  }

  /** Tokenises the text; a trigger inside no sentence gets no place (it is left off the timeline). */
  private Map<Span, Placement> place(String text, List<EventMention> events) {
    List<Sentence> sentences = tokenizer.sentences(text);
    Map<Integer, List<String>> words = new HashMap<>();
    Map<Span, Placement> out = new HashMap<>();
    for (EventMention e : events) {
      for (Sentence s : sentences) {
        if (s.span().start() <= e.trigger().start() && e.trigger().end() <= s.span().end()) {
          List<String> w = words.computeIfAbsent(s.index(), i -> texts(s.tokens())); // made once, then shared
          out.put(e.trigger(), new Placement(s.index(), s.span(), tokens(s.tokens(), e.trigger()), w));
          break;
        }
      }
    }
    return out;
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
