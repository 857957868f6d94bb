package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.cluster.Clustering;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.ClusterDecision.FeatureScore;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;
import org.storyline.model.SubEvent;

class StoryTablesTest {

  @TempDir Path dir;

  @StoreKind.Each
  void replace_thenRead_givesBackStoriesDecisionsDuplicatesAndMerges(StoreKind kind) throws Exception {
    try (JdbcArticleStore store = JdbcArticleStore.at(kind.newStore(dir))) {
      List<Article> articles = TestArticles.generated(0, 4);
      store.add(articles);
      ArticleId a = articles.get(0).id();
      ArticleId b = articles.get(1).id();
      ArticleId c = articles.get(2).id();
      ArticleId d = articles.get(3).id();
      StoryId s1 = StoryId.startedBy(a);
      StoryId s2 = StoryId.startedBy(d);
      LocalDate day = LocalDate.of(2022, 1, 24);
      Story first = new Story(s1, "Biden and Putin", day, day.plusDays(1), List.of(a, b, c), List.of("CNN", "AP"),
          List.of(new SubEvent(s1, 1, day, day, List.of(a, c)), new SubEvent(s1, 2, day.plusDays(1), day.plusDays(1), List.of(b))));
      Story second = new Story(s2, "Undated", null, null, List.of(d), List.of(), List.of(new SubEvent(s2, 1, null, null, List.of(d))));
      List<FeatureScore> features = List.of(new FeatureScore("text", 0.5, 1), new FeatureScore("time", Double.NaN, 0.6));
      DuplicateLink dup = new DuplicateLink(c, a, DuplicateLink.Kind.NEAR, 0.8);
      StoryMerge merge = new StoryMerge(4, StoryId.startedBy(b), s1, 0.6, features, "they scored 0.6");
      List<ClusterDecision> decisions = List.of(
          new ClusterDecision(1, a, s1, 1, ClusterDecision.Kind.STARTED, 0, 0.2, List.of(), null, 0, "started"),
          new ClusterDecision(2, b, StoryId.startedBy(b), 1, ClusterDecision.Kind.STARTED, 0.1, 0.2, features, s1, 1, "started"),
          new ClusterDecision(3, c, s1, 1, ClusterDecision.Kind.DUPLICATE, 0.8, 0.2, List.of(), s1, 0, "near duplicate"),
          new ClusterDecision(4, d, s2, 1, ClusterDecision.Kind.ALONE, 0, 0.2, List.of(), null, 0, "alone"));

      StoryTables tables = store.storyTables();
      tables.replace(new Clustering(List.of(first, second), List.of(dup), List.of(merge)), decisions);

      assertThat(tables.stories()).containsExactly(first, second);
      assertThat(tables.story(s1.value().substring(0, 5))).contains(first);
      assertThat(tables.storyOf(b)).contains(s1);
      assertThat(tables.decisions(s1)).containsExactly(decisions.get(0), decisions.get(1), decisions.get(2));
      assertThat(tables.decisions(s1).get(1).features().get(1).known()).isFalse();
      assertThat(tables.duplicates(s1)).containsExactly(dup);
      assertThat(tables.merges(s1)).containsExactly(merge);
      assertThat(tables.clusteredArticles()).isEqualTo(4);

      try (Statement st = store.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT article_count, outlets FROM stories WHERE id = '" + s1 + "'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
        assertThat(rs.getString(2)).isEqualTo("[\"CNN\",\"AP\"]");
      }

      tables.replace(new Clustering(List.of(second), List.of(), List.of()), List.of(decisions.get(3)));
      assertThat(tables.stories()).containsExactly(second);
      assertThat(tables.clusteredArticles()).isEqualTo(1);
    }
  }
}
