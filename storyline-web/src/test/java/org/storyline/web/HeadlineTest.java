package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.model.Article;
import org.storyline.model.Story;

/** Lists show a story under the same headline as its own page: the engine's, not the first title. */
final class HeadlineTest {

  @Test
  void storiesApi_showsTheEngineHeadline_asTheStoryPageDoes() {
    TestSite site = TestSite.get();
    Story largest = site.readStore.stories(StoreReader.StoryOrder.LARGEST, 0, 1).get(0);
    String engines = site.readStore.summary(largest.id()).orElseThrow().headline();
    assertThat(engines).isNotBlank().isNotEqualTo(largest.headline());

    JsonNode list = Http.json(Http.get(site.base + Api.BASE + "/stories?limit=50"));
    String listed = null;
    for (JsonNode item : list.get("items")) {
      if (item.get("id").asText().equals(largest.id().value())) {
        listed = item.get("headline").asText();
      }
    }
    assertThat(listed).isEqualTo(engines);
    JsonNode detail = Http.json(Http.get(site.base + Api.BASE + "/stories/" + largest.id().value()));
    assertThat(detail.get("headline").asText()).isEqualTo(engines);
  }

  @Test
  void storiesPage_showsTheEngineHeadline() {
    TestSite site = TestSite.get();
    Story largest = site.readStore.stories(StoreReader.StoryOrder.LARGEST, 0, 1).get(0);
    String engines = site.readStore.summary(largest.id()).orElseThrow().headline();
    String page = Http.get(site.base + "/").body();
    assertThat(page).contains(escaped(engines));
  }

  /** Each sub-event shows the headline and summary the engine stored for it, in the API and on the page. */
  @Test
  void storyApiAndPage_showEachSubEventsStoredHeadlineAndSummary() {
    TestSite site = TestSite.get();
    Story largest = site.readStore.stories(StoreReader.StoryOrder.LARGEST, 0, 1).get(0);
    StorySummary stored = site.readStore.summary(largest.id()).orElseThrow();
    assertThat(stored.subEvents()).as("the engine summarised the sub-events").isNotEmpty();
    JsonNode detail = Http.json(Http.get(site.base + Api.BASE + "/stories/" + largest.id().value()));
    String page = Http.get(site.base + "/stories/" + largest.id().value()).body();
    int told = 0;
    for (JsonNode sub : detail.get("subEvents")) {
      Optional<SubEventSummary> own = stored.subEvent(sub.get("number").asInt());
      if (own.isEmpty() || own.get().headline().isBlank()) {
        assertThat(sub.get("headline").isNull()).isTrue();
        continue;
      }
      assertThat(sub.get("headline").asText()).isEqualTo(own.get().headline());
      assertThat(page).contains(escaped(own.get().headline()));
      if (!own.get().sentences().isEmpty()) {
        String first = own.get().sentences().get(0).text().strip();
        assertThat(sub.get("summary").asText()).startsWith(first);
        assertThat(page).contains(escaped(first));
      }
      told++;
    }
    assertThat(told).as("sub-events shown with their headline").isPositive();
  }

  /**
   * The samples are plain-text files without titles: a search hit, a story's article list and a
   * grouped search name each by its label (the first line), never "(untitled)"; the API keeps the
   * stored title (none) beside the label.
   */
  @Test
  void untitledArticles_areListedByTheirFirstLine() {
    TestSite site = TestSite.get();
    Story largest = site.readStore.stories(StoreReader.StoryOrder.LARGEST, 0, 1).get(0);
    Article first = site.readStore.article(largest.articles().get(0)).orElseThrow();
    assertThat(first.title()).as("a sample has no title of its own").isNull();
    String label = first.label();
    assertThat(label).isNotBlank().isEqualTo(label.strip()).doesNotContain("\n");

    String hits = Http.get(site.base + "/?q=troops&group=articles").body();
    String grouped = Http.get(site.base + "/?q=troops").body();
    String story = Http.get(site.base + "/stories/" + largest.id().value()).body();
    for (String page : new String[] {hits, story}) {
      assertThat(page).contains(">" + escaped(Pages.heading(label)) + "</a>").doesNotContain("(untitled)");
    }
    String engines = site.readStore.summary(largest.id()).orElseThrow().headline();
    assertThat(grouped).contains(">" + escaped(engines) + "</a>").doesNotContain("(untitled)");

    JsonNode articles = Http.json(Http.get(site.base + Api.BASE + "/stories/" + largest.id().value() + "/articles"));
    JsonNode row = articles.get("items").get(0);
    assertThat(row.get("title").isNull()).isTrue();
    assertThat(row.get("label").asText()).isNotBlank();
  }

  /** As jte escapes HTML content. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
  }
}
