package org.storyline.pipeline;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Origin;

/**
 * Where the pipeline hands cleaned articles, a batch at a time. A sink that stores must store
 * each batch atomically: the pipeline's promise that a killed run can simply be run again rests on
 * it.
 */
@FunctionalInterface
public interface BatchSink {

  /** Takes one batch; returns how many of its articles were new to the sink. */
  int accept(List<Article> batch);

  /** An input that {@link InputMemory} recognised, read from {@code origin}: not cleaned, not in any batch. */
  default void recalled(ArticleId article, Origin origin) {}
}
