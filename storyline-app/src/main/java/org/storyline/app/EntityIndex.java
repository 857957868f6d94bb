package org.storyline.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.model.ArticleId;
import org.storyline.model.Mention;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.store.ArticleStore;
import org.storyline.store.EntityStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Brings a store's entities up to date: extracts the mentions of articles stored since the last
 * time (each article once), then resolves every stored mention again, applying the user's
 * decisions, and stores the result. Resolution is rebuilt whole, not patched: it is cheap next
 * to extraction, and a new article can change how earlier names resolve (a bare surname that was
 * unambiguous may stop being so).
 */
final class EntityIndex {

  private static final int BATCH = 50;

  private EntityIndex() {}

  /** The store's entities, brought up to date. */
  static List<Entity> refresh(ArticleStore articles) {
    return refresh(articles, Map.of());
  }

  /**
   * The same, taking the mentions of articles already extracted from {@code known} instead of
   * tagging them again.
   */
  static List<Entity> refresh(ArticleStore articles, Map<ArticleId, Extraction> known) {
    if (!(articles instanceof SqliteArticleStore store)) {
      throw new IllegalArgumentException("entities live in a SQLite store");
    }
    EntityStore entities = EntityStore.of(store);
    List<ArticleId> todo = entities.articlesWithoutMentions();
    if (!todo.isEmpty()) {
      Extractor extractor = null;
      Map<ArticleId, List<Mention>> batch = new LinkedHashMap<>();
      for (ArticleId id : todo) {
        Extraction done = known.get(id);
        if (done == null && extractor == null) {
          extractor = Extractor.withDefaults(); // loads the model only when some article needs it
        }
        batch.put(id, done != null ? done.mentions() : extractor.mentions(store.get(id).orElseThrow()));
        if (batch.size() == BATCH) {
          entities.putMentions(batch);
          batch.clear();
        }
      }
      entities.putMentions(batch);
    }
    List<Entity> resolved = new RuleEntityResolver().resolve(entities.allMentions(), entities.decisions());
    entities.replaceEntities(resolved);
    return resolved;
  }
}
