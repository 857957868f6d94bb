package org.storyline.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;

/**
 * A tokenizer that remembers the sentences of the last texts it split and gives them again for
 * an equal text. The engine splits an article when it extracts it, and the story timeline, a step
 * later, needs the sentences of the same article again (to place each event trigger in its
 * sentence): splitting it a second time was a seventh of the timeline's CPU on GVA development
 * articles (docs/event-mentions.md, Speed). Both use {@link #shared()}.
 *
 * <p>The sentences are the wrapped tokenizer's, so the answer is the one it gives; only the work
 * is saved. Thread-safe; at most {@code capacity} texts are kept, the least recently used dropped
 * first.
 */
public final class RememberingTokenizer implements Tokenizer {

  /** Texts kept by {@link #shared()}: two of the engine's batches of 100 (one extracted while the last is reconciled). */
  static final int SHARED_CAPACITY = 256;

  private static final class Shared {
    static final RememberingTokenizer INSTANCE = new RememberingTokenizer(new RuleTokenizer(), SHARED_CAPACITY);
  }

  private final Tokenizer tokenizer;
  /** Guarded by itself: extraction runs on several threads, and the timeline on others. */
  private final Map<String, List<Sentence>> known;

  public RememberingTokenizer(Tokenizer tokenizer, int capacity) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.known = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<Sentence>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The rule tokenizer, remembering for the whole process: what the extractor and the timeline share. */
  public static RememberingTokenizer shared() {
    return Shared.INSTANCE;
  }

  /** The tokenizer whose sentences this one gives. */
  Tokenizer remembered() {
    return tokenizer;
  }

  @Override
  public List<Sentence> sentences(String text) {
    List<Sentence> sentences;
    synchronized (known) {
      sentences = known.get(text);
    }
    if (sentences == null) {
      sentences = List.copyOf(tokenizer.sentences(text)); // a caller may not change what the next one gets
      synchronized (known) {
        known.put(text, sentences);
      }
    }
    return sentences;
  }
}
