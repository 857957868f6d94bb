package org.storyline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.StoryEntities;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;
import org.storyline.reconcile.entity.Names;

/**
 * The entity tables. Entities are resolved within stories ({@code story_entities}); a store-wide
 * entity ({@code entities}, {@code entity_names}) is the sum of the story entities sharing its key,
 * kept up to date by adding what a story's new entities bring and taking away what its old ones had,
 * so that a batch costs the stories it touches. Mentions are in {@code entity_links}.
 */
public final class EntityStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String location;
  private final Connection db;
  private final PreparedQueries queries;

  EntityStore(String location, Connection db, PreparedQueries queries) {
    this.location = location;
    this.db = db;
    this.queries = queries;
  }

  /**
   * Replaces the entities of these stories inside the caller's transaction and updates the
   * store-wide entities they belong to: what a story's old entities added is taken away, what its
   * new ones bring is added, and an entity left in no story is deleted. What {@code written} knows
   * of a story's rows is compared with its new entities, a store-wide entity's part of the story at
   * a time, and only the parts that differ are written (the rows left are those a whole rewrite
   * gives); a story it does not know is written whole. What is written is staged in {@code written}.
   */
  void replace(List<StoryEntities> stories, WrittenEntities written) throws SQLException {
    if (stories.isEmpty()) {
      return;
    }
    Set<String> touched = new LinkedHashSet<>();
    try (Statements st = new Statements(db)) {
      for (StoryEntities story : stories) {
        String sid = story.story().value();
        List<WrittenEntities.Written> before = written.of(sid);
        List<WrittenEntities.Written> now = WrittenEntities.of(story.entities());
        if (before == null) {
          replaceWhole(st, sid, story.entities(), touched);
        } else {
          replaceChanged(st, sid, before, story.entities(), now, touched);
        }
        written.stage(sid, now);
      }
      st.flush();
      st.settle(touched);
    }
  }

  /** Takes away what the story's stored rows added, deletes them and writes its entities. */
  private static void replaceWhole(Statements st, String sid, List<StoryEntities.Linked> entities, Set<String> touched)
      throws SQLException {
    for (Old old : st.old(sid)) {
      st.adjust(old.entityId, old.name, old.type, old.names, -old.mentions, -old.articles, -1);
      touched.add(old.entityId);
    }
    st.drop(sid);
    for (StoryEntities.Linked l : entities) {
      touched.add(st.insert(sid, l));
    }
  }

  /**
   * Writes the parts of a story that differ from {@code before}, what its rows hold. A part is a
   * store-wide entity's share of the story (its story entities in the story's order): the mentions
   * are kept by store-wide entity, not by story entity. An unchanged part's rows stay: rewriting
   * them would take away and add the same counts and names, and name its entity as it is named.
   * {@code now} is what {@link WrittenEntities} keeps of {@code entities}, one for one.
   */
  private static void replaceChanged(Statements st, String sid, List<WrittenEntities.Written> before,
      List<StoryEntities.Linked> entities, List<WrittenEntities.Written> now, Set<String> touched) throws SQLException {
    Map<String, List<WrittenEntities.Written>> was = byEntity(before);
    Map<String, List<WrittenEntities.Written>> is = byEntity(now);
    for (Map.Entry<String, List<WrittenEntities.Written>> part : was.entrySet()) {
      if (!part.getValue().equals(is.get(part.getKey()))) {
        for (WrittenEntities.Written w : part.getValue()) {
          st.takeAway(sid, w);
        }
        st.dropLinks(sid, part.getKey());
        touched.add(part.getKey());
      }
    }
    Map<String, List<StoryEntities.Linked>> linked = new LinkedHashMap<>();
    for (int i = 0; i < now.size(); i++) {
      linked.computeIfAbsent(now.get(i).entityId(), k -> new ArrayList<>(1)).add(entities.get(i));
    }
    for (Map.Entry<String, List<WrittenEntities.Written>> part : is.entrySet()) {
      if (!part.getValue().equals(was.get(part.getKey()))) {
        for (StoryEntities.Linked l : linked.get(part.getKey())) {
          touched.add(st.insert(sid, l));
        }
      }
    }
  }

  /** The entities by the id of their store-wide entity, in their order. */
  private static Map<String, List<WrittenEntities.Written>> byEntity(List<WrittenEntities.Written> entities) {
    Map<String, List<WrittenEntities.Written>> out = new LinkedHashMap<>();
    for (WrittenEntities.Written w : entities) {
      out.computeIfAbsent(w.entityId(), k -> new ArrayList<>(1)).add(w);
    }
    return out;
  }

  /**
   * The statements of {@link #replace}, prepared once per call (not once per story) and, but for
   * reading and deleting a story's old rows, run in batches.
   */
  private static final class Statements implements AutoCloseable {
    private final PreparedStatement oldRows;
    private final PreparedStatement dropRows;
    private final PreparedStatement dropLinks;
    private final PreparedStatement row;
    private final PreparedStatement link;
    private final PreparedStatement entity;
    private final PreparedStatement name;
    private final PreparedStatement dropNames;
    private final PreparedStatement dropEntity;
    private final PreparedStatement rename;
    private final PreparedStatement dropRow;
    private final PreparedStatement dropEntityLinks;

    Statements(Connection db) throws SQLException {
      oldRows = db.prepareStatement(
          "SELECT entity_id, name, type, aliases, mentions, articles FROM story_entities WHERE story_id = ?");
      dropRows = db.prepareStatement("DELETE FROM story_entities WHERE story_id = ?");
      dropLinks = db.prepareStatement("DELETE FROM entity_links WHERE story_id = ?");
      row = db.prepareStatement("""
          INSERT INTO story_entities (story_id, local_id, entity_id, name, type, aliases, reasons, mentions, articles)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (story_id, local_id) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name, type = excluded.type,
            aliases = excluded.aliases, reasons = excluded.reasons, mentions = excluded.mentions, articles = excluded.articles""");
      link = db.prepareStatement(
          "INSERT INTO entity_links (entity_id, article_id, start, \"end\", text, story_id) VALUES (?, ?, ?, ?, ?, ?)");
      entity = db.prepareStatement("""
          INSERT INTO entities (id, canonical_name, type, aliases, reasons, mention_count, article_count, story_count)
          VALUES (?, ?, ?, '[]', '[]', ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET mention_count = entities.mention_count + excluded.mention_count,
            article_count = entities.article_count + excluded.article_count,
            story_count = entities.story_count + excluded.story_count""");
      name = db.prepareStatement("""
          INSERT INTO entity_names (entity_id, name, folded, stories, canonical) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (entity_id, name) DO UPDATE SET stories = entity_names.stories + excluded.stories,
            canonical = entity_names.canonical + excluded.canonical""");
      dropNames = db.prepareStatement("DELETE FROM entity_names WHERE entity_id = ? AND stories <= 0");
      dropEntity = db.prepareStatement("DELETE FROM entities WHERE id = ? AND story_count <= 0");
      dropRow = db.prepareStatement("DELETE FROM story_entities WHERE story_id = ? AND local_id = ?");
      dropEntityLinks = db.prepareStatement("DELETE FROM entity_links WHERE story_id = ? AND entity_id = ?");
      rename = db.prepareStatement("""
          UPDATE entities SET canonical_name = (SELECT name FROM entity_names WHERE entity_id = ?
            ORDER BY canonical DESC, stories DESC, length(name) DESC, name LIMIT 1) WHERE id = ?""");
    }

    /** What the story's entities added to their store-wide entities, to be taken away before they are replaced. */
    List<Old> old(String storyId) throws SQLException {
      List<Old> out = new ArrayList<>();
      oldRows.setString(1, storyId);
      try (ResultSet rs = oldRows.executeQuery()) {
        while (rs.next()) {
          Set<String> names = new LinkedHashSet<>(readStrings(rs.getString(4)));
          names.add(rs.getString(2));
          out.add(new Old(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), names, rs.getInt(5), rs.getInt(6)));
        }
      }
      return out;
    }

    /** Deletes the story's entities and mentions, at once: its new ones are inserted in the batches. */
    void drop(String storyId) throws SQLException {
      dropRows.setString(1, storyId);
      dropRows.executeUpdate();
      dropLinks.setString(1, storyId);
      dropLinks.executeUpdate();
    }

    /** Takes away a story entity's share of its store-wide entity and deletes its row (in the batches). */
    void takeAway(String storyId, WrittenEntities.Written w) throws SQLException {
      adjust(w.entityId(), w.name(), w.type(), w.names(), -w.mentions(), -w.articles(), -1);
      dropRow.setString(1, storyId);
      dropRow.setString(2, w.localId());
      dropRow.addBatch();
    }

    /** Deletes the story's mentions of the store-wide entity {@code id} (in the batches). */
    void dropLinks(String storyId, String id) throws SQLException {
      dropEntityLinks.setString(1, storyId);
      dropEntityLinks.setString(2, id);
      dropEntityLinks.addBatch();
    }

    /** Writes a story's entity, its mentions and its share of the store-wide entity; returns that entity's id. */
    String insert(String storyId, StoryEntities.Linked l) throws SQLException {
      Entity e = l.entity();
      String id = EntityId.ofKey(l.key()).value();
      int articles = (int) e.articleCount();
      int i = 0;
      row.setString(++i, storyId);
      row.setString(++i, e.id().value());
      row.setString(++i, id);
      row.setString(++i, e.canonicalName());
      row.setString(++i, e.type().name());
      row.setString(++i, strings(e.aliases()));
      row.setString(++i, reasons(e.reasons()));
      row.setInt(++i, e.mentionCount());
      row.setInt(++i, articles);
      row.addBatch();
      for (EntityMention m : e.mentions()) {
        link.setString(1, id);
        link.setString(2, m.article().value());
        link.setInt(3, m.span().start());
        link.setInt(4, m.span().end());
        link.setString(5, m.text());
        link.setString(6, storyId);
        link.addBatch();
      }
      adjust(id, e.canonicalName(), e.type(), e.names(), e.mentionCount(), articles, 1);
      return id;
    }

    /** Adds (or, with negative counts, takes away) one story entity's share of a store-wide entity. */
    void adjust(String id, String canonical, EntityType type, Collection<String> names, int mentions, int articles, int stories)
        throws SQLException {
      entity.setString(1, id);
      entity.setString(2, canonical);
      entity.setString(3, type.name());
      entity.setInt(4, mentions);
      entity.setInt(5, articles);
      entity.setInt(6, stories);
      entity.addBatch();
      for (String n : names) {
        name.setString(1, id);
        name.setString(2, n);
        name.setString(3, Names.fold(n));
        name.setInt(4, stories);
        name.setInt(5, n.equals(canonical) ? stories : 0);
        name.addBatch();
      }
    }

    /** Runs the batched statements, the deletions first, then the entities: a link refers to its entity. */
    void flush() throws SQLException {
      dropRow.executeBatch();
      dropEntityLinks.executeBatch();
      entity.executeBatch();
      name.executeBatch();
      row.executeBatch();
      link.executeBatch();
    }

    /** Deletes what is left in no story; names each touched entity by the canonical name most of its stories give it. */
    void settle(Set<String> touched) throws SQLException {
      for (String id : touched) {
        dropNames.setString(1, id);
        dropNames.addBatch();
        dropEntity.setString(1, id);
        dropEntity.addBatch();
        rename.setString(1, id);
        rename.setString(2, id);
        rename.addBatch();
      }
      dropNames.executeBatch();
      dropEntity.executeBatch();
      rename.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement p : List.of(oldRows, dropRows, dropLinks, row, link, entity, name, dropNames, dropEntity, rename,
          dropRow, dropEntityLinks)) {
        p.close();
      }
    }
  }

  /** What a story's entity added to its store-wide entity, to be taken away before it is replaced. */
  private record Old(String entityId, String name, EntityType type, Set<String> names, int mentions, int articles) {}

  /** Deletes every entity of every story, inside the caller's transaction. */
  void clear() throws SQLException {
    for (String table : List.of("entity_links", "story_entities", "entity_names", "entities")) {
      Sql.exec(db, "DELETE FROM " + table);
    }
  }

  /** The number of store-wide entities. */
  public long count() {
    try {
      return Sql.queryLong(db, "SELECT count(*) FROM entities");
    } catch (SQLException e) {
      throw failure("cannot count the entities", e);
    }
  }

  /** A page of entities, most mentioned first. */
  public List<EntitySummary> page(int offset, int limit) {
    return summaries("""
        SELECT id, canonical_name, type, mention_count, article_count, story_count FROM entities
        ORDER BY mention_count DESC, canonical_name LIMIT ? OFFSET ?""", limit, offset);
  }

  /** The entities of a story, most mentioned first, with their names: one query, as a story page asks for every story. */
  public List<EntitySummary> ofStory(StoryId story) {
    try {
      return queries.query("""
          SELECT e.id, e.canonical_name, e.type, e.mention_count, e.article_count, e.story_count, n.name
          FROM (SELECT entity_id, sum(mentions) AS mentions FROM story_entities WHERE story_id = ? GROUP BY entity_id) s
          JOIN entities e ON e.id = s.entity_id LEFT JOIN entity_names n ON n.entity_id = e.id
          ORDER BY s.mentions DESC, e.canonical_name, e.id""", EntityStore::withNames, story.value());
    } catch (SQLException | RuntimeException e) {
      throw failure("cannot read the entities of story " + story.value(), e);
    }
  }

  /** The summaries of rows that give an entity once per name (column 7), an entity's rows one after another. */
  private static List<EntitySummary> withNames(ResultSet rs) throws SQLException {
    List<EntitySummary> out = new ArrayList<>();
    Row row = null;
    TreeSet<String> names = new TreeSet<>();
    while (rs.next()) {
      if (row == null || !row.id().equals(rs.getString(1))) {
        if (row != null) {
          out.add(row.summary(names));
        }
        row = row(rs);
        names = new TreeSet<>();
      }
      String name = rs.getString(7);
      if (name != null) {
        names.add(name);
      }
    }
    if (row != null) {
      out.add(row.summary(names));
    }
    return out;
  }

  /**
   * The entity with this id, else so named (canonical name or alias, folded), else whose full name
   * ends with it ("Zelenskyy" finds "Volodymyr Zelensky"); the most mentioned of several.
   */
  public Optional<Entity> byName(String name) {
    String folded = Names.fold(name);
    String select = "SELECT e.id, e.canonical_name, e.type FROM entities e ";
    String order = " ORDER BY e.mention_count DESC, e.id LIMIT 1";
    try {
      Optional<Entity> found = first(select + "WHERE e.id = ?" + order, name.strip());
      if (found.isEmpty()) {
        found = first(select + "JOIN entity_names n ON n.entity_id = e.id WHERE n.folded = ?" + order, folded);
      }
      if (found.isEmpty() && !folded.isEmpty()) {
        found = first(select + "JOIN entity_names n ON n.entity_id = e.id WHERE n.folded LIKE ?" + order, "% " + folded);
      }
      return found;
    } catch (SQLException | IOException | RuntimeException e) {
      throw failure("cannot read the entity '" + name + "'", e);
    }
  }

  private Optional<Entity> first(String sql, String param) throws SQLException, IOException {
    try (PreparedStatement st = prepare(sql, param); ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      String id = rs.getString(1);
      String canonical = rs.getString(2);
      TreeSet<String> aliases = new TreeSet<>(aliases(id));
      aliases.remove(canonical);
      return Optional.of(new Entity(new EntityId(id), canonical, EntityType.valueOf(rs.getString(3)), aliases, mentions(id),
          reasonsOf(id)));
    }
  }

  /** The stories with an entity so named. */
  public List<StoryId> storiesNaming(String name) {
    List<StoryId> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("""
        SELECT DISTINCT s.story_id FROM entity_names n JOIN story_entities s ON s.entity_id = n.entity_id WHERE n.folded = ?""")) {
      st.setString(1, Names.fold(name));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryId(rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot find the stories naming '" + name + "'", e);
    }
  }

  /** Records a user's decision inside a transaction of its own; it applies to every later resolution. */
  void addDecision(EntityDecision d) {
    Objects.requireNonNull(d, "d");
    try {
      Sql.inTransaction(db, () -> {
        exec("INSERT INTO entity_decisions (kind, name, other, at) VALUES (?, ?, ?, ?)", d.kind().name(), d.name(), d.other(),
            Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return null;
      });
    } catch (SQLException e) {
      throw failure("could not record the decision " + d, e);
    }
  }

  /** The user's decisions, in the order they were made. */
  public List<EntityDecision> decisions() {
    try (PreparedStatement st = db.prepareStatement("SELECT kind, name, other FROM entity_decisions ORDER BY id");
        ResultSet rs = st.executeQuery()) {
      List<EntityDecision> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new EntityDecision(EntityDecision.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
      }
      return out;
    } catch (SQLException | IllegalArgumentException e) {
      throw failure("cannot read the entity decisions", e);
    }
  }

  private record Row(String id, String name, EntityType type, int mentions, int articles, int stories) {
    /** The summary, {@code names} its aliases once its canonical name is taken out. */
    EntitySummary summary(TreeSet<String> names) {
      names.remove(name);
      return new EntitySummary(new EntityId(id), name, type, names, mentions, articles, stories);
    }
  }

  /** The row of columns 1 to 6: id, canonical name, type, mention, article and story counts. */
  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6));
  }

  private List<EntitySummary> summaries(String sql, Object... params) {
    try {
      List<Row> rows = queries.query(sql, rs -> {
        List<Row> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row(rs));
        }
        return out;
      }, params);
      Map<String, TreeSet<String>> names = namesOf(rows);
      List<EntitySummary> out = new ArrayList<>(rows.size());
      for (Row r : rows) {
        out.add(r.summary(names.getOrDefault(r.id(), new TreeSet<>())));
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      throw failure("cannot read the entities", e);
    }
  }

  /** The names of these entities, in one query a few hundred at a time. */
  private Map<String, TreeSet<String>> namesOf(List<Row> rows) throws SQLException {
    Map<String, TreeSet<String>> out = new HashMap<>();
    for (int from = 0; from < rows.size(); from += 500) {
      List<Row> part = rows.subList(from, Math.min(rows.size(), from + 500));
      queries.query("SELECT entity_id, name FROM entity_names WHERE entity_id IN (" + Sql.marks(part.size()) + ")", rs -> {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
        return null;
      }, part.stream().map(Row::id).toArray());
    }
    return out;
  }

  private List<String> aliases(String entityId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st = prepare("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name", entityId);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private List<EntityMention> mentions(String entityId) throws SQLException {
    List<EntityMention> out = new ArrayList<>();
    Map<String, EntityType> types = new HashMap<>();
    try (PreparedStatement st = prepare("""
            SELECT l.article_id, l.start, min(l."end"), min(l.text), min(s.type) FROM entity_links l
            JOIN story_entities s ON s.story_id = l.story_id AND s.entity_id = l.entity_id
            WHERE l.entity_id = ? GROUP BY l.article_id, l.start ORDER BY l.article_id, l.start""", entityId);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        EntityType type = types.computeIfAbsent(rs.getString(5), EntityType::valueOf);
        out.add(new EntityMention(new ArticleId(rs.getString(1)), Span.of(rs.getInt(2), rs.getInt(3)), rs.getString(4), type));
      }
    }
    return out;
  }

  private List<MergeReason> reasonsOf(String entityId) throws SQLException, IOException {
    List<MergeReason> out = new ArrayList<>();
    try (PreparedStatement st = prepare("SELECT reasons FROM story_entities WHERE entity_id = ? ORDER BY story_id", entityId);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        for (JsonNode n : JSON.readTree(rs.getString(1))) {
          JsonNode article = n.get("article");
          out.add(new MergeReason(MergeReason.Kind.valueOf(n.get("kind").asText()), n.get("name").asText(), n.get("other").asText(),
              article == null || article.isNull() ? null : new ArticleId(article.asText()), n.get("explanation").asText()));
        }
      }
    }
    return out;
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    return Sql.prepare(db, sql, params);
  }

  private void exec(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params)) {
      st.executeUpdate();
    }
  }

  /**
   * The values as a JSON array of strings. Written by the mapper's own generator, as the tree of
   * nodes it replaced was (the same characters), without the tree and the serialiser lookups: the
   * commit writes this for every entity of every story a batch touches.
   */
  static String strings(Collection<String> values) {
    if (values.isEmpty()) {
      return "[]";
    }
    return write(g -> {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    });
  }

  private static List<String> readStrings(String json) {
    try {
      List<String> out = new ArrayList<>();
      JSON.readTree(json).forEach(n -> out.add(n.asText()));
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON array of strings: " + json, e);
    }
  }

  /** The reasons as a JSON array of objects, as {@link #strings} is written. */
  static String reasons(List<MergeReason> reasons) {
    if (reasons.isEmpty()) {
      return "[]";
    }
    return write(g -> {
      g.writeStartArray();
      for (MergeReason r : reasons) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name());
        g.writeStringField("name", r.name());
        g.writeStringField("other", r.other());
        g.writeStringField("article", r.article() == null ? null : r.article().value());
        g.writeStringField("explanation", r.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** What {@link #write} writes with. */
  @FunctionalInterface
  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      writing.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer does not fail", e);
    }
    return out.toString();
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(location, what + ": " + e.getMessage(), e);
  }
}
