package org.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;

/**
 * The entity part of a {@link SqliteArticleStore} (see {@link EntityTables} for the tables):
 * each article's extracted mentions, the entities as last resolved, and the user's decisions.
 *
 * <p>Failures are {@link StoreException}s naming the file. Not thread-safe, like the store.
 */
public final class EntityStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqliteArticleStore store;

  private EntityStore(SqliteArticleStore store) {
    this.store = store;
  }

  /** The entity tables of an open store. */
  public static EntityStore of(SqliteArticleStore store) {
    return new EntityStore(Objects.requireNonNull(store, "store"));
  }

  private Connection db() {
    return store.connection();
  }

  private Path file() {
    return store.file();
  }

  /** Stored articles whose mentions were never extracted, in id order. */
  public List<ArticleId> articlesWithoutMentions() {
    try (PreparedStatement st = db().prepareStatement(
        "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entity_articles e WHERE e.article_id = a.id) ORDER BY a.id");
        ResultSet rs = st.executeQuery()) {
      List<ArticleId> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new ArticleId(rs.getString(1)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(file(), "cannot list articles without mentions: " + e.getMessage(), e);
    }
  }

  /** Stores the mentions extracted from some articles, in one transaction, replacing any stored for them. */
  public void putMentions(Map<ArticleId, List<Mention>> byArticle) {
    Connection c = db();
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    try {
      Sql.inTransaction(c, () -> {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM entity_articles WHERE article_id = ?");
            PreparedStatement art = c.prepareStatement("INSERT INTO entity_articles (article_id, extracted_at) VALUES (?, ?)");
            PreparedStatement men = c.prepareStatement(
                "INSERT INTO entity_mentions (article_id, start, \"end\", type, text) VALUES (?, ?, ?, ?, ?)")) {
          for (Map.Entry<ArticleId, List<Mention>> e : byArticle.entrySet()) {
            del.setString(1, e.getKey().value());
            del.executeUpdate();
            art.setString(1, e.getKey().value());
            art.setString(2, now);
            art.executeUpdate();
            for (Mention m : e.getValue()) {
              men.setString(1, e.getKey().value());
              men.setInt(2, m.span().start());
              men.setInt(3, m.span().end());
              men.setString(4, m.type().name());
              men.setString(5, m.text());
              men.addBatch();
            }
            men.executeBatch();
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException(file(), "could not store the mentions of " + byArticle.size() + " articles: " + e.getMessage(), e);
    }
  }

  /** Every article with extracted mentions: its text and mentions, by id. */
  public List<ArticleMentions> allMentions() {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    try (PreparedStatement st = db().prepareStatement("""
            SELECT e.article_id, a.text FROM entity_articles e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id""");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        texts.put(rs.getString(1), rs.getString(2));
        mentions.put(rs.getString(1), new ArrayList<>());
      }
    } catch (SQLException e) {
      throw new StoreException(file(), "cannot read the articles with mentions: " + e.getMessage(), e);
    }
    try (PreparedStatement st = db().prepareStatement(
            "SELECT article_id, start, \"end\", type, text FROM entity_mentions ORDER BY article_id, start");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        List<Mention> list = mentions.get(rs.getString(1));
        if (list != null) {
          list.add(new Mention(Span.of(rs.getInt(2), rs.getInt(3)), EntityType.valueOf(rs.getString(4)), rs.getString(5)));
        }
      }
    } catch (SQLException | IllegalArgumentException e) {
      throw new StoreException(file(), "cannot read the entity mentions: " + e.getMessage(), e);
    }
    List<ArticleMentions> out = new ArrayList<>();
    texts.forEach((id, text) -> out.add(new ArticleMentions(new ArticleId(id), text, mentions.get(id))));
    return out;
  }

  /** Replaces the stored entities by these, in one transaction. */
  public void replaceEntities(List<Entity> entities) {
    Connection c = db();
    try {
      Sql.inTransaction(c, () -> {
        Sql.exec(c, "DELETE FROM entity_links");
        Sql.exec(c, "DELETE FROM entities");
        try (PreparedStatement ent = c.prepareStatement(
                "INSERT INTO entities (id, canonical_name, type, aliases, reasons, mention_count) VALUES (?, ?, ?, ?, ?, ?)");
            PreparedStatement link = c.prepareStatement(
                "INSERT INTO entity_links (entity_id, article_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")) {
          for (Entity e : entities) {
            ent.setString(1, e.id().value());
            ent.setString(2, e.canonicalName());
            ent.setString(3, e.type().name());
            ent.setString(4, aliases(e));
            ent.setString(5, reasons(e.reasons()));
            ent.setInt(6, e.mentionCount());
            ent.addBatch();
            for (EntityMention m : e.mentions()) {
              link.setString(1, e.id().value());
              link.setString(2, m.article().value());
              link.setInt(3, m.span().start());
              link.setInt(4, m.span().end());
              link.setString(5, m.text());
              link.addBatch();
            }
          }
          ent.executeBatch();
          link.executeBatch();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException(file(), "could not store " + entities.size() + " entities: " + e.getMessage(), e);
    }
  }

  /** How many entities are stored (as last resolved). */
  public int entityCount() {
    try (PreparedStatement st = db().prepareStatement("SELECT count(*) FROM entities"); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new StoreException(file(), "cannot count the entities: " + e.getMessage(), e);
    }
  }

  /** Records a user's decision; it is applied, after those before it, at every resolution. */
  public void addDecision(EntityDecision d) {
    Objects.requireNonNull(d, "d");
    Connection c = db();
    try {
      Sql.inTransaction(c, () -> {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO entity_decisions (kind, name, other, at) VALUES (?, ?, ?, ?)")) {
          st.setString(1, d.kind().name());
          st.setString(2, d.name());
          st.setString(3, d.other());
          st.setString(4, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
          st.executeUpdate();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException(file(), "could not record the decision " + d + ": " + e.getMessage(), e);
    }
  }

  /** The user's decisions, in the order they were made. */
  public List<EntityDecision> decisions() {
    try (PreparedStatement st = db().prepareStatement("SELECT kind, name, other FROM entity_decisions ORDER BY id");
        ResultSet rs = st.executeQuery()) {
      List<EntityDecision> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new EntityDecision(EntityDecision.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
      }
      return out;
    } catch (SQLException | IllegalArgumentException e) {
      throw new StoreException(file(), "cannot read the entity decisions: " + e.getMessage(), e);
    }
  }

  private static String aliases(Entity e) {
    ArrayNode a = JSON.createArrayNode();
    e.aliases().forEach(a::add);
    return write(a);
  }

  private static String reasons(List<MergeReason> reasons) {
    ArrayNode a = JSON.createArrayNode();
    for (MergeReason r : reasons) {
      ObjectNode n = a.addObject();
      n.put("kind", r.kind().name());
      n.put("name", r.name());
      n.put("other", r.other());
      n.put("article", r.article() == null ? null : r.article().value());
      n.put("explanation", r.explanation());
    }
    return write(a);
  }

  private static String write(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }
}
