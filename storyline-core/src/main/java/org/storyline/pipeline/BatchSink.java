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

  /**
   * An article of a file whose bytes were read before ({@link InputMemory#recallFile}: the file
   * unchanged, or the part before the lines appended to it): stored, its origin too; not read again.
   */
  default void known(ArticleId article) {}

  /**
   * Every document of a file was handed on, in the batches given to {@link #accept} so far or the
   * next one: a storing sink keeps {@code record} in the same transaction as the last of them or a
   * later one, never before (a run killed in between must read the file again).
   */
  default void fileRead(InputRecord record) {}
}
