package org.storyline.store;

import java.util.List;

/** The schema of inferred publication dates: why each was inferred. */
final class DateTables {

  static final String DESCRIPTION = "inferred publication dates and their evidence";

  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE date_evidence (
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        text_start  INTEGER,          -- span in the article's cleaned text, when the clue is there
        text_end    INTEGER,
        text        TEXT,
        peer_id     TEXT,             -- the dated article that gave the clue, when one did
        peer_start  INTEGER,          -- span in the peer's cleaned text
        peer_end    INTEGER,
        peer_text   TEXT,
        peer_date   TEXT,
        weight      REAL NOT NULL,
        explanation TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
      ) WITHOUT ROWID""");

  private DateTables() {}
}
