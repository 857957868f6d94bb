package org.storyline.store;

import java.util.List;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Origin;
import org.storyline.model.Problem;

/**
 * Where articles live between runs: the embedded default is one SQLite file that any analyst can
 * open.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>{@link #add} is atomic: after it returns every article of the batch is stored; if the
 *       process dies during it, none of the batch is, and the file still opens.
 *   <li>Storing is idempotent: an article whose id is stored already is not stored again (its new
 *       origin is recorded as another source of the same article).
 *   <li>{@link #get} gives back an article equal to the one added, text, layout, source, source
 *       map and removals included.
 * </ul>
 *
 * Not thread-safe: one writer at a time.
 */
public interface ArticleStore extends AutoCloseable {

  /** Stores a batch atomically and says which of its articles were new. */
  AddResult add(List<Article> batch);

  /** Records problems met while reading inputs, so a later look can list them. */
  void recordProblems(List<Problem> problems);

  /** The number of stored articles (not of their origins). */
  long count();

  /** The stored article with this id; its {@code origin} is the first input it was stored from. */
  Optional<Article> get(ArticleId id);

  /**
   * The article whose id starts with {@code prefix}, when exactly one does: empty when none does
   * and also when the prefix is ambiguous.
   *
   * @throws IllegalArgumentException when {@code prefix} is not 4 to 16 hex digits
   */
  Optional<Article> findByIdPrefix(String prefix);

  /** Every article, ordered by publication date (undated last), then id. */
  List<Article> all();

  /** Every input the article was read from, in the order they were first stored. */
  List<Origin> origins(ArticleId id);

  /** Releases the store; any later call but {@code close} throws {@link IllegalStateException}. */
  @Override
  void close();

  /** What {@link #add} did: ids newly stored and ids that were stored already. */
  record AddResult(List<ArticleId> added, List<ArticleId> alreadyStored) {
    public AddResult {
      added = List.copyOf(added);
      alreadyStored = List.copyOf(alreadyStored);
    }
  }
}
