package org.storyline.summarize;

import java.util.List;
import org.storyline.extract.Extraction;

/**
 * Gives a story a headline from its articles.
 *
 * <p>Contract: the headline is one line of text taken or composed from the articles' titles and
 * leads (never empty when any article has text), naming what most of the articles are about rather
 * than what one of them says first; it depends only on the set of articles, not on their order.
 * Implementations are thread-safe.
 */
public interface Headliner {

  /**
   * The headline of the story told by {@code story}.
   *
   * @throws IllegalArgumentException when {@code story} is empty
   */
  String headline(List<Extraction> story);
}
