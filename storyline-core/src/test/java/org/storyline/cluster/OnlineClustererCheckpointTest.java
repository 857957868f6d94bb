package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.Article;
import org.storyline.model.ClusterDecision;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;

/**
 * A clusterer saved and restored into a new one goes on exactly as one that never stopped: the
 * same decisions, merges, changes and stories. The engine's checkpoints rest on this.
 */
class OnlineClustererCheckpointTest {

  /** Settles merge stories; line counts and the duplicate detector's window turn over within the stream. */
  private static final Map<String, String> MERGING = Map.of("merge.threshold", "0.3", "boilerplate.generation", "100",
      "dedupe.window", "3");
  /** As {@link #MERGING}, and stories freeze at the sweep after 2,000 articles. */
  private static final Map<String, String> FREEZING = Map.of("merge.threshold", "0.3", "boilerplate.generation", "100",
      "dedupe.window", "3", "window.days", "10", "freeze.after", "300");
  private static final int BATCH = 100;
  private static final List<Article> ARTICLES = RealTextStream.articles(600, 20);
  private static final Map<Map<String, String>, Run> CONTINUOUS = new HashMap<>();

  /** What a clusterer returned over a whole stream. */
  private record Run(List<ClusterDecision> decisions, List<StoryMerge> settled, List<Changes> changes, Clustering finished) {}

