package org.storyline.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.engine.EntitySummary;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;

/** The JSON forms of entities. */
public final class EntityJson {

  private EntityJson() {}

  /** Id, canonical name, type, aliases and counts, for lists. */
  public static ObjectNode brief(EntitySummary e) {
    ObjectNode n = ArticleJson.object();
    n.put("id", e.id().value());
    n.put("name", e.name());
    n.put("type", e.type().name());
    ArrayNode aliases = n.putArray("aliases");
    e.aliases().forEach(aliases::add);
    n.put("mentions", e.mentions());
    n.put("articles", e.articles());
    n.put("stories", e.stories());
    return n;
  }

  /** The same for a whole entity. */
  static ObjectNode brief(Entity e) {
    ObjectNode n = ArticleJson.object();
    n.put("id", e.id().value());
    n.put("name", e.canonicalName());
    n.put("type", e.type().name());
    ArrayNode aliases = n.putArray("aliases");
    e.aliases().forEach(aliases::add);
    n.put("mentions", e.mentionCount());
    n.put("articles", e.articleCount());
    return n;
  }

  /** All of it: every mention with its offsets and every reason for a merge. */
  public static ObjectNode full(Entity e) {
    ObjectNode n = brief(e);
    ArrayNode mentions = n.putArray("mention_list");
    for (EntityMention m : e.mentions()) {
      ObjectNode x = mentions.addObject();
      x.put("article", m.article().value());
      x.put("start", m.span().start());
      x.put("end", m.span().end());
      x.put("text", m.text());
      x.put("type", m.type().name());
    }
    ArrayNode reasons = n.putArray("merges");
    for (MergeReason r : e.reasons()) {
      ObjectNode x = reasons.addObject();
      x.put("kind", r.kind().name());
      x.put("name", r.name());
      x.put("other", r.other());
      x.put("article", r.article() == null ? null : r.article().value());
      x.put("explanation", r.explanation());
    }
    return n;
  }
}
