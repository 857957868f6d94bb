package org.storyline.store.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.storyline.model.ArticleId;

/**
 * What a {@link LuceneIndex} reads from the store it follows. The store logs, in the transaction of
 * each batch, the articles the batch may have changed for the index under a new change number; the
 * index records in its own commit the change number it holds, and asks for the articles of later
 * changes to catch up.
 *
 * <p>Contract: called from the one thread that writes the store, between its transactions, so each
 * call sees the store as of its last commit.
 */
public interface IndexSource {

  /** A random id made once per store, so that an index knows which store it was built from. */
  String storeId();

  /** The number of the last change logged; 0 when none was. */
  long lastChange();

  /**
   * The last change no longer logged (the log keeps only what an index may still need); an index
   * holding an older change than this one cannot catch up and is rebuilt.
   */
  long forgotten();

  /** The articles logged by the changes after {@code change}, each once. */
  List<ArticleId> changedAfter(long change);

  /** What the index holds of each of these articles that is stored; an article not stored is left out. */
  Map<ArticleId, IndexedArticle.Facts> facts(Collection<ArticleId> ids);

  /** The canonical name of each of these store-wide entities that still exists, by id. */
  Map<String, String> entityNames(Collection<String> entityIds);

  /** These articles as the index holds them (the stored ones only). */
  List<IndexedArticle> articles(Collection<ArticleId> ids);

  /** Every stored article, in pages of at most {@code pageSize}, for a rebuild. */
  void forEachPage(int pageSize, Consumer<List<IndexedArticle>> page);
}
