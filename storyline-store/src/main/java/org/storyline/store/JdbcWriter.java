package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.engine.BatchUpdate;
import org.storyline.engine.Checkpoint;
import org.storyline.engine.StoreWriter;
import org.storyline.engine.StoryClaims;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.pipeline.InputRecord;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.entity.EntityDecision;

/**
 * The writer of a {@link JdbcStore}: each {@link #commit} one transaction, idempotent (a batch
 * committed again replaces its own rows: every write is an upsert keyed by article, story or
 * entity id, or a delete and insert of one story's rows).
 */
final class JdbcWriter implements StoreWriter {

  private static final String CLUSTERER = "clusterer";
  /**
   * The stories whose entities the writer remembers: those a batch touches are mostly the recent
   * ones, and a story forgotten is only written whole (GVA dev's 1,854 stories hold some 23,000
   * entities with 47,000 mentions).
   */
  private static final int REMEMBERED_STORIES = 4096;

  private final JdbcStore store;
  private final AutoCloseable lock;
  private final Connection db;
  private final InputTables inputs;
  private final WrittenEntities writtenEntities = new WrittenEntities(REMEMBERED_STORIES);

  /** The writer of {@code store}, holding its writer's {@code lock} until {@link #release}. */
  JdbcWriter(JdbcStore store, AutoCloseable lock) {
    this.store = store;
    this.lock = lock;
    this.db = store.articleTable().connection();
    this.inputs = new InputTables(db);
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
        inputs.put(u.filesRead());
        store.extractionTable().put(u.extractions(), u.extractorVersion());
        for (Map.Entry<ArticleId, DateEstimate> d : u.dates().entrySet()) {
          DateStore.writeInferred(db, d.getKey(), d.getValue());
        }
        store.storyTable().apply(u.stories());
        store.entityTable().replace(u.entities(), writtenEntities);
        for (StoryClaims c : u.claims()) {
          store.claimTable().replace(c);
        }
        store.summaryTable().replace(u.summaries());
        store.timelineTable().replace(u.timelines());
        store.searchSide().logIn(db, u);
        if (changesViews(u)) {
          InputTables.nextGeneration(db);
        }
        return null;
      });
      writtenEntities.committed();
    } catch (SQLException e) {
      writtenEntities.forget(); // rolled back: the rows are as before the batch, which it may no longer know
      throw store.failure("could not store batch " + u.batch() + " (" + u.added().size() + " new articles); nothing of it was stored", e);
    } catch (RuntimeException | Error e) {
      writtenEntities.forget();
      throw e;
    }
    store.searchSide().committed();
  }

  /** Whether a batch changes what a view may show: more than what was read again, and the problems met. */
  private static boolean changesViews(BatchUpdate u) {
    return !u.added().isEmpty() || !u.extractions().isEmpty() || !u.dates().isEmpty() || !u.stories().isEmpty()
        || !u.entities().isEmpty() || !u.claims().isEmpty() || !u.timelines().isEmpty() || !u.summaries().isEmpty();
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

  @Override
  public Optional<InputRecord> input(InputRecord.Key key) {
    try {
      return inputs.get(key);
    } catch (SQLException e) {
      throw store.failure("cannot look up what was read of " + key.path(), e);
    }
  }

  private void putFingerprints(Map<String, ArticleId> fingerprints) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        """
        INSERT INTO input_fingerprints (fingerprint, article_id) VALUES (?, ?)
        ON CONFLICT (fingerprint) DO UPDATE SET article_id = excluded.article_id""")) {
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
            """
            INSERT INTO engine_state (name, batch, state, saved_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET batch = excluded.batch, state = excluded.state, saved_at = excluded.saved_at""")) {
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
        store.searchSide().logAllIn(db);
        store.storyTable().clear();
        store.entityTable().clear();
        writtenEntities.forget();
        store.claimTable().clear();
        store.timelineTable().clear();
        store.summaryTable().clear();
        InputTables.nextGeneration(db);
        return null;
      });
    } catch (SQLException e) {
      throw store.failure("could not clear the stories before clustering the store again", e);
    }
  }

  @Override
  public void addEntityDecision(EntityDecision decision) {
    store.entityTable().addDecision(decision);
    try {
      Sql.inTransaction(db, () -> {
        InputTables.nextGeneration(db);
        return null;
      });
    } catch (SQLException e) {
      throw store.failure("could not record the entity decision", e);
    }
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
    try {
      lock.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException(store.location(), "cannot release the writer's lock: " + e.getMessage(), e);
    }
  }
}
