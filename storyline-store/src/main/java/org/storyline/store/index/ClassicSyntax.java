package org.storyline.store.index;

import org.apache.lucene.search.Query;
import org.storyline.search.SearchSyntaxException;

/**
 * The classic query syntax as both searches read it: the Lucene index searches the query read
 * here, and a PostgreSQL store's search maps the same query to SQL, so a query means the same, and
 * fails with the same message, on either store. The field names are those a query may use.
 */
public final class ClassicSyntax {

  public static final String TITLE = Fields.TITLE;
  public static final String TEXT = Fields.TEXT;
  public static final String OUTLET = Fields.OUTLET;
  public static final String ENTITY = Fields.ENTITY;
  /** Epoch days, as a range of points ({@code LongPoint}). */
  public static final String DATE = Fields.DATE;

  /** Articles shown for each story when results are grouped. */
  public static final int BEST_PER_STORY = LuceneSearch.BEST_PER_STORY;
  /** Values listed for the outlet and entity facets (months: all). */
  public static final int FACET_VALUES = LuceneSearch.FACET_VALUES;
  /** Snippets shown for each article. */
  public static final int PASSAGES = LuceneSearch.PASSAGES;

  private ClassicSyntax() {}

  /**
   * The query {@code text} stands for (words lowercased as the index holds them); every article
   * when it is blank.
   *
   * @throws SearchSyntaxException naming the query and the reason, in one line
   */
  public static Query read(String text) {
    return QueryReader.read(text, Fields.analyzer());
  }
}
