package org.storyline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.storyline.engine.BatchUpdate;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleHit;
import org.storyline.search.ArticleSearch;
import org.storyline.search.Facets;
import org.storyline.search.Facets.FacetCount;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;
import org.storyline.store.index.ClassicSyntax;

/**
 * The search of a PostgreSQL store: PostgreSQL's own full-text search over the columns {@code
 * articles.search} and {@code articles.search_outlet} that the database keeps in each write's
 * transaction ({@link SearchTables#POSTGRES_STATEMENTS}), so there is nothing to follow.
 *
 * <p>Mirrors the Lucene index's contract ({@link ArticleSearch}): the query in the classic syntax
 * ({@link PostgresQuery}); relevance by {@code ts_rank} (a title word weighs 1.0, a text word 0.4),
 * ties newer first; snippets by {@code ts_headline}, returned as plain text with highlight spans
 * (the marks it puts around matches are private-use characters taken out of the text first, so no
 * markup of the article's can pass for ours); facet counts as {@code GROUP BY}s, each facet's counts
 * leaving out its own filter (drill sideways).
 *
 * <p>Thread-safe: each search runs on a connection of its own, in one read-only transaction (one
 * snapshot for its counts and its page), borrowed from a small pool opened on demand.
 */
final class PostgresSearch implements ArticleSearch, SearchSide {

  /** Idle connections kept for later searches; more are opened when more threads search at once. */
  static final int IDLE_CONNECTIONS = 4;

  private static final char START = '\uE000';
  private static final char STOP = '\uE001';
  private static final char BETWEEN = '\uE002';
  private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\", FragmentDelimiter=\""
      + BETWEEN + "\", MaxFragments=" + ClassicSyntax.PASSAGES + ", MaxWords=35, MinWords=15";
  /** Length of a snippet taken from the start of the text when the query asks for no word of it. */
  private static final int LEAD = 240;

  private final String url;
  private final String location;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  PostgresSearch(String url, String location) {
    this.url = url;
    this.location = location;
  }

  @Override
  public ArticleSearch search(boolean writing) {
    return this;
  }

  @Override
  public void writerOpened() {
    // the search columns are the database's: in step with every commit
  }

  @Override
  public void logIn(Connection db, BatchUpdate u) {
    // nothing to log: the columns are written in the batch's own transaction
  }

  @Override
  public void logAllIn(Connection db) {
    // as above
  }

  @Override
  public void committed() {
    // as above
  }

  @Override
  public SearchResult search(SearchQuery q) {
    PostgresQuery query = PostgresQuery.of(q.text());
    Connection db = borrow();
    boolean ok = false;
    try {
      db.setAutoCommit(false);
      db.setReadOnly(true);
      db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      SearchResult r = new Run(db, q, query).result();
      db.commit();
      ok = true;
      return r;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot search '" + q.text() + "': " + e.getMessage(), e);
    } finally {
      giveBack(db, ok);
    }
  }