  static Stream<Arguments> splits() {
    List<Arguments> out = new ArrayList<>();
    for (Map<String, String> settings : List.of(Map.<String, String>of(), MERGING)) {
      for (int k : new int[] {0, 1, 150, 300, ARTICLES.size()}) {
        out.add(Arguments.of(settings, k));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, restored after {1}")
  @MethodSource("splits")
  void restore_afterAnyArticle_goesOnAsOneClustererWould(Map<String, String> settings, int k) {
    Run continuous = CONTINUOUS.computeIfAbsent(settings, s -> run(s, ARTICLES, Set.of()));
    Run restored = run(settings, ARTICLES, Set.of(k));

    assertSameRun(restored, continuous);
    assertThat(restored.finished().stories()).isEqualTo(continuous.finished().stories()); // nothing froze
  }

  @Test
  void restore_betweenSettledBatches_goesOnAsOneClustererWould_storiesFreezing() {
    List<Article> articles = RealTextStream.articles(2_100, 20);
    Run continuous = run(FREEZING, articles, Set.of());
    // after settled batches, inside a batch, and around the sweep at 2,000 that freezes stories
    Run restored = run(FREEZING, articles, Set.of(100, 250, 1_000, 1_999, 2_000, 2_001, 2_100));

    assertSameRun(restored, continuous);
    assertThat(continuous.settled()).isNotEmpty();
    assertThat(continuous.finished().stories()).containsSubsequence(restored.finished().stories());
    assertThat(restored.finished().stories().size()).isLessThan(continuous.finished().stories().size()); // some froze before
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void drainChanges_appliedInTurn_giveTheFinishedStories(Map<String, String> settings) {
    Run run = CONTINUOUS.computeIfAbsent(settings, s -> run(s, ARTICLES, Set.of()));

    assertThat(store(run.changes())).isEqualTo(byId(run.finished().stories()));
    List<ClusterDecision> drained = run.changes().stream().flatMap(c -> c.decisions().stream()).toList();
    assertThat(drained).isEqualTo(run.decisions());
    assertThat(run.changes().stream().flatMap(c -> c.merges().stream()).toList()).isEqualTo(run.finished().merges());
    assertThat(run.changes().stream().flatMap(c -> c.duplicates().stream()).toList()).isEqualTo(run.finished().duplicates());
  }

  static Stream<Map<String, String>> settings() {
    return Stream.of(Map.of(), MERGING);
  }

  @Test
  void settle_afterEveryArticle_mergesAsFinishDoes() {
    OnlineClusterer settled = clusterer(MERGING);
    OnlineClusterer finished = clusterer(MERGING);
    ARTICLES.forEach(settled::add);
    ARTICLES.forEach(finished::add);

    assertThat(settled.settle()).isNotEmpty().isEqualTo(finished.finish().merges());
  }

  @Test
  void settle_withNothingAdded_comparesOnlyTheStoriesThatGrew() {
    OnlineClusterer c = clusterer(MERGING);
    ARTICLES.forEach(c::add);
    List<StoryMerge> merges = c.settle();
    assertThat(merges).isNotEmpty();

    for (int round = 0; round < 10 && !merges.isEmpty(); round++) {
      Set<StoryId> grew = merges.stream().map(StoryMerge::into).collect(java.util.stream.Collectors.toSet());
      merges = c.settle();
      merges.forEach(m -> assertThat(grew).as("%s", m).containsAnyOf(m.from(), m.into()));
    }
    assertThat(merges).isEmpty();
    assertThat(c.settle()).isEmpty();
  }

  @Test
  void restore_otherConfiguration_isRefusedNamingTheKeys() {
    byte[] saved = save(clusterer(MERGING));
    ClusterConfig other = ClusterConfig.defaults().with(Map.of("boilerplate.generation", "100", "dedupe.window", "3"));

    assertThatThrownBy(() -> restore(other, saved)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another configuration").hasMessageContaining("merge.threshold 0.3 there, 0.5 here");
  }

  @Test
  void restore_otherFormatVersion_isRefused() {
    byte[] saved = save(clusterer(Map.of()));
    saved[7] = (byte) (ClusterCheckpoint.FORMAT + 1); // the low byte of the version, after the 4-byte magic number

    assertThatThrownBy(() -> restore(ClusterConfig.defaults(), saved)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format version " + (ClusterCheckpoint.FORMAT + 1));
  }

  @Test
  void restore_notACheckpoint_isRefused() {
    assertThatThrownBy(() -> restore(ClusterConfig.defaults(), "{\"stories\": []}".getBytes()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a clusterer checkpoint");
    assertThatThrownBy(() -> restore(ClusterConfig.defaults(), new byte[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a clusterer checkpoint");
  }

  @Test
  void restore_cutShort_isRefused() {
    OnlineClusterer c = clusterer(Map.of());
    ARTICLES.subList(0, 50).forEach(c::add);
    byte[] saved = save(c);

    for (int length : new int[] {12, saved.length / 2, saved.length - 1}) {
      assertThatThrownBy(() -> restore(ClusterConfig.defaults(), Arrays.copyOf(saved, length))).as("%d bytes", length)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends early");
    }
  }

  @Test
  void drainChanges_notRecorded_isRefused() {
    OnlineClusterer c = new OnlineClusterer(ClusterConfig.defaults());
    c.add(ARTICLES.get(0));

    assertThatThrownBy(c::drainChanges).isInstanceOf(IllegalStateException.class).hasMessageContaining("recordChanges()");
  }

  @Test
  void settleAndSave_afterFinish_areRefused() {
    OnlineClusterer c = clusterer(Map.of());
    c.add(ARTICLES.get(0));
    c.finish();

    assertThatThrownBy(c::settle).isInstanceOf(IllegalStateException.class).hasMessageContaining("finish()");
    assertThatThrownBy(() -> c.save(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void save_otherDuplicateDetector_isRefused() {
    OnlineClusterer c = new OnlineClusterer(ClusterConfig.defaults(), article -> Optional.empty());

    assertThatThrownBy(() -> c.save(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be saved");
  }

  /**
   * Adds every article, settling and draining after each {@link #BATCH}; before the article of
   * each number in {@code restoreAt} ({@code articles.size()}: after the last), the clusterer is
   * saved and restored into a new one, which must save the same bytes again.
   */
  private static Run run(Map<String, String> settings, List<Article> articles, Set<Integer> restoreAt) {
    ClusterConfig config = ClusterConfig.defaults().with(settings);
    OnlineClusterer c = clusterer(settings);
    List<ClusterDecision> decisions = new ArrayList<>();
    List<StoryMerge> settled = new ArrayList<>();
    List<Changes> changes = new ArrayList<>();
    for (int i = 0; i <= articles.size(); i++) {
      if (restoreAt.contains(i)) {
        byte[] saved = save(c);
        c = restore(config, saved);
        assertThat(save(c)).as("saved again after %d articles", i).isEqualTo(saved);
      }
      if (i < articles.size()) {
        decisions.add(c.add(articles.get(i)));
      }
      if ((i + 1) % BATCH == 0 || i == articles.size()) {
        settled.addAll(c.settle());
        changes.add(c.drainChanges());
      }
    }
    Clustering finished = c.finish();
    changes.add(c.drainChanges());
    return new Run(decisions, settled, changes, finished);
  }

  private static void assertSameRun(Run actual, Run expected) {
    assertThat(actual.decisions()).isEqualTo(expected.decisions());
    assertThat(actual.settled()).isEqualTo(expected.settled());
    for (int i = 0; i < expected.changes().size(); i++) {
      assertThat(actual.changes().get(i)).as("changes drained %d", i).isEqualTo(expected.changes().get(i));
    }
    assertThat(actual.changes()).hasSameSizeAs(expected.changes());
    assertThat(store(actual.changes())).isEqualTo(store(expected.changes()));
  }

  /** The stories a store holds after applying {@code changes} in turn. */
  private static Map<StoryId, Story> store(List<Changes> changes) {
    Map<StoryId, Story> store = new LinkedHashMap<>();
    for (Changes c : changes) {
      c.removed().forEach(store::remove);
      c.stories().forEach(s -> store.put(s.id(), s));
    }
    return store;
  }

  private static Map<StoryId, Story> byId(List<Story> stories) {
    Map<StoryId, Story> out = new LinkedHashMap<>();
    stories.forEach(s -> out.put(s.id(), s));
    return out;
  }

  private static OnlineClusterer clusterer(Map<String, String> settings) {
    return new OnlineClusterer(ClusterConfig.defaults().with(settings)).recordChanges();
  }

  private static byte[] save(OnlineClusterer c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      c.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static OnlineClusterer restore(ClusterConfig config, byte[] saved) {
    try {
      return OnlineClusterer.restore(config, new ByteArrayInputStream(saved));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
