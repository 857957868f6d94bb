package org.storyline.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.storyline.engine.EntityEvent;
import org.storyline.model.StoryId;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineCodec;
import org.storyline.reconcile.timeline.TimelineEvent;

/**
 * Schema version 8: each story's timeline, one row per event in date order ({@code payload} is
 * the event as {@link TimelineCodec} writes it), and the participants of each event by name, so
 * that an entity's events across stories are one indexed query.
 */
final class TimelineTables {

  static final String DESCRIPTION = "story timelines: events in date order with their sources, and their participants";

  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE timeline_events (
        story_id   TEXT NOT NULL,
        number     INTEGER NOT NULL CHECK (number > 0),  -- date order within the story
        first_day  TEXT NOT NULL,
        last_day   TEXT NOT NULL,
        precision  TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('HAPPENED', 'PLANNED')),
        label      TEXT NOT NULL,
        articles   INTEGER NOT NULL,  -- distinct articles that mention it
        payload    TEXT NOT NULL,     -- JSON; json_extract reads it
        PRIMARY KEY (story_id, number)
      ) WITHOUT ROWID""",
      """
      CREATE TABLE timeline_participants (
        name     TEXT NOT NULL,  -- the entity's canonical name
        story_id TEXT NOT NULL,
        number   INTEGER NOT NULL,
        PRIMARY KEY (name, story_id, number)
      ) WITHOUT ROWID""",
      "CREATE INDEX timeline_participants_by_story ON timeline_participants (story_id)");

  /** How many stories make decoding their timelines on every core worth its start. */
  private static final int PARALLEL_FROM = 64;

  private final String location;
  private final Connection db;
  private final PreparedQueries queries;

  TimelineTables(String location, Connection db, PreparedQueries queries) {
    this.location = location;
    this.db = db;
    this.queries = queries;
  }

  /**
   * Replaces these stories' timelines, inside the caller's transaction; the statements are prepared
   * once for them all (a batch touches hundreds of stories).
   */
  void replace(List<StoryTimeline> timelines) throws SQLException {
    if (timelines.isEmpty()) {
      return;
    }
    try (PreparedStatement dropParticipants = db.prepareStatement("DELETE FROM timeline_participants WHERE story_id = ?");
        PreparedStatement dropEvents = db.prepareStatement("DELETE FROM timeline_events WHERE story_id = ?");
        PreparedStatement event = db.prepareStatement("""
            INSERT INTO timeline_events (story_id, number, first_day, last_day, precision, status, label, articles, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        PreparedStatement participant = db.prepareStatement(
            "INSERT INTO timeline_participants (name, story_id, number) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (StoryTimeline timeline : timelines) {
        String sid = timeline.story().value();
        for (PreparedStatement drop : List.of(dropParticipants, dropEvents)) {
          drop.setString(1, sid);
          drop.executeUpdate();
        }
        insert(event, participant, sid, timeline);
      }
    }
  }

  /** Writes one story's events and their participants (in batches, run before the next story's rows are deleted). */
  private static void insert(PreparedStatement event, PreparedStatement participant, String sid, StoryTimeline timeline)
      throws SQLException {
    int number = 0;
    for (TimelineEvent e : timeline.events()) {
      number++;
      event.setString(1, sid);
      event.setInt(2, number);
      event.setString(3, e.when().first().toString());
      event.setString(4, e.when().last().toString());
      event.setString(5, e.when().precision().name());
      event.setString(6, e.status().name());
      event.setString(7, e.label());
      event.setInt(8, e.articles().size());
      event.setString(9, new String(TimelineCodec.encode(e), StandardCharsets.UTF_8));
      event.addBatch();
      for (String name : e.participants()) {
        participant.setString(1, name);
        participant.setString(2, sid);
        participant.setInt(3, number);
        participant.addBatch();
      }
    }
    event.executeBatch();
    participant.executeBatch();
  }

  void clear() throws SQLException {
    Sql.exec(db, "DELETE FROM timeline_participants");
    Sql.exec(db, "DELETE FROM timeline_events");
  }

  /** A story's timeline, as stored. */
  StoryTimeline ofStory(StoryId story) {
    try {
      return new StoryTimeline(story, queries.query("SELECT payload FROM timeline_events WHERE story_id = ? ORDER BY number", rs -> {
        List<TimelineEvent> events = new ArrayList<>();
        while (rs.next()) {
          events.add(decode(rs.getString(1)));
        }
        return events;
      }, story.value()));
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the timeline of story " + story.value() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The timelines of these stories, 500 stories to a query; the events decoded on every core when
   * they are many (decoding costs several times the reading).
   */
  Map<StoryId, StoryTimeline> ofStories(Collection<StoryId> stories) {
    List<StoryId> all = List.copyOf(new LinkedHashSet<>(stories));
    Map<StoryId, List<String>> payloads = new HashMap<>();
    try {
      for (int from = 0; from < all.size(); from += 500) {
        List<StoryId> part = all.subList(from, Math.min(all.size(), from + 500));
        try (PreparedStatement st = Sql.prepare(db, "SELECT story_id, payload FROM timeline_events WHERE story_id IN ("
                + Sql.marks(part.size()) + ") ORDER BY story_id, number", part.stream().map(StoryId::value).toArray());
            ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            payloads.computeIfAbsent(new StoryId(rs.getString(1)), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the timelines of " + all.size() + " stories: " + e.getMessage(), e);
    }
    Map<StoryId, StoryTimeline> out = new LinkedHashMap<>();
    (all.size() >= PARALLEL_FROM ? all.parallelStream() : all.stream())
        .map(s -> new StoryTimeline(s, payloads.getOrDefault(s, List.of()).stream().map(TimelineTables::decode).toList()))
        .forEachOrdered(t -> out.put(t.story(), t));
    return out;
  }

  private static TimelineEvent decode(String payload) {
    return TimelineCodec.decode(payload.getBytes(StandardCharsets.UTF_8));
  }

  /** The events a participant of this name takes part in, across stories, in date order. */
  List<EntityEvent> ofParticipant(String name, int limit) {
    List<EntityEvent> out = new ArrayList<>();
    try (PreparedStatement st = Sql.prepare(db, """
        SELECT e.story_id, e.payload FROM timeline_participants p
        JOIN timeline_events e ON e.story_id = p.story_id AND e.number = p.number
        WHERE p.name = ? ORDER BY e.first_day, e.last_day, e.story_id, e.number LIMIT ?""", name, limit);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(new EntityEvent(new StoryId(rs.getString(1)), decode(rs.getString(2))));
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the events of " + name + ": " + e.getMessage(), e);
    }
    return out;
  }
}
