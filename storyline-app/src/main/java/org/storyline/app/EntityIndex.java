package org.storyline.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.Extractor;
import org.storyline.model.Article;
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
    if (!(articles instanceof SqliteArticleStore store)) {
      throw new IllegalArgumentException("entities live in a SQLite store");
    }
    EntityStore entities = EntityStore.of(store);
    List<ArticleId> todo = entities.articlesWithoutMentions();
    if (!todo.isEmpty()) {
      Extractor extractor = Extractor.withDefaults();
      Map<ArticleId, List<Mention>> batch = new LinkedHashMap<>();
      for (ArticleId id : todo) {
        Article a = store.get(id).orElseThrow();
        batch.put(id, extractor.extract(a).mentions());
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
