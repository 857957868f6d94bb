package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;
import org.storyline.search.Snippet;

/** The PostgreSQL search's own parts, without a database: the query as SQL, and {@code ts_headline}'s marks read back. */
class PostgresQueryTest {

  @Test
  void query_titleIsAWeightLabel_andFieldsOfOtherColumnsArePredicates() {
    PostgresQuery q = PostgresQuery.of("title:border AND troops");
    assertThat(q.params()).containsExactly("('border':A) & (('troops':A) | ('troops':B))");
    assertThat(q.rank()).isEqualTo("('border':A | 'troops':A | 'troops':B)");
    assertThat(PostgresQuery.unweighted(q.rank())).isEqualTo("('border' | 'troops' | 'troops')");
    PostgresQuery mixed = PostgresQuery.of("border OR outlet:bbc");
    assertThat(mixed.where()).contains("a.search @@").contains("search_outlet").contains(" OR ");
    assertThat(PostgresQuery.of("\"it's\"").params()).containsExactly("('it''s':A) | ('it''s':B)");
  }

  @Test
  void headline_marksBecomeSpans_andFragmentsSnippets() {
    List<Snippet> s = PostgresSearch.snippets("a \uE000state\uE001 \uE000of\uE001 x\n<b>\uE002 then \uE000border\uE001");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).text()).isEqualTo("a state of x <b>");
    assertThat(s.get(0).highlights()).containsExactly(new Span(2, 7), new Span(8, 10));
    assertThat(s.get(1).text()).isEqualTo("then border");
    assertThat(s.get(1).highlights()).containsExactly(new Span(5, 11));
  }
}
