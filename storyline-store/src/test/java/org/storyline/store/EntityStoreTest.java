package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.StoryEntities;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.entity.EntityKeys;
import org.storyline.reconcile.entity.EntityMention;

/** Store-wide entities: the story entities that share a key, and only those. */
class EntityStoreTest {

  @TempDir Path dir;

  @StoreKind.Each
  void keysThatDifferInAShortWord_makeDifferentEntities(StoreKind kind) throws Exception {
    try (JdbcStore store = JdbcStore.at(kind.newStore(dir))) {
      List<Article> articles = TestArticles.generated(1, 3);
      store.articleTable().add(articles);
      List<String[]> names = List.of(new String[] {"LOCATION", "WA"}, new String[] {"LOCATION", "VA"},
          new String[] {"ORGANIZATION", "SPD"}, new String[] {"ORGANIZATION", "SPPD"}, new String[] {"ORGANIZATION", "WCJB"},
          new String[] {"ORGANIZATION", "WCYB"});
      List<StoryEntities> stories = List.of(story(articles.get(0), names.subList(0, 3)), story(articles.get(1), names.subList(3, 6)));
      Sql.inTransaction(store.articleTable().connection(), () -> {
        store.entityTable().replace(stories, new WrittenEntities(1));
        return null;
      });
      assertThat(store.entityCount()).isEqualTo(6);
      assertThat(store.entity("WA").orElseThrow().aliases()).isEmpty();
      assertThat(store.entity("SPD").orElseThrow().aliases()).isEmpty();
    }
  }

  /** A story of one article naming each of {@code names} (type, name) once. */
  private static StoryEntities story(Article a, List<String[]> names) {
    List<StoryEntities.Linked> out = new ArrayList<>();
    int at = 0;
    for (String[] n : names) {
      EntityType type = EntityType.valueOf(n[0]);
      EntityMention m = new EntityMention(a.id(), Span.of(at, at + n[1].length()), n[1], type);
      at += n[1].length() + 1;
      Entity e = new Entity(EntityId.derive(type, n[1], ""), n[1], type, new TreeSet<>(), List.of(m), List.of());
      out.add(new StoryEntities.Linked(e, EntityKeys.linkKey(e).orElseThrow()));
    }
    return new StoryEntities(StoryId.startedBy(a.id()), out);
  }
}
