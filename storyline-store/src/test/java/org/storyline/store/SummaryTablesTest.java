package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.summarize.SourcedSentence;

class SummaryTablesTest {

  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2022, 1, 24);
  private static final StoryId STORY = new StoryId("d6466652c5dd644e");

  private static SourcedSentence sentence(String text, String outlet, int start) {
    return new SourcedSentence(text, "c89a0b8d8307bcda", outlet, DAY, new Span(start, start + text.length()));
  }

  @StoreKind.Each
  void replace_thenRead_givesBackTheStorysAndEachSubEventsSummary_andARemovalDeletesThem(StoreKind kind) throws Exception {
    try (JdbcArticleStore store = JdbcArticleStore.at(kind.newStore(dir))) {
      SummaryTables tables = new SummaryTables(kind.name(), store.connection(), store.queries());
      StorySummary summary = new StorySummary(STORY, "Biden to hold video call", List.of(sentence("Biden will call.", "CNN", 0)),
          List.of(new SubEventSummary(1, "Troops on alert", List.of(sentence("8,500 troops were put on alert.", null, 20))),
              new SubEventSummary(3, "A call", List.of())));
      write(store, tables, summary);
      assertThat(tables.of(STORY)).contains(summary);
      assertThat(tables.of(STORY).orElseThrow().subEvent(3)).map(SubEventSummary::headline).contains("A call");

      StorySummary fewer = new StorySummary(STORY, "Biden to hold video call", List.of(),
          List.of(new SubEventSummary(2, "Only one now", List.of())));
      write(store, tables, fewer);
      assertThat(tables.of(STORY)).as("the sub-events of the story's previous summary are gone").contains(fewer);

      write(store, tables, new StorySummary(STORY, "", List.of()));
      assertThat(tables.of(STORY)).isEmpty();
      assertThat(count(store, "sub_event_summaries")).isZero();
    }
  }

  private static void write(JdbcArticleStore store, SummaryTables tables, StorySummary summary) throws Exception {
    Sql.inTransaction(store.connection(), () -> {
      tables.replace(List.of(summary));
      return null;
    });
  }

  private static int count(JdbcArticleStore store, String table) throws Exception {
    try (var st = store.connection().createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
