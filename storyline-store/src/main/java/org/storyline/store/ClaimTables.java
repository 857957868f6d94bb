package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.engine.StoryClaims;
import org.storyline.extract.ExtractionCodec;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Unit;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimValues;
import org.storyline.reconcile.claim.SourcedClaim;

/**
 * Each story's claim groups: a group's key (thing, owner, modality, unit, whether its values
 * disagree) in {@code claim_groups}, its members in {@code claim_members} as pointers to claims of
 * the stored extractions, so a claim is stored once.
 *
 * <p>Schema version 11 keeps with each group its values as a page shows them ({@code summary},
 * JSON, see {@link ClaimSummaryJson}), so a page of groups reads one row a group, not its thousands
 * of members. A group written by an older Storyline has none until its story's claims are grouped
 * again; a page summarises it from its members meanwhile.
 */
final class ClaimTables {

  static final String SUMMARY_DESCRIPTION = "claim groups: each group's values, summarised for a page of groups";
  static final List<String> SUMMARY_STATEMENTS = List.of("ALTER TABLE claim_groups ADD COLUMN summary TEXT");

  private final String location;
  private final Connection db;
  private final PreparedQueries queries;

  ClaimTables(String location, Connection db, PreparedQueries queries) {
    this.location = location;
    this.db = db;
    this.queries = queries;
  }

