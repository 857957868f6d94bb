package org.storyline.store;

import java.util.List;

/**
 * Schema version 5: what the engine keeps so that each article is analysed once and a run costs
 * what it adds, not what is stored.
 *
 * <ul>
 *   <li>{@code articles.batch}, {@code articles.arrival}: the batch that first stored an article and
 *       its place in the order articles were clustered (older stores: publication order, 100 a
 *       batch), so the clusterer can replay the batches after its checkpoint; {@code
 *       articles.cluster_date}, the date it was clustered with (its own, or the one its batch gave it).
 *   <li>{@code extractions}: each article's extraction as JSON (time expressions, entity mentions,
 *       quotes, claims; {@code json_extract} reads it), with the version of the extractors that
 *       made it.
 *   <li>{@code input_fingerprints}: which article each input read was cleaned into, so an input read
 *       again is not cleaned again.
 *   <li>{@code engine_state}: the clusterer's checkpoint and the batch it includes.
 *   <li>{@code story_entities}: the entities resolved within each story, with the store-wide entity
 *       each belongs to; {@code entities} (now with article and story counts) and {@code
 *       entity_names} aggregate them, updated for the entities a batch touches; {@code entity_links}
 *       (now with the story) gives every mention. The mention tables of version 2 are dropped: the
 *       mentions are in {@code extractions}.
 *   <li>{@code claim_groups}, {@code claim_members}: each story's claim groups; a member is a claim
 *       of an article's extraction (its position there, and the claim itself, so that a claims view
 *       reads no extraction), with the article's outlet and date.
 * </ul>
 */
final class EngineTables {

  private EngineTables() {}

  static final String DESCRIPTION = "engine: batches, extractions, checkpoint, entities per story, claim groups";

  static final List<String> STATEMENTS = List.of(
      "ALTER TABLE articles ADD COLUMN batch INTEGER",
      "ALTER TABLE articles ADD COLUMN arrival INTEGER",
      "ALTER TABLE articles ADD COLUMN cluster_date TEXT",  // the date it was clustered with (own, or inferred on arrival)
      "UPDATE articles SET cluster_date = published",
      """
      UPDATE articles SET arrival = (
        SELECT n FROM (SELECT id, row_number() OVER (ORDER BY published IS NULL, published, id) AS n FROM articles) r
        WHERE r.id = articles.id)""",
      "UPDATE articles SET batch = (arrival - 1) / 100 + 1",
      "CREATE INDEX articles_by_batch ON articles (batch, arrival)",
      """
      CREATE TABLE extractions (
        article_id   TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version      TEXT NOT NULL,  -- the extractors' version (Extractor.VERSION)
        payload      TEXT NOT NULL,  -- JSON: timexes, mentions, quotes, claims with offsets into the cleaned text
        extracted_at TEXT NOT NULL   -- ISO instant, UTC
      )""",
      "CREATE INDEX extractions_by_version ON extractions (version)",
      """
      CREATE TABLE input_fingerprints (
        fingerprint TEXT PRIMARY KEY NOT NULL,  -- of an input as read (SourceDocument.fingerprint)
        article_id  TEXT NOT NULL               -- the article it was cleaned into
      ) WITHOUT ROWID""",
      """
      CREATE TABLE engine_state (
        name     TEXT PRIMARY KEY NOT NULL,
        batch    INTEGER NOT NULL,  -- the last batch the state includes
        state    BLOB NOT NULL,
        saved_at TEXT NOT NULL
      )""",
      // stories were rebuilt by every run before; the engine clusters the store once more and keeps them from then on
      "DELETE FROM story_merges",
      "DELETE FROM cluster_decisions",
      "DELETE FROM duplicates",
      "DELETE FROM story_articles",
      "DELETE FROM sub_events",
      "DELETE FROM stories",
      "DROP TABLE entity_mentions",
      "DROP TABLE entity_articles",
      "DELETE FROM entity_links",
      "DELETE FROM entities",
      "ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE entities ADD COLUMN story_count INTEGER NOT NULL DEFAULT 0",
      "CREATE INDEX entities_by_mentions ON entities (mention_count DESC, canonical_name)",
      "ALTER TABLE entity_links ADD COLUMN story_id TEXT",
      "CREATE INDEX entity_links_by_story ON entity_links (story_id)",
      """
      CREATE TABLE story_entities (
        story_id  TEXT NOT NULL,
        local_id  TEXT NOT NULL,  -- the entity's id within the story
        entity_id TEXT NOT NULL,  -- the store-wide entity (entities.id)
        name      TEXT NOT NULL,
        type      TEXT NOT NULL,
        aliases   TEXT NOT NULL,  -- JSON array
        reasons   TEXT NOT NULL,  -- JSON array, as entities.reasons
        mentions  INTEGER NOT NULL,
        articles  INTEGER NOT NULL,
        PRIMARY KEY (story_id, local_id)
      ) WITHOUT ROWID""",
      "CREATE INDEX story_entities_by_entity ON story_entities (entity_id)",
      """
      CREATE TABLE entity_names (
        entity_id TEXT NOT NULL,
        name      TEXT NOT NULL,  -- as written
        folded    TEXT NOT NULL,  -- case, accents and punctuation folded, for look-up
        stories   INTEGER NOT NULL,  -- stories whose entity has this name
        canonical INTEGER NOT NULL,  -- stories whose entity has it as its canonical name
        PRIMARY KEY (entity_id, name)
      ) WITHOUT ROWID""",
      "CREATE INDEX entity_names_by_folded ON entity_names (folded)",
      """
      CREATE TABLE claim_groups (
        story_id     TEXT NOT NULL,
        number       INTEGER NOT NULL,  -- 1 = the largest group
        thing        TEXT NOT NULL,
        owner        TEXT,
        modality     TEXT NOT NULL,
        unit         TEXT NOT NULL,
        disagreement INTEGER NOT NULL CHECK (disagreement IN (0, 1)),
        size         INTEGER NOT NULL,
        PRIMARY KEY (story_id, number)
      ) WITHOUT ROWID""",
      "CREATE INDEX claim_groups_by_size ON claim_groups (size DESC, story_id, number)",
      """
      CREATE TABLE claim_members (
        story_id    TEXT NOT NULL,
        number      INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        claim_index INTEGER NOT NULL,  -- position of the claim in the article's extraction
        claim       TEXT NOT NULL,     -- the claim as JSON, as in the extraction
        outlet      TEXT,              -- the article's outlet and date when grouped
        published   TEXT,
        PRIMARY KEY (story_id, number, position)
      ) WITHOUT ROWID""",
      "CREATE INDEX stories_by_size ON stories (article_count DESC, seq)",
      "CREATE INDEX stories_by_last ON stories (last_date DESC, article_count DESC, id)");
}
