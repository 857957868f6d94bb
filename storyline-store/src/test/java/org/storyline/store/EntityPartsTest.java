package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.StoryEntities;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;

/**
 * {@link EntityStore#replace} writing only the parts of a story that changed ({@link
 * WrittenEntities} remembering what was written) leaves every row of the entity tables as writing
 * each story whole does, batch after batch.
 */
class EntityPartsTest {

  private static final String[] NAMES = {"Ann Lee", "Lee", "Bob Stone", "Oak Park", "City Police", "Mayor"};
  private static final String[] TABLES = {
    "SELECT story_id, local_id, entity_id, name, type, aliases, reasons, mentions, articles FROM story_entities",
    "SELECT entity_id, article_id, start, \"end\", text, story_id FROM entity_links",
    "SELECT id, canonical_name, type, aliases, reasons, mention_count, article_count, story_count FROM entities",
    "SELECT entity_id, name, folded, stories, canonical FROM entity_names"};

  @TempDir Path dir;

  @Test
  void batchesOfChangingStories_leaveTheRowsOfWholeRewrites() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      try (JdbcStore parts = JdbcStore.at(dir.resolve("parts" + seed + ".db").toString());
          JdbcStore whole = JdbcStore.at(dir.resolve("whole" + seed + ".db").toString())) {
        List<Article> articles = TestArticles.generated(1, 5);
        parts.articleTable().add(articles);
        whole.articleTable().add(articles);
        WrittenEntities written = new WrittenEntities(2);
        Map<StoryId, List<StoryEntities.Linked>> last = new HashMap<>();
        for (int batch = 0; batch < 12; batch++) {
          List<StoryEntities> stories = batch(random, articles, last);
          replace(parts, stories, written);
          written.committed();
          replace(whole, stories, new WrittenEntities(1));
          assertThat(rows(parts)).as("seed %d, batch %d", seed, batch).isEqualTo(rows(whole));
        }
      }
    }
  }

  @Test
  void aRolledBackBatch_isForgotten() throws Exception {
    try (JdbcStore store = JdbcStore.at(dir.resolve("s.db").toString())) {
      List<Article> articles = TestArticles.generated(1, 3);
      store.articleTable().add(articles);
      WrittenEntities written = new WrittenEntities(10);
      StoryId story = StoryId.startedBy(articles.get(0).id());
      replace(store, List.of(new StoryEntities(story, List.of(linked(articles.get(0), "Ann Lee", 0, "k1")))), written);
      written.committed();
      Map<String, List<String>> before = rows(store);
      Connection db = store.articleTable().connection();
      assertThatThrownBy(() -> Sql.inTransaction(db, () -> {
        store.entityTable().replace(List.of(new StoryEntities(story, List.of(linked(articles.get(1), "Bob Stone", 0, "k2")))),
            written);
        throw new SQLException("the batch fails after its entities");
      })).hasMessageContaining("fails");
      written.forget(); // as the writer does when its transaction fails
      assertThat(rows(store)).isEqualTo(before);
      assertThat(written.of(story.value())).isNull();
    }
  }

  @Test
  void aStoryWithTwoEntitiesOfOneLocalId_isNotRemembered() {
    WrittenEntities written = new WrittenEntities(10);
    Article a = TestArticles.generated(1);
    StoryEntities.Linked one = linked(a, "Ann Lee", 0, "k1");
    written.stage("s", WrittenEntities.of(List.of(one, one)));
    written.committed();
    assertThat(written.of("s")).isNull();
    written.stage("s", WrittenEntities.of(List.of(one)));
    assertThat(written.of("s")).containsExactly(WrittenEntities.Written.of(one));
  }

  @Test
  void whatIsKeptOfAnEntity_differsWhenTheEntityDiffers() {
    Article a = TestArticles.generated(1);
    StoryEntities.Linked one = linked(a, "Ann Lee", 0, "k1");
    Entity e = one.entity();
    EntityMention m = e.mentions().get(0);
    EntityMention retyped = new EntityMention(m.article(), m.span(), m.text(),
        m.type() == EntityType.PERSON ? EntityType.ORGANIZATION : EntityType.PERSON);
    List<StoryEntities.Linked> others = List.of(
        new StoryEntities.Linked(e, one.key() + "2"),
        new StoryEntities.Linked(new Entity(e.id(), e.canonicalName(), e.type(), e.aliases(), List.of(retyped), e.reasons()), one.key()),
        new StoryEntities.Linked(new Entity(e.id(), e.canonicalName(), e.type(), new TreeSet<>(List.of("Lee")), e.mentions(),
            e.reasons()), one.key()),
        new StoryEntities.Linked(new Entity(e.id(), e.canonicalName(), e.type(), e.aliases(), e.mentions(),
            List.of(new MergeReason(MergeReason.Kind.SAME_NAME, "Ann Lee", "Ann Lee", null, "the same name"))), one.key()));
    WrittenEntities.Written kept = WrittenEntities.Written.of(one);
    assertThat(WrittenEntities.Written.of(new StoryEntities.Linked(new Entity(e.id(), e.canonicalName(), e.type(), e.aliases(),
        e.mentions(), e.reasons()), one.key()))).isEqualTo(kept);
    for (StoryEntities.Linked other : others) {
      assertThat(other).isNotEqualTo(one);
      assertThat(WrittenEntities.Written.of(other)).as("%s", other).isNotEqualTo(kept);
    }
  }

  /** Up to three of four stories, each with entities drawn from a few names (shared keys, kept entities, new mentions). */
  private static List<StoryEntities> batch(Random random, List<Article> articles, Map<StoryId, List<StoryEntities.Linked>> last) {
    List<StoryEntities> out = new ArrayList<>();
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
    java.util.Collections.shuffle(order, random);
    for (int s : order.subList(0, 1 + random.nextInt(3))) {
      StoryId story = StoryId.startedBy(articles.get(s).id());
      List<StoryEntities.Linked> before = last.getOrDefault(story, List.of());
      Map<String, StoryEntities.Linked> now = new LinkedHashMap<>();
      for (StoryEntities.Linked l : before) {
        if (random.nextInt(3) > 0) {
          now.put(l.entity().id().value(), l); // kept as it was
        }
      }
      for (int n = random.nextInt(4); n > 0; n--) {
        Article at = articles.get(random.nextInt(articles.size()));
        StoryEntities.Linked l = linked(at, NAMES[random.nextInt(NAMES.length)], random.nextInt(3),
            "k" + random.nextInt(4)); // four keys among six names: two entities of a story often share one
        now.put(l.entity().id().value(), l);
      }
      List<StoryEntities.Linked> entities = new ArrayList<>(now.values());
      java.util.Collections.shuffle(entities, random);
      last.put(story, entities);
      out.add(new StoryEntities(story, entities));
    }
    return out;
  }

  /** An entity of one or two mentions in {@code a}, its local id from its name and type, so that a story may name it again. */
  private static StoryEntities.Linked linked(Article a, String name, int variant, String key) {
    EntityType type = variant == 2 ? EntityType.ORGANIZATION : EntityType.PERSON;
    List<EntityMention> mentions = new ArrayList<>();
    mentions.add(new EntityMention(a.id(), Span.of(variant, variant + name.length()), name, type));
    if (variant == 1) {
      mentions.add(new EntityMention(a.id(), Span.of(40, 40 + name.length()), name, type));
    }
    TreeSet<String> aliases = new TreeSet<>();
    List<MergeReason> reasons = new ArrayList<>();
    if (name.contains(" ") && variant > 0) {
      String last = name.substring(name.indexOf(' ') + 1);
      aliases.add(last);
      reasons.add(new MergeReason(MergeReason.Kind.SHORT_FORM, last, name, a.id(), "a \"short\" form"));
    }
    Entity e = new Entity(EntityId.derive(type, name, ""), name, type, aliases, mentions, reasons);
    return new StoryEntities.Linked(e, type.name() + ":" + key);
  }

  private static void replace(JdbcStore store, List<StoryEntities> stories, WrittenEntities written) throws SQLException {
    Sql.inTransaction(store.articleTable().connection(), () -> {
      store.entityTable().replace(stories, written);
      return null;
    });
  }

  /** Every column of the four entity tables, rows sorted. */
  private static Map<String, List<String>> rows(JdbcStore store) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Statement st = store.articleTable().connection().createStatement()) {
      for (String sql : TABLES) {
        out.put(sql, StoreDigest.sortedRows(st, sql));
      }
    }
    return out;
  }
}
