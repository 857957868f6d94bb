package org.storyline.reconcile.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.storyline.model.EntityType;

/**
 * One real-world referent across the articles of a store.
 *
 * @param id stable while the canonical name stays the same
 * @param canonicalName the fullest form seen, titles stripped ("Vladimir Putin")
 * @param type the type most of its mentions have
 * @param aliases every other surface form (titles, determiners and possessives stripped), sorted
 * @param mentions every mention, by article then offset
 * @param reasons why its names were put together, in the order the rules fired
 */
public record Entity(
    EntityId id, String canonicalName, EntityType type, SortedSet<String> aliases, List<EntityMention> mentions,
    List<MergeReason> reasons) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(type, "type");
    aliases = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
    mentions = List.copyOf(mentions);
    reasons = List.copyOf(reasons);
  }

  /** The canonical name and every alias. */
  public Set<String> names() {
    SortedSet<String> all = new TreeSet<>(aliases);
    all.add(canonicalName);
    return all;
  }

  /** How many times the articles name it. */
  public int mentionCount() {
    return mentions.size();
  }

  /** How many articles name it. */
  public long articleCount() {
    return mentions.stream().map(EntityMention::article).distinct().count();
  }
}
