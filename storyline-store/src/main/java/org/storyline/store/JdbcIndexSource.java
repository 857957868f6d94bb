package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.storyline.cluster.Outlets;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.store.index.IndexSource;
import org.storyline.store.index.IndexedArticle;
import org.storyline.store.index.IndexedArticle.EntityName;
import org.storyline.store.index.IndexedArticle.Facts;

/** What the search index reads from a SQLite store (see {@link IndexSource}); a few hundred ids to a query. */
final class JdbcIndexSource implements IndexSource {

  private static final int CHUNK = 500;

  private final String location;
  private final Connection db;

  JdbcIndexSource(String location, Connection db) {
    this.location = location;
    this.db = db;
  }

  @Override
  public String storeId() {
    try (PreparedStatement st = db.prepareStatement("SELECT store_id FROM search_sync"); ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException(location, "the store has no search_sync row; was it edited by hand?");
      }
      return rs.getString(1);
    } catch (SQLException e) {
      throw failure("cannot read the store's id", e);
    }
  }

  @Override
  public long lastChange() {
    return syncCounter("change", "the store's last change");
  }

  @Override
  public long forgotten() {
    return syncCounter("forgotten", "the store's changes");
  }

  /** One counter of the {@code search_sync} row; {@code what} names it in the error. */
  private long syncCounter(String column, String what) {
    try {
      return Sql.queryLong(db, "SELECT " + column + " FROM search_sync");
    } catch (SQLException e) {
      throw failure("cannot read " + what, e);
    }
  }

  @Override
  public List<ArticleId> changedAfter(long change) {
    List<ArticleId> out = new ArrayList<>();
    try (PreparedStatement st = Sql.prepare(db,
            "SELECT DISTINCT article_id FROM search_changes WHERE change > ? ORDER BY article_id", change);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(new ArticleId(rs.getString(1)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read the changes the search index has to follow", e);
    }
  }

  @Override
  public Map<ArticleId, Facts> facts(Collection<ArticleId> ids) {
    Map<ArticleId, Facts> out = new LinkedHashMap<>();
    List<ArticleId> all = List.copyOf(ids);
    try {
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<ArticleId> part = all.subList(from, Math.min(all.size(), from + CHUNK));
        out.putAll(factsOf(part));
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read " + all.size() + " articles for the search index", e);
    }
  }

  private Map<ArticleId, Facts> factsOf(List<ArticleId> part) throws SQLException {
    String marks = Sql.marks(part.size());
    Map<String, TreeSet<EntityName>> entities = new HashMap<>();
    try (PreparedStatement st = Sql.prepare(db, """
            SELECT DISTINCT l.article_id, e.id, e.canonical_name FROM entity_links l JOIN entities e ON e.id = l.entity_id
            WHERE l.article_id IN (""" + marks + ")", Sql.values(part));
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        entities.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(new EntityName(rs.getString(2), rs.getString(3)));
      }
    }
    Map<ArticleId, Facts> out = new LinkedHashMap<>();
    try (PreparedStatement st = Sql.prepare(db, """
            SELECT a.id, a.published, s.story_id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
            WHERE a.id IN (""" + marks + ")", Sql.values(part));
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        out.put(new ArticleId(id), new Facts(new ArticleId(id), Optional.ofNullable(rs.getString(3)).map(StoryId::new),
            Optional.ofNullable(rs.getString(2)).map(LocalDate::parse), List.copyOf(entities.getOrDefault(id, new TreeSet<>()))));
      }
    }
    return out;
  }

  @Override
  public Map<String, String> entityNames(Collection<String> entityIds) {
    Map<String, String> out = new HashMap<>();
    List<String> all = List.copyOf(entityIds);
    try {
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
        try (PreparedStatement st = Sql.prepare(db,
                "SELECT id, canonical_name FROM entities WHERE id IN (" + Sql.marks(part.size()) + ")", part.toArray());
            ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read the names of " + all.size() + " entities", e);
    }
  }

  @Override
  public List<IndexedArticle> articles(Collection<ArticleId> ids) {
    List<IndexedArticle> out = new ArrayList<>(ids.size());
    List<ArticleId> all = List.copyOf(ids);
    try {
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<ArticleId> part = all.subList(from, Math.min(all.size(), from + CHUNK));
        Map<ArticleId, Facts> facts = factsOf(part);
        try (PreparedStatement st = Sql.prepare(db,
                "SELECT id, title, outlet, url, text, layout FROM articles WHERE id IN (" + Sql.marks(part.size()) + ")", Sql.values(part));
            ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            String outlet = Outlets.name(rs.getString(3), rs.getString(4));
            out.add(new IndexedArticle(facts.get(new ArticleId(rs.getString(1))), title(rs.getString(2), rs.getString(5), rs.getString(6)),
                outlet == null ? "" : outlet, rs.getString(5)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read " + all.size() + " articles for the search index", e);
    }
  }

  /** The title, else the text's headline line; empty when it has neither. */
  static String title(String title, String text, String layout) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    Span headline = JsonColumns.layout(layout).headline();
    return headline == null ? "" : headline.of(text).replaceAll("\\s+", " ").strip();
  }

  @Override
  public void forEachPage(int pageSize, Consumer<List<IndexedArticle>> page) {
    String after = "";
    while (true) {
      List<ArticleId> ids = new ArrayList<>(pageSize);
      try (PreparedStatement st = Sql.prepare(db, "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", after, pageSize);
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(new ArticleId(rs.getString(1)));
        }
      } catch (SQLException e) {
        throw failure("cannot list the articles for the search index", e);
      }
      if (ids.isEmpty()) {
        return;
      }
      page.accept(articles(ids));
      after = ids.get(ids.size() - 1).value();
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(location, what + ": " + e.getMessage(), e);
  }
}
