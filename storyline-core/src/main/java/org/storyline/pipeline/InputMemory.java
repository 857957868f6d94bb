package org.storyline.pipeline;

import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.SourceDocument;

/**
 * What earlier runs made of their inputs, so that an input read again is not cleaned again: an
 * input is recognised by its {@link SourceDocument#fingerprint()} (its bytes as read and its
 * metadata, wherever it was read from).
 *
 * <p>Contract: {@link #recall} gives an article only if an identical input was cleaned into it and
 * the article is still kept; {@link #remember} is told of every input cleaned; {@link #recallFile}
 * gives a record only once every article it names is kept (the record is committed with the last
 * of them).
 */
public interface InputMemory {

  /** Remembers nothing: every input is cleaned. */
  InputMemory NONE = new InputMemory() {
    @Override
    public Optional<ArticleId> recall(SourceDocument doc) {
      return Optional.empty();
    }

    @Override
    public void remember(SourceDocument doc, Article article) {}
  };

  /**
   * What an earlier run made of the file of {@code key}, if it read it to its end and that was
   * committed (see {@link InputRecord}); the file's bytes are then compared with the record's.
   */
  default Optional<InputRecord> recallFile(InputRecord.Key key) {
    return Optional.empty();
  }

  /** The article an identical input was cleaned into, if it is kept. */
  Optional<ArticleId> recall(SourceDocument doc);

  /** An input was cleaned into {@code article}. */
  void remember(SourceDocument doc, Article article);
}
