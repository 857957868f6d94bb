package org.storyline.search;

/**
 * Searches the stored articles. Implementations are thread-safe: the web server calls one from
 * many request threads while the engine keeps the index in step with the store.
 *
 * <p>Contract: a result counts every matching article ({@link SearchResult#total}), lists the page
 * asked for, in descending relevance (ties by newer date first), and gives facet counts computed
 * as drill-sideways counts: the counts of a facet ignore the filter on that same facet, so choosing
 * an outlet does not hide the other outlets' counts.
 */
public interface ArticleSearch {

  /**
   * The page of results of {@code query}.
   *
   * @throws SearchSyntaxException when the query text cannot be parsed; its message says where
   */
  SearchResult search(SearchQuery query);
}
