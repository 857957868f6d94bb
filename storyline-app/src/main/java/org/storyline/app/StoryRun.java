package org.storyline.app;

import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.ClusterConfig;
import org.storyline.cluster.Clusterer;
import org.storyline.cluster.Clustering;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.model.Article;
import org.storyline.model.ClusterDecision;
import org.storyline.store.SqliteArticleStore;

/**
 * Keeps the stored stories in step with the stored articles.
 *
 * <p>Strategy: <b>rebuild</b>. When articles were added (or the store has articles that are in no
 * story, e.g. a store made before schema version 2), every stored article is clustered again in
 * publication order (undated last, then id) and the stored clustering is replaced in one
 * transaction. This is correct first: the result depends only on the set of stored articles, not
 * on how they were split into ingest runs, and it is deterministic. It costs a pass over the store
 * per run that adds articles; loading the clusterer's state instead is left for when stores grow
 * large.
 */
final class StoryRun {

  private StoryRun() {}

  /** Whether the stored clustering misses some stored article. */
  static boolean stale(SqliteArticleStore store) {
    return store.storyTables().clusteredArticles() != store.count();
  }

  /** Rebuilds when {@code added} is positive or the clustering is stale; returns whether it did. */
  static boolean refresh(SqliteArticleStore store, int added) {
    if (added == 0 && !stale(store)) {
      return false;
    }
    rebuild(store);
    return true;
  }

  /** Clusters every stored article again and replaces the stored clustering. */
  static Clustering rebuild(SqliteArticleStore store) {
    Clusterer clusterer = new OnlineClusterer(ClusterConfig.defaults());
    List<ClusterDecision> decisions = new ArrayList<>();
    for (Article a : store.all()) { // publication order, undated last, then id
      decisions.add(clusterer.add(a));
    }
    Clustering clustering = clusterer.finish();
    store.storyTables().replace(clustering, decisions);
    return clustering;
  }
}
