package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ClusterDecision;

/**
 * {@link OnlineClusterer#prepare} reads an article without the clusterer's state: articles prepared
 * all at once, in parallel, by another clusterer of the same configuration, before any is added,
 * give the decisions, merges and changes of adding the articles themselves.
 */
class PreparedAheadTest {

  private static final int BATCH = 50;

  @Test
  void add_preparedAheadInParallelByAnotherClusterer_decidesAsAddingTheArticles() {
    // boilerplate lines counted early, merges on: the profiler's and the merge pass's state both matter
    ClusterConfig config = ClusterConfig.defaults().with(Map.of("merge.threshold", "0.3", "boilerplate.generation", "100"));
    List<Article> articles = RealTextStream.articles(600, 20);
    OnlineClusterer preparer = new OnlineClusterer(config);
    List<OnlineClusterer.Prepared> prepared = articles.parallelStream().map(preparer::prepare).toList();

    OnlineClusterer plain = new OnlineClusterer(config).recordChanges();
    OnlineClusterer ahead = new OnlineClusterer(config).recordChanges();
    List<Object> plainRun = new ArrayList<>();
    List<Object> aheadRun = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      plainRun.add(plain.add(articles.get(i)));
      aheadRun.add(ahead.add(prepared.get(i)));
      if ((i + 1) % BATCH == 0) {
        plainRun.add(plain.settle());
        plainRun.add(plain.drainChanges());
        aheadRun.add(ahead.settle());
        aheadRun.add(ahead.drainChanges());
      }
    }

    assertThat(aheadRun).isEqualTo(plainRun);
    assertThat(ahead.finish()).isEqualTo(plain.finish());
    assertThat(plainRun.stream().filter(ClusterDecision.class::isInstance).map(d -> ((ClusterDecision) d).kind()).distinct())
        .as("the stream exercises joins, duplicates and articles left alone")
        .contains(ClusterDecision.Kind.JOINED, ClusterDecision.Kind.DUPLICATE, ClusterDecision.Kind.ALONE);
  }
}