  /** Replaces one story's groups, inside the caller's transaction. */
  void replace(StoryClaims story) throws SQLException {
    String sid = story.story().value();
    try (PreparedStatement members = db.prepareStatement("DELETE FROM claim_members WHERE story_id = ?");
        PreparedStatement groups = db.prepareStatement("DELETE FROM claim_groups WHERE story_id = ?")) {
      members.setString(1, sid);
      members.executeUpdate();
      groups.setString(1, sid);
      groups.executeUpdate();
    }
    try (PreparedStatement group = db.prepareStatement("""
            INSERT INTO claim_groups (story_id, number, thing, owner, modality, unit, disagreement, size, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        PreparedStatement member = db.prepareStatement(
            """
            INSERT INTO claim_members (story_id, number, position, article_id, claim_index, claim, outlet, published)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      int number = 0;
      for (StoryClaims.Group g : story.groups()) {
        ClaimGroup c = g.group();
        number++;
        group.setString(1, sid);
        group.setInt(2, number);
        group.setString(3, c.thing());
        group.setString(4, c.owner().orElse(null));
        group.setString(5, c.modality().name());
        group.setString(6, c.unit().name());
        group.setInt(7, c.disagreement() ? 1 : 0);
        group.setInt(8, c.members().size());
        group.setString(9, ClaimSummaryJson.write(ClaimSummary.of(new ClaimGroupId(story.story(), number), c).values()));
        group.addBatch();
        for (int i = 0; i < c.members().size(); i++) {
          SourcedClaim m = c.members().get(i);
          member.setString(1, sid);
          member.setInt(2, number);
          member.setInt(3, i);
          member.setString(4, m.article().value());
          member.setInt(5, g.claimIndex().get(i));
          member.setString(6, new String(ExtractionCodec.encodeClaim(m.claim()), StandardCharsets.UTF_8)); // TEXT, for json_extract
          member.setString(7, m.outlet().orElse(null));
          member.setString(8, m.published().map(LocalDate::toString).orElse(null));
          member.addBatch();
        }
      }
      group.executeBatch();
      member.executeBatch();
    }
  }

  void clear() throws SQLException {
    Sql.exec(db, "DELETE FROM claim_members");
    Sql.exec(db, "DELETE FROM claim_groups");
  }

  /** A story's groups, largest first. */
  List<ClaimGroup> ofStory(StoryId story) {
    return read("SELECT * FROM claim_groups WHERE story_id = ?", "g.number", story.value());
  }

  /** One group, whole. */
  Optional<ClaimGroup> group(ClaimGroupId id) {
    return read("SELECT * FROM claim_groups WHERE story_id = ? AND number = ?", "g.number", id.story().value(), id.number())
        .stream().findFirst();
  }

  /** A page of every story's groups, largest first, as their stored summaries: one row a group. */
  List<ClaimSummary> page(int offset, int limit) {
    List<Stored> rows;
    try {
      rows = queries.query("""
          SELECT story_id, number, thing, owner, modality, unit, disagreement, summary FROM claim_groups
          ORDER BY size DESC, story_id, number LIMIT ? OFFSET ?""", ClaimTables::stored, limit, offset);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the claim groups: " + e.getMessage(), e);
    }
    // a group stored before version 11 has no summary: made from its members
    return rows.stream().map(r -> r.summary() != null ? r.key().summary(ClaimSummaryJson.read(r.summary()))
        : ClaimSummary.of(r.key().id(), group(r.key().id()).orElseThrow())).toList();
  }

  /** A row of {@link #page}: the group's key and its summary as stored, null before version 11. */
  private record Stored(Key key, String summary) {}

  private static List<Stored> stored(ResultSet rs) throws SQLException {
    List<Stored> out = new ArrayList<>();
    while (rs.next()) {
      out.add(new Stored(key(rs), rs.getString(8)));
    }
    return out;
  }

  /** The groups {@code groups} selects, in {@code order}, with their members: one query. */
  private List<ClaimGroup> read(String groups, String order, Object... params) {
    try {
      return queries.query("""
          SELECT g.story_id, g.number, g.thing, g.owner, g.modality, g.unit, g.disagreement,
                 m.article_id, m.claim, m.outlet, m.published
          FROM (%s) g JOIN claim_members m ON m.story_id = g.story_id AND m.number = g.number
          ORDER BY %s, m.position""".formatted(groups, order), ClaimTables::groups, params);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(location, "cannot read the claim groups: " + e.getMessage(), e);
    }
  }

  /** The groups of {@link #read}'s rows, one row per member, a group's members in a row. */
  private static List<ClaimGroup> groups(ResultSet rs) throws SQLException {
    List<ClaimGroup> out = new ArrayList<>();
    Key key = null;
    List<SourcedClaim> members = new ArrayList<>();
    // a page holds thousands of members of a few hundred articles' days: each day parsed once
    Map<String, LocalDate> days = new HashMap<>();
    while (rs.next()) {
      // the group's other columns are read only when its story and number change
      if (key == null || rs.getInt(2) != key.number() || !rs.getString(1).equals(key.story())) {
        if (key != null) {
          out.add(key.group(members));
        }
        key = key(rs);
        members = new ArrayList<>();
      }
      members.add(member(rs, days));
    }
    if (key != null) {
      out.add(key.group(members));
    }
    return out;
  }

  /** A group as its row says, before its members are read. */
  private record Key(String story, int number, String thing, String owner, Modality modality, Unit unit, boolean disagreement) {
    ClaimGroup group(List<SourcedClaim> members) {
      return new ClaimGroup(thing, Optional.ofNullable(owner), modality, unit, members, disagreement);
    }

    ClaimGroupId id() {
      return new ClaimGroupId(new StoryId(story), number);
    }

    ClaimSummary summary(ClaimValues values) {
      return new ClaimSummary(id(), thing, Optional.ofNullable(owner), modality, unit, disagreement, values);
    }
  }

  private static Key key(ResultSet rs) throws SQLException {
    return new Key(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), Modality.valueOf(rs.getString(5)),
        Unit.valueOf(rs.getString(6)), rs.getInt(7) == 1);
  }

  private static SourcedClaim member(ResultSet rs, Map<String, LocalDate> days) throws SQLException {
    String published = rs.getString(11);
    return new SourcedClaim(ExtractionCodec.decodeClaim(rs.getBytes(9)), new ArticleId(rs.getString(8)),
        Optional.ofNullable(rs.getString(10)), Optional.ofNullable(published).map(d -> days.computeIfAbsent(d, LocalDate::parse)));
  }
}
