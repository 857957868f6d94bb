package org.storyline.reconcile.event;

import java.util.List;

/**
 * Groups the event mentions of one topic (a story: reports of one happening and what surrounds it)
 * into events, across documents: "the attack" in one report, "attacked" in another and "the
 * assault" in a third become one cluster when they speak of the same happening.
 *
 * <p>Contract: the mentions are of one topic; comparing mentions of different topics is the
 * caller's business (it never should). Every mention given is in exactly one cluster, a mention
 * given twice (equal records) once. Clusters come in the order of their first mention, and the
 * mentions of a cluster in the order given; the result depends on the mentions and their order
 * only. Implementations are stateless and thread-safe.
 */
public interface EventCoreferencer {

  List<EventCluster> cluster(List<EventMention> mentions);
}
