package org.storyline.store;

import java.util.List;

/**
 * Schema version 7: what keeps the full-text index beside the store ({@code FILE.index/}) in step
 * with it, an outbox written in the same transaction as each batch.
 *
 * <ul>
 *   <li>{@code search_sync}: one row, the store's random id (an index records it, so an index copied
 *       from another store is rebuilt, not patched), the number of the last change logged, and the
 *       last change forgotten (an index older than that, restored from a backup, is rebuilt).
 *   <li>{@code search_changes}: the articles each change may have altered for the index (new ones,
 *       ones whose story, date or entities may have changed). The index records in its own commit
 *       the change it holds; on open, the articles of later changes are indexed again. Rows the
 *       index holds are deleted by a later batch.
 * </ul>
 */
final class SearchTables {

  private SearchTables() {}

  static final String DESCRIPTION = "search: the store's id and the changes the full-text index has to follow";

  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE search_sync (
        store_id TEXT NOT NULL,     -- random, made once
        change    INTEGER NOT NULL,  -- the last change number logged in search_changes
        forgotten INTEGER NOT NULL   -- the changes up to this one are no longer logged (an index held them)
      )""",
      "INSERT INTO search_sync (store_id, change, forgotten) VALUES (lower(hex(randomblob(16))), 0, 0)",
      """
      CREATE TABLE search_changes (
        change     INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (change, article_id)
      ) WITHOUT ROWID""");

  /**
   * PostgreSQL only: its own full-text search stands for the Lucene index, so the articles get what
   * a search reads, kept by the database itself in the transaction that writes the article.
   *
   * <ul>
   *   <li>{@code search}: the title's words (weight A) and the text's (weight B), lowercased and
   *       nothing else (configuration {@code simple}: no stop words, no stemming), as the Lucene
   *       index reads them; a GIN index serves {@code @@}.
   *   <li>{@code search_outlet}: the outlet as search shows and counts it (the outlet, else the
   *       address's host without {@code www.}, the original address of an archived page), what
   *       {@code Outlets.name} gives in Java.
   * </ul>
   */
  static final List<String> POSTGRES_STATEMENTS = List.of(
      """
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED""",
      "CREATE INDEX articles_search ON articles USING GIN (search)",
      """
      ALTER TABLE articles ADD COLUMN search_outlet TEXT GENERATED ALWAYS AS (coalesce(
        nullif(btrim(outlet, E' \\t\\r\\n'), ''),
        regexp_replace(substring(
          CASE WHEN url LIKE '%web.archive.org%' AND strpos(substr(url, 9), '/http') > 0
            THEN substr(url, 9 + strpos(substr(url, 9), '/http')) ELSE btrim(url) END
          FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)'), '^www\\.', ''))) STORED""",
      "CREATE INDEX articles_by_outlet ON articles (search_outlet)");
}
