package org.storyline.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.engine.BatchUpdate;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.StoreChange;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StoryEntities;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.EntityId;

/**
 * What a story page or story answer shows that a commit changes: the stories it writes or removes
 * (their articles, dates, extractions, entities, claims, timelines, summaries) and the store-wide
 * entities whose names or counts it moves (those the written stories name now and named before).
 *
 * @param everything every story, entity and claim group changes (the store is clustered again)
 */
record Changed(Set<StoryId> stories, Set<EntityId> entities, boolean everything) {

  /**
   * What {@code change} changes, read before it is committed: the entities a written story named
   * before come from {@code reader}, as do the stories of articles extracted or dated again.
   */
  static Changed before(StoreChange change, StoreReader reader) {
    if (change.everything()) {
      return new Changed(Set.of(), Set.of(), true);
    }
    BatchUpdate u = change.update().orElseThrow();
    Set<StoryId> stories = new LinkedHashSet<>();
    u.stories().stories().stream().map(Story::id).forEach(stories::add);
    stories.addAll(u.stories().removed());
    u.entities().forEach(e -> stories.add(e.story()));
    u.claims().forEach(c -> stories.add(c.story()));
    u.timelines().forEach(t -> stories.add(t.story()));
    u.summaries().forEach(s -> stories.add(s.story()));
    Set<ArticleId> added = new HashSet<>();
    u.added().forEach(a -> added.add(a.id())); // in the stories above already
    Set<ArticleId> redone = new LinkedHashSet<>(u.dates().keySet());
    u.extractions().forEach(x -> redone.add(x.article().id()));
    redone.removeIf(added::contains);
    redone.forEach(a -> reader.storyOf(a).ifPresent(stories::add));
    Set<EntityId> entities = new LinkedHashSet<>();
    for (StoryId s : stories) {
      reader.entitiesOf(s).stream().map(EntitySummary::id).forEach(entities::add);
    }
    for (StoryEntities e : u.entities()) {
      e.entities().forEach(l -> entities.add(EntityId.ofKey(l.key())));
    }
    return new Changed(stories, entities, false);
  }
}
