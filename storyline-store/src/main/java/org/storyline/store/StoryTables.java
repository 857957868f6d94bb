package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.cluster.Changes;
import org.storyline.cluster.Clustering;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.ClusterDecision.FeatureScore;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;
import org.storyline.model.SubEvent;

/**
 * The clustering kept in a store: tables {@code stories}, {@code sub_events}, {@code
 * story_articles}, {@code duplicates}, {@code cluster_decisions} and {@code story_merges} (see
 * {@link Schema}, version 2). A clustering is replaced whole, in one transaction, so the tables
 * always hold one consistent partition. Obtained from {@link JdbcArticleStore#storyTables()};
 * valid while the store is open.
 */
public final class StoryTables {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-f]{4,16}");

  private final String location;
  private final Connection db;
  private final PreparedQueries queries;

  StoryTables(String location, Connection db, PreparedQueries queries) {
    this.location = location;
    this.db = db;
    this.queries = queries;
  }

  /**
   * Replaces the stored clustering by {@code clustering} and the decisions that made it, in one
   * transaction. Every article of it must be stored.
   */
  public void replace(Clustering clustering, List<ClusterDecision> decisions) {
    Objects.requireNonNull(clustering, "clustering");
    Objects.requireNonNull(decisions, "decisions");
    try {
      Sql.inTransaction(db, () -> {
        clear();
        apply(new Changes(clustering.stories(), List.of(), clustering.duplicates(), clustering.merges(), decisions));
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException(location, "could not store the clustering of " + clustering.articleCount() + " articles: "
          + e.getMessage() + "; the previous clustering is kept", e);
    }
  }


  private void insertStories(List<Story> stories) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
            """
            INSERT INTO stories (id, seq, headline, first_date, last_date, article_count, outlets)
            VALUES (?, coalesce((SELECT seq FROM stories WHERE id = ?), (SELECT coalesce(max(seq), 0) + 1 FROM stories)), ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date,
              last_date = excluded.last_date, article_count = excluded.article_count, outlets = excluded.outlets""");
        PreparedStatement sub = db.prepareStatement(
            """
            INSERT INTO sub_events (story_id, number, first_date, last_date, article_count) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (story_id, number) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date,
              article_count = excluded.article_count""");
        PreparedStatement member = db.prepareStatement(
            """
            INSERT INTO story_articles (article_id, story_id, sub_event, position) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, sub_event = excluded.sub_event,
              position = excluded.position""")) {
      for (Story s : stories) {
        st.setString(1, s.id().value());
        st.setString(2, s.id().value()); // and again, for its sequence number
        st.setString(3, s.headline());
        st.setString(4, iso(s.first()));
        st.setString(5, iso(s.last()));
        st.setInt(6, s.size());
        ArrayNode outlets = JSON.createArrayNode();
        s.outlets().forEach(outlets::add);
        st.setString(7, outlets.toString());
        st.executeUpdate(); // one at a time: a story's sequence number reads the rows before it
        Map<ArticleId, Integer> subOf = new LinkedHashMap<>();
        for (SubEvent e : s.subEvents()) {
          sub.setString(1, s.id().value());
          sub.setInt(2, e.number());
          sub.setString(3, iso(e.first()));
          sub.setString(4, iso(e.last()));
          sub.setInt(5, e.articles().size());
          sub.addBatch();
          e.articles().forEach(a -> subOf.put(a, e.number()));
        }
        int position = 0;
        for (ArticleId a : s.articles()) {
          member.setString(1, a.value());
          member.setString(2, s.id().value());
          member.setInt(3, subOf.getOrDefault(a, 1));
          member.setInt(4, ++position);
          member.addBatch();
        }
      }
      sub.executeBatch();
      member.executeBatch();
    }
  }

  private void insertDuplicates(List<DuplicateLink> links) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        """
        INSERT INTO duplicates (article_id, original_id, kind, similarity) VALUES (?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, kind = excluded.kind,
          similarity = excluded.similarity""")) {
      for (DuplicateLink d : links) {
        st.setString(1, d.duplicate().value());
        st.setString(2, d.original().value());
        st.setString(3, d.kind().name());
        st.setDouble(4, d.similarity());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insertDecisions(List<ClusterDecision> decisions) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("""
        INSERT INTO cluster_decisions (seq, article_id, story_id, sub_event, kind, score, threshold, best_story, candidates,
                                       features, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (seq) DO UPDATE SET article_id = excluded.article_id, story_id = excluded.story_id,
          sub_event = excluded.sub_event, kind = excluded.kind, score = excluded.score, threshold = excluded.threshold,
          best_story = excluded.best_story, candidates = excluded.candidates, features = excluded.features, note = excluded.note""")) {
      for (ClusterDecision d : decisions) {
        int i = 0;
        st.setLong(++i, d.seq());
        st.setString(++i, d.article().value());
        st.setString(++i, d.story().value());
        st.setInt(++i, d.subEvent());
        st.setString(++i, d.kind().name());
        st.setDouble(++i, d.score());
        st.setDouble(++i, d.threshold());
        if (d.best() == null) {
          st.setNull(++i, Types.VARCHAR);
        } else {
          st.setString(++i, d.best().value());
        }
        st.setInt(++i, d.candidates());
        st.setString(++i, features(d.features()));
        st.setString(++i, d.note());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insertMerges(List<StoryMerge> merges) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        "INSERT INTO story_merges (at_seq, from_story, into_story, score, features, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (StoryMerge m : merges) {
        st.setLong(1, m.seq());
        st.setString(2, m.from().value());
        st.setString(3, m.into().value());
        st.setDouble(4, m.score());
        st.setString(5, features(m.features()));
        st.setString(6, m.reason());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** The number of articles in some story. */
  public long clusteredArticles() {
    try (PreparedStatement st = db.prepareStatement("SELECT count(*) FROM story_articles"); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException(location, "cannot count the clustered articles: " + e.getMessage(), e);
    }
  }

  /** Every story, largest first, then by first date and id, with its sub-events. */
  public List<Story> stories() {
    return query("""
        SELECT id, headline, first_date, last_date, outlets FROM stories
        ORDER BY article_count DESC, first_date IS NULL, first_date, id""", null);
  }

  /** A page of stories: the largest first, or the latest first. */
  public List<Story> page(boolean latestFirst, int offset, int limit) {
    // undated last; SQLite puts NULL there in a descending order, so its index serves the order as it is
    String order = latestFirst ? "last_date " + Dialect.of(db).descNullsLast() + ", article_count DESC, id" : "article_count DESC, seq";
    return select("SELECT id, headline, first_date, last_date, outlets FROM stories ORDER BY " + order + " LIMIT ? OFFSET ?",
        limit, offset);
  }

  /** The number of stories. */
  public long count() {
    try {
      return Sql.queryLong(db, "SELECT count(*) FROM stories");
    } catch (SQLException e) {
      throw new StoreException(location, "cannot count the stories: " + e.getMessage(), e);
    }
  }

  /**
   * Applies what clustering changed, inside the caller's transaction: stories merged away are
   * deleted, changed stories replaced whole (their sub-events and memberships), new links,
   * decisions and merges added (a decision or link written again replaces itself).
   */
  void apply(Changes changes) throws SQLException {
    try (PreparedStatement del = db.prepareStatement("DELETE FROM stories WHERE id = ?")) {
      for (StoryId r : changes.removed()) {
        del.setString(1, r.value());
        del.executeUpdate();
      }
    }
    java.util.Set<StoryId> removed = new java.util.HashSet<>(changes.removed());
    List<Story> changed = changes.stories().stream().filter(s -> !removed.contains(s.id())).toList();
    try (PreparedStatement sub = db.prepareStatement("DELETE FROM sub_events WHERE story_id = ?");
        PreparedStatement members = db.prepareStatement("DELETE FROM story_articles WHERE story_id = ?")) {
      for (Story s : changed) {
        sub.setString(1, s.id().value());
        sub.executeUpdate();
        members.setString(1, s.id().value());
        members.executeUpdate();
      }
    }
    insertStories(changed);
    insertDuplicates(changes.duplicates());
    insertDecisions(changes.decisions());
    insertMerges(changes.merges());
  }

  /** Deletes every story, link, decision and merge, inside the caller's transaction. */
  void clear() throws SQLException {
    for (String table : List.of("story_merges", "cluster_decisions", "duplicates", "story_articles", "sub_events", "stories")) {
      Sql.exec(db, "DELETE FROM " + table);
    }
  }

  /** The story whose id starts with {@code prefix}, when exactly one does. */
  public Optional<Story> story(String prefix) {
    String p = Objects.requireNonNull(prefix, "prefix").strip().toLowerCase(Locale.ROOT);
    if (!ID_PREFIX.matcher(p).matches()) {
      throw new IllegalArgumentException("a story id prefix is 4 to 16 hex digits, not '" + prefix + "'");
    }
    List<Story> found = query("SELECT id, headline, first_date, last_date, outlets FROM stories WHERE id >= ? AND id < ? "
        + "ORDER BY id LIMIT 2", p);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The story of an article, if it was clustered. */
  public Optional<StoryId> storyOf(ArticleId article) {
    try {
      return queries.query("SELECT story_id FROM story_articles WHERE article_id = ?",
          rs -> rs.next() ? Optional.of(new StoryId(rs.getString(1))) : Optional.<StoryId>empty(), article.value());
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the story of article " + article + ": " + e.getMessage(), e);
    }
  }

  /** The decision about each article of the story, in the order they were made. */
  public List<ClusterDecision> decisions(StoryId story) {
    List<ClusterDecision> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("""
        SELECT d.seq, d.article_id, d.story_id, d.sub_event, d.kind, d.score, d.threshold, d.best_story, d.candidates,
               d.features, d.note
        FROM cluster_decisions d JOIN story_articles m ON m.article_id = d.article_id
        WHERE m.story_id = ? ORDER BY d.seq""")) {
      st.setString(1, story.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String best = rs.getString(8);
          out.add(new ClusterDecision(rs.getLong(1), new ArticleId(rs.getString(2)), new StoryId(rs.getString(3)),
              rs.getInt(4), ClusterDecision.Kind.valueOf(rs.getString(5)), rs.getDouble(6), rs.getDouble(7),
              features(rs.getString(10)), best == null ? null : new StoryId(best), rs.getInt(9), rs.getString(11)));
        }
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the decisions of story " + story + ": " + e.getMessage(), e);
    }
  }

  /** The duplicate links among the story's articles. */
  public List<DuplicateLink> duplicates(StoryId story) {
    List<DuplicateLink> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("""
        SELECT d.article_id, d.original_id, d.kind, d.similarity
        FROM duplicates d JOIN story_articles m ON m.article_id = d.article_id
        WHERE m.story_id = ? ORDER BY m.position""")) {
      st.setString(1, story.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new DuplicateLink(new ArticleId(rs.getString(1)), new ArticleId(rs.getString(2)),
              DuplicateLink.Kind.valueOf(rs.getString(3)), rs.getDouble(4)));
        }
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the duplicates of story " + story + ": " + e.getMessage(), e);
    }
  }

  /** The merges that went into the story, in order. */
  public List<StoryMerge> merges(StoryId story) {
    List<StoryMerge> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT at_seq, from_story, into_story, score, features, reason FROM story_merges WHERE into_story = ? ORDER BY id")) {
      st.setString(1, story.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryMerge(rs.getLong(1), new StoryId(rs.getString(2)), new StoryId(rs.getString(3)),
              rs.getDouble(4), features(rs.getString(5)), rs.getString(6)));
        }
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the merges of story " + story + ": " + e.getMessage(), e);
    }
  }

  private List<Story> query(String sql, String prefix) {
    return prefix == null ? select(sql) : select(sql, prefix, prefix + "g");
  }

  private List<Story> select(String sql, Object... params) {
    try {
      List<Row> rows = queries.query(sql, rs -> {
        List<Row> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new Row(new StoryId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
        return out;
      }, params);
      Map<StoryId, Members> members = members(rows.stream().map(Row::id).toList());
      List<Story> out = new ArrayList<>(rows.size());
      for (Row r : rows) {
        Members m = members.getOrDefault(r.id(), Members.NONE);
        out.add(new Story(r.id(), r.headline(), date(r.firstDate()), date(r.lastDate()), m.articles, outlets(r.outlets()),
            m.subEvents(r.id())));
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the stories: " + e.getMessage(), e);
    }
  }

  /** A row of {@code stories} as read, before its members are. */
  private record Row(StoryId id, String headline, String firstDate, String lastDate, String outlets) {}

  private static List<String> outlets(String json) {
    try {
      List<String> outlets = new ArrayList<>();
      JSON.readTree(json).forEach(n -> outlets.add(n.asText()));
      return outlets;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("outlets are not JSON: " + e.getMessage(), e);
    }
  }

  /** A story's articles in the order they joined it, and its sub-events' rows. */
  private record Members(List<ArticleId> articles, Map<Integer, List<ArticleId>> bySubEvent, List<SubEventRow> subEventRows) {
    static final Members NONE = new Members(List.of(), Map.of(), List.of());

    List<SubEvent> subEvents(StoryId story) {
      return subEventRows.stream().map(r -> new SubEvent(story, r.number(), date(r.firstDate()), date(r.lastDate()),
          bySubEvent.getOrDefault(r.number(), List.of()))).toList();
    }
  }

  private record SubEventRow(int number, String firstDate, String lastDate) {}

  /** Where stories are read by the page: their members in two queries a few hundred stories at a time, not two a story. */
  private static final int MEMBERS_AT_ONCE = 500;

  private Map<StoryId, Members> members(List<StoryId> stories) throws SQLException {
    Map<StoryId, List<ArticleId>> articles = new HashMap<>();
    Map<StoryId, Map<Integer, List<ArticleId>>> bySub = new HashMap<>();
    Map<StoryId, List<SubEventRow>> subs = new HashMap<>();
    for (int from = 0; from < stories.size(); from += MEMBERS_AT_ONCE) {
      Object[] ids = stories.subList(from, Math.min(stories.size(), from + MEMBERS_AT_ONCE)).stream().map(StoryId::value).toArray();
      String in = " WHERE story_id IN (" + Sql.marks(ids.length) + ")";
      queries.query("SELECT story_id, article_id, sub_event FROM story_articles" + in + " ORDER BY story_id, position", rs -> {
        while (rs.next()) {
          StoryId story = new StoryId(rs.getString(1));
          ArticleId a = new ArticleId(rs.getString(2));
          articles.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
          bySub.computeIfAbsent(story, k -> new HashMap<>()).computeIfAbsent(rs.getInt(3), k -> new ArrayList<>()).add(a);
        }
        return null;
      }, ids);
      queries.query("SELECT story_id, number, first_date, last_date FROM sub_events" + in + " ORDER BY story_id, number", rs -> {
        while (rs.next()) {
          subs.computeIfAbsent(new StoryId(rs.getString(1)), k -> new ArrayList<>())
              .add(new SubEventRow(rs.getInt(2), rs.getString(3), rs.getString(4)));
        }
        return null;
      }, ids);
    }
    Map<StoryId, Members> out = new HashMap<>();
    for (StoryId id : stories) {
      out.put(id, new Members(articles.getOrDefault(id, List.of()), bySub.getOrDefault(id, Map.of()), subs.getOrDefault(id, List.of())));
    }
    return out;
  }


  private static String features(List<FeatureScore> features) {
    ArrayNode array = JSON.createArrayNode();
    for (FeatureScore f : features) {
      ObjectNode n = array.addObject();
      n.put("name", f.name());
      if (f.known()) {
        n.put("value", f.value());
      } else {
        n.putNull("value");
      }
      n.put("weight", f.weight());
    }
    return array.toString();
  }

  private static List<FeatureScore> features(String json) {
    try {
      List<FeatureScore> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        JsonNode v = n.get("value");
        out.add(new FeatureScore(n.get("name").asText(), v == null || v.isNull() ? Double.NaN : v.asDouble(),
            n.get("weight").asDouble()));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("features are not JSON: " + e.getMessage(), e);
    }
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
