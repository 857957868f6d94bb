package org.storyline.cluster;

import org.storyline.model.Article;
import org.storyline.model.ClusterDecision;

/**
 * The cluster stage: puts each arriving article in a story, online.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>{@link #add} is called once per article, in arrival order (best: publication order,
 *       undated last); it puts the article in exactly one story, existing or new, and says why. The
 *       cost of a call is proportional to the number of candidate stories it is compared with
 *       (bounded by configuration), not to the number of stories or articles seen.
 *   <li>A duplicate of an earlier article is kept: it goes in its original's story and is listed in
 *       {@link Clustering#duplicates()}; it is never dropped.
 *   <li>{@link #finish} may merge stories that turned out to be one (each merge recorded) and returns
 *       the partition: every article added is in exactly one story and one sub-event of it. No
 *       {@code add} may follow.
 *   <li>Deterministic: the same articles in the same order give the same stories, ids and
 *       decisions.
 * </ul>
 *
 * Not thread-safe.
 */
public interface Clusterer {

  /** Puts {@code article} in a story and says why. */
  ClusterDecision add(Article article);

  /** Ends the stream: merges what should be merged and returns every story. */
  Clustering finish();
}
