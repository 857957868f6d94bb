package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.summarize.SourcedSentence;

/**
 * Schema version 6: {@code story_summaries}, each story's headline and summary; version 9:
 * {@code sub_event_summaries}, each sub-event's. A summary is a JSON array of sentences with their
 * sources, so that {@code json_each} reads it:
 * {@code [{"text", "article", "outlet", "published", "start", "end"}]} (offsets into the article's
 * cleaned text).
 */
final class SummaryTables {

  static final String DESCRIPTION = "summaries: each story's headline and summary";

  static final List<String> STATEMENTS = List.of("""
      CREATE TABLE story_summaries (
        story_id  TEXT PRIMARY KEY NOT NULL,
        headline  TEXT NOT NULL,
        sentences TEXT NOT NULL  -- JSON: [{"text","article","outlet","published","start","end"}], in date order
      )""");

  static final String SUB_EVENT_DESCRIPTION = "sub-event summaries: each sub-event's headline and summary";

  static final List<String> SUB_EVENT_STATEMENTS = List.of("""
      CREATE TABLE sub_event_summaries (
        story_id  TEXT NOT NULL,
        number    INTEGER NOT NULL CHECK (number > 0),  -- sub_events.number
        headline  TEXT NOT NULL,
        sentences TEXT NOT NULL,  -- JSON, as story_summaries.sentences
        PRIMARY KEY (story_id, number)
      ) WITHOUT ROWID""");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String location;
  private final Connection db;
  private final PreparedQueries queries;

  SummaryTables(String location, Connection db, PreparedQueries queries) {
    this.location = location;
    this.db = db;
    this.queries = queries;
  }

  /** Replaces these stories' summaries (or deletes them, for stories merged away), inside the caller's transaction. */
  void replace(List<StorySummary> summaries) throws SQLException {
    if (summaries.isEmpty()) {
      return;
    }
    // prepared once for every story of the batch, not four times a story
    try (PreparedStatement dropSubEvents = db.prepareStatement("DELETE FROM sub_event_summaries WHERE story_id = ?");
        PreparedStatement dropStory = db.prepareStatement("DELETE FROM story_summaries WHERE story_id = ?");
        PreparedStatement story = db.prepareStatement("INSERT INTO story_summaries (story_id, headline, sentences) VALUES (?, ?, ?)");
        PreparedStatement subEvent = db.prepareStatement(
            "INSERT INTO sub_event_summaries (story_id, number, headline, sentences) VALUES (?, ?, ?, ?)")) {
      for (StorySummary s : summaries) {
        for (PreparedStatement drop : List.of(dropSubEvents, dropStory)) {
          drop.setString(1, s.story().value());
          drop.executeUpdate();
        }
        if (!s.isRemoval()) {
          insert(story, subEvent, s);
        }
      }
    }
  }

  private static void insert(PreparedStatement story, PreparedStatement subEvent, StorySummary s) throws SQLException {
    story.setString(1, s.story().value());
    story.setString(2, s.headline());
    story.setString(3, encode(s.sentences()));
    story.executeUpdate();
    for (SubEventSummary e : s.subEvents()) {
      subEvent.setString(1, s.story().value());
      subEvent.setInt(2, e.number());
      subEvent.setString(3, e.headline());
      subEvent.setString(4, encode(e.sentences()));
      subEvent.addBatch();
    }
    subEvent.executeBatch();
  }

  void clear() throws SQLException {
    Sql.exec(db, "DELETE FROM sub_event_summaries");
    Sql.exec(db, "DELETE FROM story_summaries");
  }

  Optional<StorySummary> of(StoryId story) {
    try {
      Optional<StorySummary> found = queries.query("SELECT headline, sentences FROM story_summaries WHERE story_id = ?",
          rs -> rs.next() ? Optional.of(new StorySummary(story, rs.getString(1), decode(rs.getString(2)))) : Optional.<StorySummary>empty(),
          story.value());
      return found.map(f -> new StorySummary(story, f.headline(), f.sentences(), subEvents(story)));
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the summary of story " + story.value() + ": " + e.getMessage(), e);
    }
  }

  private List<SubEventSummary> subEvents(StoryId story) {
    try {
      return queries.query("SELECT number, headline, sentences FROM sub_event_summaries WHERE story_id = ? ORDER BY number", rs -> {
        List<SubEventSummary> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new SubEventSummary(rs.getInt(1), rs.getString(2), decode(rs.getString(3))));
        }
        return out;
      }, story.value());
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the sub-event summaries of story " + story.value() + ": " + e.getMessage(), e);
    }
  }

  /** The stored headline alone: a story list asks for one a row, and the sentences are not needed there. */
  Optional<String> headline(StoryId story) {
    try {
      return queries.query("SELECT headline FROM story_summaries WHERE story_id = ?",
          rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(), story.value());
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the headline of story " + story.value() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The headline to show for each of these stories the store holds: the summary's when it is not
   * blank, else the story's own (as {@code StoreReader.headline}), in one query a few hundred at a time.
   */
  Map<StoryId, String> headlines(java.util.Collection<StoryId> stories) {
    List<StoryId> ids = List.copyOf(new java.util.LinkedHashSet<>(stories));
    Map<StoryId, String> found = new HashMap<>();
    try {
      for (int from = 0; from < ids.size(); from += 500) {
        List<StoryId> part = ids.subList(from, Math.min(ids.size(), from + 500));
        queries.query("SELECT s.id, s.headline, m.headline FROM stories s LEFT JOIN story_summaries m ON m.story_id = s.id"
            + " WHERE s.id IN (" + Sql.marks(part.size()) + ")", rs -> {
              while (rs.next()) {
                String made = rs.getString(3);
                found.put(new StoryId(rs.getString(1)), made != null && !made.isBlank() ? made : rs.getString(2));
              }
              return null;
            }, part.stream().map(StoryId::value).toArray());
      }
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the headlines of " + ids.size() + " stories: " + e.getMessage(), e);
    }
    Map<StoryId, String> out = new LinkedHashMap<>();
    ids.stream().filter(found::containsKey).forEach(id -> out.put(id, found.get(id)));
    return out;
  }

  private static String encode(List<SourcedSentence> sentences) {
    ArrayNode a = JSON.createArrayNode();
    for (SourcedSentence s : sentences) {
      ObjectNode o = a.addObject();
      o.put("text", s.text());
      o.put("article", s.articleId());
      if (s.outlet() != null) {
        o.put("outlet", s.outlet());
      }
      o.put("published", s.published().toString());
      o.put("start", s.span().start());
      o.put("end", s.span().end());
    }
    return a.toString();
  }

  private static List<SourcedSentence> decode(String json) {
    List<SourcedSentence> out = new ArrayList<>();
    for (JsonNode o : tree(json)) {
      out.add(new SourcedSentence(o.get("text").asText(), o.get("article").asText(),
          o.hasNonNull("outlet") ? o.get("outlet").asText() : null, LocalDate.parse(o.get("published").asText()),
          new Span(o.get("start").asInt(), o.get("end").asInt())));
    }
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the sentences are not JSON: " + e.getMessage(), e);
    }
  }
}
