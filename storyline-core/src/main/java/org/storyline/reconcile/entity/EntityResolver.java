package org.storyline.reconcile.entity;

import java.util.List;

/**
 * Groups the named-entity mentions of many articles into entities, one per real-world referent.
 *
 * <p>Contract: the output depends only on the input (the same articles and decisions give the
 * same entities, ids included, in any article order); every input mention is in exactly one
 * entity; every entity explains each join with a {@link MergeReason}; the decisions are applied
 * last, in order, and override the rules. Implementations are thread-safe.
 */
public interface EntityResolver {

  /** The entities of these articles, corrected by the user's decisions, by descending mention count then name. */
  List<Entity> resolve(List<ArticleMentions> articles, List<EntityDecision> decisions);
}
