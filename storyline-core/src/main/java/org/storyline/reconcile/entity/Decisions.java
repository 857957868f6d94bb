package org.storyline.reconcile.entity;

import java.util.Iterator;
import java.util.List;

/** Applies a user's {@link EntityDecision} to the clusters the rules built. */
final class Decisions {

  private Decisions() {}

  /** Applies {@code d}; false when a name it gives matches no entity (the decision waits for articles that name it). */
  static boolean apply(EntityDecision d, List<RuleEntityResolver.Cluster> clusters) {
    RuleEntityResolver.Cluster a = find(d.name(), clusters);
    if (a == null) {
      return false;
    }
    String other = Names.fold(d.other());
    if (d.kind() == EntityDecision.Kind.MERGE) {
      RuleEntityResolver.Cluster b = find(d.other(), clusters);
      if (b == null || b == a) {
        return b != null;
      }
      String keep = a.name();
      a.mentions.addAll(b.mentions);
      a.preferred = keep; // the entity named first keeps its name
      a.reasons.addAll(b.reasons);
      a.reasons.add(new MergeReason(MergeReason.Kind.USER_MERGE, d.other(), d.name(), null,
          "a user merged '" + d.other() + "' into '" + d.name() + "'"));
      clusters.remove(b);
      return true;
    }
    RuleEntityResolver.Cluster split = new RuleEntityResolver.Cluster();
    for (Iterator<LocalEntity.Named> it = a.mentions.iterator(); it.hasNext(); ) {
      LocalEntity.Named n = it.next();
      if (Names.fold(n.name()).equals(other) || Names.fold(n.mention().text()).equals(other)) {
        split.mentions.add(n);
        it.remove();
      }
    }
    if (split.mentions.isEmpty()) {
      return false;
    }
    split.reasons.add(new MergeReason(MergeReason.Kind.USER_SPLIT, d.other(), d.name(), null,
        "a user split '" + d.other() + "' from '" + d.name() + "'"));
    a.reasons.add(new MergeReason(MergeReason.Kind.USER_SPLIT, d.other(), d.name(), null,
        "a user split '" + d.other() + "' from '" + d.name() + "'"));
    clusters.add(split);
    return true;
  }

  /** The cluster whose fullest name is {@code name}, else the largest that has it as an alias; or null. */
  static RuleEntityResolver.Cluster find(String name, List<RuleEntityResolver.Cluster> clusters) {
    String f = Names.fold(name);
    RuleEntityResolver.Cluster best = null;
    for (RuleEntityResolver.Cluster c : clusters) {
      if (c.mentions.isEmpty()) {
        continue;
      }
      if (Names.fold(c.name()).equals(f)) {
        return c;
      }
      if (c.foldedNames().contains(f) && (best == null || c.mentions.size() > best.mentions.size())) {
        best = c;
      }
    }
    return best;
  }
}