  private Connection borrow() {
    if (closed) {
      throw new IllegalStateException(location + ": the store is closed");
    }
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new StoreException(location, "cannot connect to search: " + e.getMessage(), e);
    }
  }

  private void giveBack(Connection c, boolean clean) {
    try {
      if (!clean) {
        c.rollback();
      }
      c.setAutoCommit(true);
      if (!closed && idle.size() < IDLE_CONNECTIONS) {
        idle.offerFirst(c);
        return;
      }
    } catch (SQLException e) {
      // a broken connection is closed, not kept
    }
    closeQuietly(c);
  }

  @Override
  public void close() {
    closed = true;
    for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }

  /** One search on one connection. */
  private static final class Run {

    private final Connection db;
    private final SearchQuery q;
    private final PostgresQuery query;
    private final String score;

    Run(Connection db, SearchQuery q, PostgresQuery query) {
      this.db = db;
      this.q = q;
      this.query = query;
      this.score = query.rank().isEmpty() ? "0::real" : "ts_rank(a.search, to_tsquery('simple', ?))";
    }

    SearchResult result() throws SQLException {
      Filter all = filter(true, true);
      long total;
      long stories;
      try (PreparedStatement st = prepare("SELECT count(*), count(DISTINCT s.story_id) FROM articles a"
          + " LEFT JOIN story_articles s ON s.article_id = a.id WHERE " + all.sql, all.params);
          ResultSet rs = st.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
        stories = rs.getLong(2);
      }
      Facets facets = new Facets(outlets(), entities(), months());
      if (q.grouping() == SearchQuery.Grouping.STORIES) {
        return new SearchResult(total, stories, List.of(), storyPage(all), facets);
      }
      return new SearchResult(total, stories, articlePage(all), List.of(), facets);
    }

    /** The query's predicate with the date range, and the outlet and entity filters when asked. */
    private Filter filter(boolean outlets, boolean entities) {
      StringBuilder sql = new StringBuilder(query.where());
      List<Object> params = new ArrayList<>(query.params());
      q.from().ifPresent(d -> {
        sql.append(" AND a.published >= ?");
        params.add(d.toString());
      });
      q.to().ifPresent(d -> {
        sql.append(" AND a.published <= ?");
        params.add(d.toString());
      });
      if (outlets && !q.outlets().isEmpty()) {
        sql.append(" AND a.search_outlet IN (").append(Sql.marks(q.outlets().size())).append(')');
        params.addAll(q.outlets());
      }
      if (entities) {
        for (String entity : q.entities()) {
          sql.append(" AND EXISTS (SELECT 1 FROM entity_links l JOIN entities e ON e.id = l.entity_id"
              + " WHERE l.article_id = a.id AND e.canonical_name = ?)");
          params.add(entity);
        }
      }
      return new Filter(sql.toString(), params);
    }

    private record Filter(String sql, List<Object> params) {}

    private List<FacetCount> outlets() throws SQLException {
      Filter f = filter(false, true); // drill sideways: the outlets chosen do not narrow the outlets' counts
      return counts("SELECT a.search_outlet, count(*) FROM articles a WHERE " + f.sql
          + " AND a.search_outlet <> '' GROUP BY 1 ORDER BY 2 DESC, a.search_outlet COLLATE \"C\" LIMIT " + ClassicSyntax.FACET_VALUES, f.params);
    }

    private List<FacetCount> entities() throws SQLException {
      Filter f = filter(true, false);
      return counts("SELECT e.canonical_name, count(DISTINCT a.id) FROM articles a JOIN entity_links l ON l.article_id = a.id"
          + " JOIN entities e ON e.id = l.entity_id WHERE " + f.sql
          + " GROUP BY 1 ORDER BY 2 DESC, e.canonical_name COLLATE \"C\" LIMIT " + ClassicSyntax.FACET_VALUES, f.params);
    }

    private List<FacetCount> months() throws SQLException {
      Filter f = filter(true, true);
      List<FacetCount> months = counts("SELECT substr(a.published, 1, 7), count(*) FROM articles a WHERE " + f.sql
          + " AND a.published IS NOT NULL GROUP BY 1", f.params);
      List<FacetCount> sorted = new ArrayList<>(months);
      sorted.sort(Comparator.comparing(FacetCount::value));
      return sorted;
    }

    /** Counts largest first, ties by value, as the Lucene index lists them. */
    private List<FacetCount> counts(String sql, List<Object> params) throws SQLException {
      List<FacetCount> out = new ArrayList<>();
      try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new FacetCount(rs.getString(1), rs.getLong(2)));
        }
      }
      out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      return out;
    }

    /** The page of articles: relevance, then the newer first (undated last), then id. */
    private List<ArticleHit> articlePage(Filter all) throws SQLException {
      List<Object> params = rankParams(all.params);
      params.add(q.limit());
      params.add(q.offset());
      Map<ArticleId, Float> scores = new LinkedHashMap<>();
      try (PreparedStatement st = prepare("SELECT a.id, " + score + " AS score FROM articles a WHERE " + all.sql
          + " ORDER BY score DESC, a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?", params);
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          scores.put(new ArticleId(rs.getString(1)), rs.getFloat(2));
        }
      }
      return hits(scores);
    }

    /**
     * The page of stories: each story's matching articles ranked as a page of articles is, the
     * stories ordered by their best article, each with its best {@link ClassicSyntax#BEST_PER_STORY}.
     */
    private List<StoryHit> storyPage(Filter all) throws SQLException {
      List<Object> params = rankParams(all.params);
      params.add(q.limit());
      params.add(q.offset());
      String sql = """
          WITH m AS (
            SELECT a.id, s.story_id, a.published, %s AS score FROM articles a JOIN story_articles s ON s.article_id = a.id
            WHERE %s),
          r AS (
            SELECT m.*, row_number() OVER (PARTITION BY story_id ORDER BY score DESC, published DESC NULLS LAST, id) AS rn,
                   count(*) OVER (PARTITION BY story_id) AS n
            FROM m),
          p AS (
            SELECT story_id, n, score, published FROM r WHERE rn = 1
            ORDER BY score DESC, published DESC NULLS LAST, story_id LIMIT ? OFFSET ?)
          SELECT p.story_id, p.n, r.id, r.score FROM p JOIN r ON r.story_id = p.story_id AND r.rn <= %d
          ORDER BY p.score DESC, p.published DESC NULLS LAST, p.story_id, r.rn""".formatted(score, all.sql, ClassicSyntax.BEST_PER_STORY);
      Map<String, Long> matching = new LinkedHashMap<>();
      Map<String, List<ArticleId>> best = new HashMap<>();
      Map<ArticleId, Float> scores = new LinkedHashMap<>();
      try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          matching.put(rs.getString(1), rs.getLong(2));
          ArticleId id = new ArticleId(rs.getString(3));
          best.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(id);
          scores.put(id, rs.getFloat(4));
        }
      }
      Map<ArticleId, ArticleHit> hits = new HashMap<>();
      hits(scores).forEach(h -> hits.put(h.article(), h));
      List<StoryHit> out = new ArrayList<>();
      matching.forEach((story, n) -> out.add(new StoryHit(new StoryId(story), n, best.get(story).stream().map(hits::get).toList())));
      return out;
    }

    /** The rank's parameter (when the query ranks) before the filter's. */
    private List<Object> rankParams(List<Object> filter) {
      List<Object> params = new ArrayList<>();
      if (!query.rank().isEmpty()) {
        params.add(query.rank());
      }
      params.addAll(filter);
      return params;
    }

    /** The shown fields and snippets of these articles, in the order given. */
    private List<ArticleHit> hits(Map<ArticleId, Float> scores) throws SQLException {
      if (scores.isEmpty()) {
        return List.of();
      }
      boolean highlight = !query.rank().isEmpty();
      String headline = highlight
          ? "ts_headline('simple', translate(a.text, ?, '   '), to_tsquery('simple', ?), ?)"
          : "NULL";
      List<Object> params = new ArrayList<>();
      if (highlight) {
        params.add("" + START + STOP + BETWEEN);
        params.add(PostgresQuery.unweighted(query.rank()));
        params.add(HEADLINE_OPTIONS);
      }
      scores.keySet().forEach(id -> params.add(id.value()));
      Map<ArticleId, ArticleHit> found = new HashMap<>();
      try (PreparedStatement st = prepare("SELECT a.id, s.story_id, a.title, a.text, a.layout, a.search_outlet, a.published, "
          + headline + " FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.id IN ("
          + Sql.marks(scores.size()) + ")", params);
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ArticleId id = new ArticleId(rs.getString(1));
          String text = rs.getString(4);
          String outlet = rs.getString(6);
          found.put(id, new ArticleHit(id, Optional.ofNullable(rs.getString(2)).map(StoryId::new),
              JdbcIndexSource.title(rs.getString(3), text, rs.getString(5)), outlet == null ? "" : outlet,
              Optional.ofNullable(rs.getString(7)).map(LocalDate::parse), scores.get(id),
              highlight ? snippets(rs.getString(8)) : List.of(lead(text))));
        }
      }
      return scores.keySet().stream().map(found::get).toList();
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
      return Sql.prepare(db, sql, params.toArray());
    }
  }

  /** {@code ts_headline}'s fragments as snippets: the marks taken out, each marked stretch a span, line breaks as spaces. */
  static List<Snippet> snippets(String headline) {
    List<Snippet> out = new ArrayList<>();
    for (String fragment : headline.split(String.valueOf(BETWEEN))) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      int start = -1;
      String f = fragment.strip();
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c == START) {
          start = text.length();
        } else if (c == STOP) {
          if (start >= 0 && text.length() > start) {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == start) {
              spans.set(spans.size() - 1, new Span(last.start(), text.length())); // touching words: one mark
            } else {
              spans.add(new Span(start, text.length()));
            }
          }
          start = -1;
        } else {
          text.append(c == '\n' || c == '\r' ? ' ' : c);
        }
      }
      if (!text.isEmpty()) {
        out.add(new Snippet(text.toString(), spans));
      }
    }
    return out;
  }

  /** The start of the text, cut at a space, for an article found by its fields alone. */
  static Snippet lead(String text) {
    String t = text.strip();
    if (t.length() > LEAD) {
      int cut = t.lastIndexOf(' ', LEAD);
      t = t.substring(0, cut > LEAD / 2 ? cut : LEAD);
    }
    return new Snippet(t.replace('\n', ' ').replace('\r', ' '), List.of());
  }
}
