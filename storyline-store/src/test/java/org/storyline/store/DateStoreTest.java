package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Span;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.Evidence;

class DateStoreTest {

  @TempDir Path dir;

  private static DateEstimate estimate(LocalDate date, double confidence) {
    Evidence own = new Evidence(Evidence.Kind.WEEKDAY_BOTH_TENSES, Span.of(10, 16), "Monday", null, 2.0,
        "“Monday” is said in both tenses");
    Evidence shared = new Evidence(Evidence.Kind.SHARED_EVENT, Span.of(30, 37), "Tuesday",
        new Evidence.PeerMention(new ArticleId("0123456789abcdef"), Span.of(5, 11), "Dec. 7", LocalDate.of(2021, 12, 7)),
        1.75, "the same call");
    return new DateEstimate(date, confidence, List.of(own, shared));
  }

  @StoreKind.Each
  void recordInferred_datesAnUndatedArticle_andKeepsItsEvidence(StoreKind kind) {
    Article undated = TestArticles.generated(5); // every fifth is undated
    String location = kind.newStore(dir);
    try (JdbcArticleStore store = JdbcArticleStore.at(location)) {
      store.add(List.of(undated));
      DateEstimate e = estimate(LocalDate.of(2021, 12, 6), 0.4);
      assertThat(DateStore.of(store).recordInferred(undated.id(), e)).isTrue();
    }
    try (JdbcArticleStore store = JdbcArticleStore.at(location)) {
      Article back = store.get(undated.id()).orElseThrow();
      assertThat(back.published().date()).isEqualTo(LocalDate.of(2021, 12, 6));
      assertThat(back.published().source()).isEqualTo(DateSource.INFERRED);
      assertThat(back.published().confidence()).isEqualTo(0.4);
      assertThat(DateStore.of(store).evidence(undated.id())).isEqualTo(estimate(LocalDate.of(2021, 12, 6), 0.4).evidence());
    }
  }

  @StoreKind.Each
  void recordInferred_replacesAnOlderInference_butNeverADateTheInputGave(StoreKind kind) {
    Article undated = TestArticles.generated(10);
    Article dated = TestArticles.generated(11);
    try (JdbcArticleStore store = JdbcArticleStore.at(kind.newStore(dir))) {
      store.add(List.of(undated, dated));
      DateStore dates = DateStore.of(store);
      dates.recordInferred(undated.id(), estimate(LocalDate.of(2021, 12, 1), 0.2));
      assertThat(dates.recordInferred(undated.id(), estimate(LocalDate.of(2021, 12, 6), 0.5))).isTrue();
      assertThat(store.get(undated.id()).orElseThrow().published().date()).isEqualTo(LocalDate.of(2021, 12, 6));
      assertThat(dates.evidence(undated.id())).hasSize(2);

      assertThat(dates.recordInferred(dated.id(), estimate(LocalDate.of(2021, 12, 6), 0.5))).isFalse();
      assertThat(store.get(dated.id()).orElseThrow()).isEqualTo(dated);
      assertThat(dates.evidence(dated.id())).isEmpty();
    }
  }
}
