package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.eval.ClusteringScores;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.SubEvent;

/** What every clusterer configuration must guarantee (see {@link Clusterer}). */
class ClustererContractTest {

  static Stream<Map<String, String>> configurations() {
    return Stream.of(
        Map.of(),
        Map.of("weight.title", "0", "weight.names", "0"),
        Map.of("weight.time", "0"),
        Map.of("merge.threshold", "0.3"),
        Map.of("candidates", "1", "terms.query", "3"));
  }

  /** The configurations that use every evidence feature: the ones expected to tell these events apart. */
  static Stream<Map<String, String>> fullConfigurations() {
    return Stream.of(Map.of(), Map.of("merge.threshold", "0.3"), Map.of("candidates", "1", "terms.query", "3"));
  }

  private static Clusterer clusterer(Map<String, String> settings) {
    return new OnlineClusterer(ClusterConfig.defaults().with(settings));
  }

  private static Clustering run(Map<String, String> settings, List<Article> articles, List<ClusterDecision> decisions) {
    Clusterer c = clusterer(settings);
    for (Article a : articles) {
      decisions.add(c.add(a));
    }
    return c.finish();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void add_everyArticleEndsInExactlyOneStoryAndOneSubEvent(Map<String, String> settings) {
    List<Article> articles = Events.corpus(10);
    List<ClusterDecision> decisions = new ArrayList<>();
    Clustering result = run(settings, articles, decisions);

    Map<ArticleId, Integer> seen = new HashMap<>();
    for (Story s : result.stories()) {
      s.articles().forEach(a -> seen.merge(a, 1, Integer::sum));
      List<ArticleId> inSubEvents = new ArrayList<>();
      s.subEvents().stream().map(SubEvent::articles).forEach(inSubEvents::addAll);
      assertThat(inSubEvents).containsExactlyInAnyOrderElementsOf(s.articles());
    }
    assertThat(seen).hasSize(articles.size());
    assertThat(seen.values()).containsOnly(1);
    assertThat(decisions).extracting(ClusterDecision::article).containsExactlyElementsOf(articles.stream().map(Article::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void add_sameInputTwice_givesTheSameStoriesAndDecisions(Map<String, String> settings) {
    List<Article> articles = Events.corpus(8);
    List<ClusterDecision> first = new ArrayList<>();
    List<ClusterDecision> second = new ArrayList<>();
    assertThat(run(settings, articles, first)).isEqualTo(run(settings, articles, second));
    assertThat(first).isEqualTo(second);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void add_duplicateIsLinkedAndKeptInItsOriginalsStory(Map<String, String> settings) {
    List<Article> articles = new ArrayList<>(Events.corpus(4));
    Article original = articles.get(4);
    Article copy = Events.article("A new headline for the same copy", original.text().substring(original.text().indexOf("\n\n") + 2),
        original.published().date(), "copy");
    articles.add(5, copy);
    List<ClusterDecision> decisions = new ArrayList<>();
    Clustering result = run(settings, articles, decisions);

    assertThat(result.duplicates()).containsExactly(new DuplicateLink(copy.id(), original.id(), DuplicateLink.Kind.EXACT, 1.0));
    Map<ArticleId, StoryId> story = result.assignments();
    assertThat(story.get(copy.id())).isEqualTo(story.get(original.id()));
    assertThat(decisions.get(5).kind()).isEqualTo(ClusterDecision.Kind.DUPLICATE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void add_shortPage_staysAlone(Map<String, String> settings) {
    List<Article> articles = new ArrayList<>(Events.corpus(3));
    Article paywall = Events.article(Events.VICTIMS[0] + " shot on " + Events.STREETS[0],
        "Already a subscriber? Click on the button below to set up your account.", articles.get(0).published().date(), "pay");
    articles.add(paywall);
    Clustering result = run(settings, articles, new ArrayList<>());
    Story alone = result.stories().stream().filter(s -> s.articles().contains(paywall.id())).findFirst().orElseThrow();
    assertThat(alone.articles()).containsExactly(paywall.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullConfigurations")
  void add_headlineOnlyRecord_isClusteredByItsWords_aLeadSentenceJoinsItsStory_aShortHeadlineStaysAlone(Map<String, String> settings) {
    List<Article> articles = new ArrayList<>(Events.corpus(3));
    LocalDate day = articles.get(4).published().date();
    Article lead = Events.headlineOnly(Events.VICTIMS[1] + " was shot on " + Events.STREETS[1] + " in " + Events.CITIES[1]
        + " late on the evening, and officers found " + Events.VICTIMS[1] + " wounded near a parked car, police said.", day, "lead");
    Article headline = Events.headlineOnly(Events.VICTIMS[1] + " shot on " + Events.STREETS[1], day, "headline");
    articles.add(lead);
    articles.add(headline);
    List<ClusterDecision> decisions = new ArrayList<>();
    Map<ArticleId, StoryId> story = run(settings, articles, decisions).assignments();

    assertThat(story.get(lead.id())).as("a lead sentence of 20 words or more").isEqualTo(story.get(articles.get(3).id()));
    assertThat(decisions.get(articles.size() - 1).kind()).as("fewer words than min.words, as an empty page")
        .isEqualTo(ClusterDecision.Kind.ALONE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullConfigurations")
  void add_eventsOfDistinctPeopleAndPlaces_areSeparateStories(Map<String, String> settings) {
    List<Article> articles = Events.corpus(10);
    Clustering result = run(settings, articles, new ArrayList<>());
    ClusteringScores s = score(result, articles);
    assertThat(s.b3F1()).as("B3 F1 %s", s).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullConfigurations")
  void add_shuffledInput_givesNearlyTheSamePartition(Map<String, String> settings) {
    List<Article> articles = Events.corpus(10);
    Map<ArticleId, StoryId> inOrder = run(settings, articles, new ArrayList<>()).assignments();
    for (long seed = 1; seed <= 3; seed++) {
      List<Article> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, new Random(seed));
      Map<ArticleId, StoryId> other = run(settings, shuffled, new ArrayList<>()).assignments();
      List<StoryId> a = new ArrayList<>();
      List<StoryId> b = new ArrayList<>();
      articles.forEach(x -> {
        a.add(inOrder.get(x.id()));
        b.add(other.get(x.id()));
      });
      assertThat(ClusteringScores.of(b, a).b3F1()).as("seed %d", seed).isGreaterThanOrEqualTo(0.9);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void finish_thenAdd_isRefused(Map<String, String> settings) {
    Clusterer c = clusterer(settings);
    c.add(Events.report(0, 0, 0));
    c.finish();
    assertThatThrownBy(() -> c.add(Events.report(0, 1, 1))).isInstanceOf(IllegalStateException.class);
  }

  static ClusteringScores score(Clustering result, List<Article> articles) {
    Map<ArticleId, StoryId> story = result.assignments();
    List<StoryId> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : articles) {
      predicted.add(story.get(a.id()));
      gold.add(a.origin().file().replaceAll("-.*", ""));
    }
    return ClusteringScores.of(predicted, gold);
  }
}
