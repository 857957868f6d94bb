package org.storyline.store;

import java.util.List;

/**
 * The entity part of the store's schema, one migration appended to {@link Schema#MIGRATIONS}.
 *
 * <ul>
 *   <li>{@code entity_articles}: articles whose mentions were extracted (so an article with none
 *       is not extracted again); {@code entity_mentions}: what the recogniser found in each.
 *   <li>{@code entities}, {@code entity_links}: the entities as last resolved, rebuilt whole from
 *       the stored mentions and the decisions at every resolution (a cache an analyst can query;
 *       Storyline itself resolves again rather than read it).
 *   <li>{@code entity_decisions}: the user's merges and splits, in the order made. Nothing but the
 *       user writes them; every resolution applies them.
 * </ul>
 */
final class EntityTables {

  private EntityTables() {}

  static final String DESCRIPTION = "entities: extracted mentions, resolved entities, user decisions";

  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE entity_articles (
        article_id   TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        extracted_at TEXT NOT NULL  -- ISO instant, UTC
      )""",
      """
      CREATE TABLE entity_mentions (
        article_id TEXT NOT NULL REFERENCES entity_articles (article_id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,  -- offsets into the article's cleaned text
        "end"      INTEGER NOT NULL,
        type       TEXT NOT NULL,  -- EntityType
        text       TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end"),
        CHECK (0 <= start AND start < "end")
      ) WITHOUT ROWID""",
      """
      CREATE TABLE entities (
        id             TEXT PRIMARY KEY NOT NULL,
        canonical_name TEXT NOT NULL,
        type           TEXT NOT NULL,  -- EntityType
        aliases        TEXT NOT NULL,  -- JSON array of strings
        reasons        TEXT NOT NULL,  -- JSON array of {"kind","name","other","article","explanation"}
        mention_count  INTEGER NOT NULL
      )""",
      "CREATE INDEX entities_by_name ON entities (canonical_name)",
      """
      CREATE TABLE entity_links (
        entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        text       TEXT NOT NULL
      )""",
      "CREATE INDEX entity_links_by_article ON entity_links (article_id, start)",
      "CREATE INDEX entity_links_by_entity ON entity_links (entity_id)",
      """
      CREATE TABLE entity_decisions (
        id    INTEGER PRIMARY KEY,  -- the order decisions are applied in
        kind  TEXT NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
        name  TEXT NOT NULL,
        other TEXT NOT NULL,
        at    TEXT NOT NULL  -- ISO instant, UTC
      )""");
}
