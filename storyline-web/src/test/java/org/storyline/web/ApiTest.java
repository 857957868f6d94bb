package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyline.engine.StoreReader;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.store.StoreKind;

/**
 * The REST API over real HTTP, on the sample articles and a malicious one, in a SQLite store;
 * {@link PostgresApiTest} runs the same tests on a PostgreSQL store.
 */
class ApiTest {

  TestSite site;

  /** The kind of store the site is served from. */
  StoreKind kind() {
    return StoreKind.SQLITE;
  }

  @BeforeEach
  void start() {
    site = TestSite.get(kind());
  }

  private String api(String path) {
    return site.base + "/api/v1" + path;
  }

  @Test
  void stories_pageThroughEveryStoryWithCursors() {
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = Http.json(Http.get(api("/stories?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))));
      assertThat(page.get("items")).hasSizeLessThanOrEqualTo(1);
      page.get("items").forEach(s -> assertThat(seen.add(s.get("id").asText())).as("no story twice").isTrue());
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (cursor != null && pages < 50);
    assertThat(seen).hasSize((int) site.readStore.storyCount());
  }

  @Test
  void story_hasDatesOutletsSubEventsAndEntities() {
    JsonNode story = sampleStory(site);
    JsonNode detail = Http.json(Http.get(api("/stories/" + story.get("id").asText())));
    assertThat(detail.get("first").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(detail.get("outlets")).isNotEmpty();
    assertThat(detail.get("subEvents")).isNotEmpty();
    assertThat(detail.get("entities").toString()).contains("Putin");
    assertThat(detail.get("coverage")).isNotEmpty();
  }

  /**
   * The quotes are read alone ({@code StoreReader.quotes}), not from the whole extractions: the story's
   * quotes call answers what the whole extractions give, and its page shows each of them.
   */
  @Test
  void storyQuotes_areThoseOfTheArticlesWholeExtractions() {
    int total = 0;
    for (Story s : site.readStore.stories(StoreReader.StoryOrder.LATEST, 0, 100)) {
      List<Views.QuoteView> expected = new ArrayList<>();
      for (ArticleId id : s.articles()) {
        Article a = site.readStore.article(id).orElseThrow();
        site.readStore.extraction(id).ifPresent(x -> x.quotes().forEach(q -> expected.add(Views.QuoteView.of(q, a))));
      }
      String api = Http.get(api("/stories/" + s.id().value() + "/quotes")).body();
      assertThat(api).isEqualTo(new String(Json.bytes(new Exports.Items<>(expected)), StandardCharsets.UTF_8));
      String page = Http.get(site.base + "/stories/" + s.id().value()).body();
      assertThat(page.split("<q>", -1)).as("quotes on the page of %s", s.id()).hasSize(expected.size() + 1);
      total += expected.size();
    }
    assertThat(total).as("the sample articles have quotes").isPositive();
  }

  @Test
  void claims_showTheTroopNumberDisagreement() {
    JsonNode groups = Http.json(Http.get(api("/stories/" + sampleStory(site).get("id").asText() + "/claims"))).get("items");
    List<String> disagreeing = new ArrayList<>();
    groups.forEach(g -> {
      if (g.get("disagreement").asBoolean()) {
        disagreeing.add(g.get("thing").asText());
      }
    });
    assertThat(disagreeing).contains("troops");
  }

  @Test
  void claims_listEachArticlesValueOnce_theDisagreeingPairFirst_andAPageSaysWhatItLeftOut() {
    String story = sampleStory(site).get("id").asText();
    JsonNode groups = Http.json(Http.get(api("/stories/" + story + "/claims"))).get("items");
    JsonNode troops = null;
    for (JsonNode g : groups) {
      Set<String> rows = new HashSet<>();
      int times = 0;
      for (JsonNode v : g.get("values")) {
        assertThat(rows.add(v.get("text").asText() + " " + v.get("article").asText())).as("a row per value and article").isTrue();
        times += v.get("times").asInt();
      }
      assertThat(times).as("every claim of %s counted once", g.get("id")).isEqualTo(g.get("claims").asInt());
      assertThat(g.get("id").asText()).startsWith(story + "/");
      assertThat(g.get("moreValues").asInt() + g.get("moreSources").asInt()).as("a story's groups are whole").isZero();
      if (g.get("thing").asText().equals("troops") && g.get("disagreement").asBoolean()) {
        troops = g;
      }
    }
    assertThat(troops).isNotNull();
    List<String> firstTwo = List.of(troops.get("values").get(0).get("text").asText(), troops.get("values").get(1).get("text").asText());
    assertThat(firstTwo).contains("more than 127,000");
    for (JsonNode g : Http.json(Http.get(api("/claims?limit=50"))).get("items")) {
      Set<String> values = new HashSet<>();
      g.get("values").forEach(v -> values.add(v.get("text").asText()));
      assertThat(values.size() + g.get("moreValues").asInt()).as("values of %s listed and left out", g.get("id")).isEqualTo(g.get("distinctValues").asInt());
    }
  }

  @Test
  void etag_answers304WhenTheClientHasTheSameAnswer() {
    HttpResponse<String> first = Http.get(api("/stories"));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = Http.get(api("/stories"), "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(Http.get(api("/stories"), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void errors_areProblemDetails() {
    HttpResponse<String> missing = Http.get(api("/stories/abcdef0123"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = Http.json(missing);
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("title").asText()).isEqualTo("Not found");
    assertThat(problem.get("detail").asText()).contains("abcdef0123");
    HttpResponse<String> badCursor = Http.get(api("/stories?cursor=nonsense"));
    assertThat(badCursor.statusCode()).isEqualTo(400);
    assertThat(Http.json(badCursor).get("detail").asText()).contains("cursor");
    assertThat(Http.get(api("/stories?limit=100000")).statusCode()).isEqualTo(400);
    assertThat(Http.json(Http.get(api("/nothing/here"))).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void article_hasItsTextAnnotationsAndNoUnsafeLink() {
    JsonNode evil = Http.json(Http.get(api("/articles/" + evilId(site))));
    assertThat(evil.get("url").asText()).isEqualTo(TestSite.EVIL_URL);
    assertThat(evil.get("link").isNull()).as("a javascript: address is never a link").isTrue();
    assertThat(evil.get("text").asText()).contains("</script><script>alert('quote')</script>");
    JsonNode seed = Http.json(Http.get(api("/articles/" + firstArticleOf(site, sampleStory(site)))));
    List<String> kinds = new ArrayList<>();
    seed.get("annotations").forEach(a -> kinds.add(a.get("kind").asText()));
    assertThat(kinds).contains("entity", "time", "quote");
  }

  @Test
  void entities_listAndOne() {
    JsonNode page = Http.json(Http.get(api("/entities?limit=5")));
    assertThat(page.get("items")).hasSize(5);
    String name = page.get("items").get(0).get("name").asText();
    JsonNode one = Http.json(Http.get(api("/entities/" + Href.enc(name))));
    assertThat(one.get("name").asText()).isEqualTo(name);
    assertThat(one.get("stories")).isNotEmpty();
  }

  @Test
  void search_findsArticlesAndGroupsThemByStory() {
    JsonNode articles = Http.json(Http.get(api("/search?q=troops")));
    assertThat(articles.get("total").asLong()).isPositive();
    assertThat(articles.get("articles")).isNotEmpty();
    JsonNode stories = Http.json(Http.get(api("/search?q=troops&group=stories")));
    assertThat(stories.get("stories")).isNotEmpty();
    assertThat(stories.get("facets").get("outlets")).isNotEmpty();
    assertThat(Http.get(api("/search?q=" + "x".repeat(1001))).statusCode()).isEqualTo(400);
  }

  @Test
  void search_emptyFormFields_filterNothingOnThePageAndInTheApi() {
    // the list page's form sends every field, the empty ones too: an empty entity once made the index refuse the search
    HttpResponse<String> page = Http.get(site.base + "/?q=troops&group=articles&from=&to=&outlet=&entity=");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<mark>troops</mark>");
    long all = Http.json(Http.get(api("/search?q=troops"))).get("total").asLong();
    assertThat(Http.json(Http.get(api("/search?q=troops&outlet=&entity=%20"))).get("total").asLong()).isEqualTo(all);
  }

  @Test
  void exports_csvHasAHeaderAndARowPerArticle() {
    String id = sampleStory(site).get("id").asText();
    HttpResponse<String> csv = Http.get(api("/stories/" + id + "/articles?format=csv"));
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("\"id\",\"title\"");
    assertThat(lines).hasSize(1 + sampleStory(site).get("articles").asInt());
  }

  @Test
  void feeds_storyAndSearchAreAtomWithTheTextsAsText() throws Exception {
    String evil = evilId(site);
    String story = Http.json(Http.get(api("/articles/" + evil))).get("story").asText();
    HttpResponse<String> feed = Http.get(site.base + "/stories/" + story + "/feed.atom");
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var doc = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(1);
    var entry = (org.w3c.dom.Element) entries.item(0);
    assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
        .startsWith("<script>alert('title')</script>");
    String link = ((org.w3c.dom.Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href");
    assertThat(link).as("a javascript: address is replaced by this server's page").startsWith("http://127.0.0.1:");
    HttpResponse<String> search = Http.get(site.base + "/search/feed.atom?q=troops");
    var searchDoc = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(search.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(searchDoc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
  }

  @Test
  void exports_searchAsCsvNeutralisesFormulas() {
    HttpResponse<String> csv = Http.get(api("/search?q=troops&format=csv"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().split("\r\n").length).isEqualTo(1 + (int) Http.json(Http.get(api("/search?q=troops"))).get("total").asLong());
    assertThat(Exports.csv(java.util.List.of(java.util.Map.of("cell", "=HYPERLINK(\"x\")")))).contains("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void postArticles_storesThroughTheEngineAndReportsBadItems() {
    String body = "[{\"title\":\"Posted report\",\"url\":\"https://example.org/posted\",\"published\":\"2022-03-01\","
        + "\"outlet\":\"Example Post\",\"text\":\"The council of Riverton approved 40 new buses on Monday, its chair said.\"},"
        + "{\"url\":\"no text\"}]";
    String before = Http.get(api("/articles?limit=200")).body(); // an answer the server keeps until the store changes
    HttpResponse<String> r = Http.post(api("/articles"), "application/json", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode receipt = Http.json(r);
    assertThat(receipt.get("received").asInt()).isEqualTo(2);
    assertThat(receipt.get("problems").get(0).get("item").asInt()).isEqualTo(2);
    String id = receipt.get("articles").get(0).get("id").asText();
    assertThat(Http.get(api("/articles/" + id.substring(0, 12))).statusCode()).isEqualTo(200);
    assertThat(before).doesNotContain(id);
    assertThat(Http.get(api("/articles?limit=200")).body()).as("the kept answer was dropped by the write").contains(id);
    assertThat(Http.post(api("/articles"), "application/json", "{\"text\":\"x\"}").statusCode()).isEqualTo(400);
    assertThat(Http.post(api("/articles"), "text/plain", "[]").statusCode()).isEqualTo(415);
  }

  /** A story of the samples, on the SQLite site. */
  static JsonNode sampleStory() {
    return sampleStory(TestSite.get());
  }

  static JsonNode sampleStory(TestSite site) {
    JsonNode page = Http.json(Http.get(site.base + "/api/v1/stories?limit=200"));
    for (JsonNode s : page.get("items")) {
      if (s.get("headline").asText().contains("Biden") || s.get("articles").asInt() >= 5) {
        return s;
      }
    }
    throw new AssertionError("no sample story in " + page);
  }

  static String firstArticleOf(JsonNode story) {
    return firstArticleOf(TestSite.get(), story);
  }

  static String firstArticleOf(TestSite site, JsonNode story) {
    return Http.json(Http.get(site.base + "/api/v1/stories/" + story.get("id").asText()))
        .get("subEvents").get(0).get("articles").get(0).get("id").asText();
  }

  static String evilId() {
    return evilId(TestSite.get());
  }

  static String evilId(TestSite site) {
    JsonNode page = Http.json(Http.get(site.base + "/api/v1/articles?limit=200"));
    for (JsonNode a : page.get("items")) {
      if (a.get("url").asText().startsWith("javascript:")) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no malicious article stored");
  }
}
