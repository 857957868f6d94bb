package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Story;

/**
 * {@link OnlineClusterer#forgetDrained}: a clusterer that keeps nothing for {@code finish} decides,
 * settles and drains as one that keeps everything, over a stream long enough for stories to freeze,
 * and holds none of the frozen stories, duplicate links or merges.
 */
class ForgetDrainedTest {

  private static final int BATCH = 100;

  @Test
  void forgetDrained_changesNothingDrainedAndKeepsOnlyTheLiveStories() {
    // a short window and an early freeze, so that the sweep at the 2,000th arrival freezes stories
    ClusterConfig config = ClusterConfig.defaults().with(Map.of("merge.threshold", "0.3", "window.days", "5",
        "freeze.after", "100"));
    List<Article> articles = RealTextStream.articles(2_100, 20);
    OnlineClusterer keeping = new OnlineClusterer(config).recordChanges();
    OnlineClusterer forgetting = new OnlineClusterer(config).recordChanges().forgetDrained();
    List<Object> kept = new ArrayList<>();
    List<Object> forgot = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      kept.add(keeping.add(articles.get(i)));
      forgot.add(forgetting.add(articles.get(i)));
      if ((i + 1) % BATCH == 0) {
        kept.add(keeping.settle());
        kept.add(keeping.drainChanges());
        forgot.add(forgetting.settle());
        forgot.add(forgetting.drainChanges());
      }
    }
    assertThat(forgot).isEqualTo(kept);

    Clustering all = keeping.finish();
    Clustering live = forgetting.finish();
    assertThat(all.duplicates()).as("the stream has duplicates").isNotEmpty();
    assertThat(all.merges()).as("and merges").isNotEmpty();
    assertThat(live.duplicates()).isEmpty();
    assertThat(live.merges()).isEmpty();
    assertThat(all.stories().size()).as("some stories froze").isGreaterThan(live.stories().size());
    List<Story> notFrozen = all.stories().subList(all.stories().size() - live.stories().size(), all.stories().size());
    assertThat(live.stories()).isEqualTo(notFrozen);
  }

  @Test
  void forgetDrained_needsChangesRecorded() {
    assertThatThrownBy(() -> OnlineClusterer.withDefaults().forgetDrained())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("recordChanges()");
  }
}
