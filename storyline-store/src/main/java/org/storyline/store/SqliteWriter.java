package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.engine.BatchUpdate;
import org.storyline.engine.Checkpoint;
import org.storyline.engine.StoreWriter;
import org.storyline.engine.StoryClaims;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.engine.StorySummary;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.entity.EntityDecision;

/** The writer of a {@link SqliteStore}: each {@link #commit} one SQLite transaction. */
final class SqliteWriter implements StoreWriter {

  private static final String CLUSTERER = "clusterer";

  private final SqliteStore store;
  private final WriterLock lock;
  private final Connection db;

  SqliteWriter(SqliteStore store, WriterLock lock) {
    this.store = store;
    this.lock = lock;
    this.db = store.articleTable().connection();
  }

  @Override
  public Set<ArticleId> stored(Collection<ArticleId> ids) {
    Set<ArticleId> out = new HashSet<>();
    try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      for (ArticleId id : ids) {
        st.setString(1, id.value());
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) {
            out.add(id);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw store.failure("cannot look up stored articles", e);
    }
  }

  @Override
  public void commit(BatchUpdate u) {
    try {
      Sql.inTransaction(db, () -> {
        if (!u.added().isEmpty()) {
          store.articleTable().addIn(u.added(), u.batch());
        }
        store.articleTable().addOriginsIn(u.reread());
        putFingerprints(u.fingerprints());
        store.articleTable().recordProblemsIn(u.problems());
        store.extractionTable().put(u.extractions(), u.extractorVersion());
        for (Map.Entry<ArticleId, DateEstimate> d : u.dates().entrySet()) {
          DateStore.writeInferred(db, d.getKey(), d.getValue());
        }
        store.storyTable().apply(u.stories());
        store.entityTable().replace(u.entities());
        for (StoryClaims c : u.claims()) {
          store.claimTable().replace(c);
        }
        for (StorySummary s : u.summaries()) {
          store.summaryTable().replace(s);
        }
        for (StoryTimeline t : u.timelines()) {
          store.timelineTable().replace(t);
        }
        logForSearch(u);
        return null;
      });
    } catch (SQLException e) {
      throw store.failure("could not store batch " + u.batch() + " (" + u.added().size() + " new articles); nothing of it was stored", e);
    }
    store.followStore();
  }

  /**
   * Logs what the batch may have changed for the search index: its new articles, those whose date
   * changed, and those of the stories whose articles or entities changed (the index rewrites only
   * the ones that differ). The changes the index already holds are forgotten.
   */
  private void logForSearch(BatchUpdate u) throws SQLException {
    SearchLog.forget(db, store.index().heldChange());
    Set<ArticleId> articles = new LinkedHashSet<>();
    u.added().forEach(a -> articles.add(a.id()));
    articles.addAll(u.dates().keySet());
    Set<StoryId> stories = new LinkedHashSet<>();
    u.stories().stories().forEach(s -> stories.add(s.id()));
    u.entities().forEach(e -> stories.add(e.story()));
    SearchLog.log(db, articles, stories);
  }

  @Override
  public Optional<ArticleId> recall(String fingerprint) {
    try (PreparedStatement st = db.prepareStatement(
        "SELECT f.article_id FROM input_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.fingerprint = ?")) {
      st.setString(1, fingerprint);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new ArticleId(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw store.failure("cannot look up an input's fingerprint", e);
    }
  }

  private void putFingerprints(Map<String, ArticleId> fingerprints) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        "INSERT OR REPLACE INTO input_fingerprints (fingerprint, article_id) VALUES (?, ?)")) {
      for (Map.Entry<String, ArticleId> f : fingerprints.entrySet()) {
        st.setString(1, f.getKey());
        st.setString(2, f.getValue().value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  @Override
  public long lastBatch() {
    return store.articleTable().lastBatch();
  }

  @Override
  public List<Article> batch(long number) {
    return store.articleTable().batch(number);
  }

  @Override
  public Optional<Checkpoint> checkpoint() {
    try (PreparedStatement st = db.prepareStatement("SELECT batch, state FROM engine_state WHERE name = ?")) {
      st.setString(1, CLUSTERER);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new Checkpoint(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw store.failure("cannot read the clusterer's checkpoint", e);
    }
  }

  @Override
  public void saveCheckpoint(Checkpoint checkpoint) {
    try {
      Sql.inTransaction(db, () -> {
        try (PreparedStatement st = db.prepareStatement(
            "INSERT OR REPLACE INTO engine_state (name, batch, state, saved_at) VALUES (?, ?, ?, ?)")) {
          st.setString(1, CLUSTERER);
          st.setLong(2, checkpoint.batch());
          st.setBytes(3, checkpoint.state());
          st.setString(4, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
          st.executeUpdate();
        }
        return null;
      });
    } catch (SQLException e) {
      throw store.failure("could not save the clusterer's checkpoint", e);
    }
  }

  @Override
  public void clearDerived() {
    try {
      Sql.inTransaction(db, () -> {
        Sql.exec(db, "DELETE FROM engine_state");
        SearchLog.logAll(db); // the next commit's sync rewrites them, with the stories made again
        store.storyTable().clear();
        store.entityTable().clear();
        store.claimTable().clear();
        store.timelineTable().clear();
        store.summaryTable().clear();
        return null;
      });
    } catch (SQLException e) {
      throw store.failure("could not clear the stories before clustering the store again", e);
    }
  }

  @Override
  public void addEntityDecision(EntityDecision decision) {
    store.entityTable().addDecision(decision);
  }

  @Override
  public List<StoryId> storiesNaming(String name) {
    return store.entityTable().storiesNaming(name);
  }

  @Override
  public List<ArticleId> outdated(String version, int limit) {
    return store.extractionTable().outdated(version, limit);
  }

  void release() {
    lock.close();
  }
}
