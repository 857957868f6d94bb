package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.StoryId;
import org.storyline.pipeline.PipelineListener;
import org.storyline.store.Stores;

/**
 * Story answers kept between commits: the same bytes as rendered at the request, never older than
 * a commit that changed the story, within their memory. A store of its own (the test writes to it).
 */
final class StoryAnswersTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static Store store;
  private static Store readStore;
  private static Engine engine;
  private static PooledReader reader;
  private static WebServer kept;
  private static WebServer rendered;

  @BeforeAll
  static void start() throws IOException {
    // the samples tell one story; two articles about other things make two more
    Path others = dir.resolve("others.jsonl");
    Files.writeString(others, String.join("\n",
        "{\"id\":\"o1\",\"title\":\"Springfield closes bridges\",\"outlet\":\"Springfield Daily\",\"published\":\"2022-04-05\","
            + "\"text\":\"Springfield officials closed 12 bridges over the Mill River on Tuesday, the mayor's office said. "
            + "Engineers said that 30 bridges were unsafe.\"}",
        "{\"id\":\"o2\",\"title\":\"Riverton buys buses\",\"outlet\":\"Riverton Post\",\"published\":\"2022-03-01\","
            + "\"text\":\"The council of Riverton approved 40 new electric buses on Monday, its chair said, at a cost of 30 million dollars.\"}",
        ""), StandardCharsets.UTF_8);
    store = Stores.open(dir.resolve("s.db").toString());
    engine = Engine.open(store, EngineConfig.defaults());
    engine.ingest(List.of(TestSite.seeds(), others), IngestOptions.defaults(), PipelineListener.SILENT, id -> {});
    readStore = Stores.open(dir.resolve("s.db").toString());
    reader = new PooledReader(List.of(readStore));
    kept = WebServer.start(ServeOptions.loopback(0), reader, new FakeSearch(reader), new EngineWrites(engine));
    rendered = WebServer.start(ServeOptions.loopback(0), reader, new FakeSearch(reader), Writes.readOnly(), 0);
  }

  @AfterAll
  static void stop() {
    rendered.close();
    kept.close();
    engine.close();
    readStore.close();
    store.close();
  }

  @Test
  void keptAnswer_isByteIdenticalToOneRenderedAtTheRequest() {
    List<String> ids = storyIds();
    assertThat(ids).hasSizeGreaterThan(1);
    for (String id : ids) {
      for (String path : List.of("/stories/" + id, "/api/v1/stories/" + id)) {
        get(kept, path, true); // kept now, if the background renderer had not kept it yet
        assertThat(kept.storyAnswers().keeps(new StoryId(id))).as(path).isTrue();
        HttpResponse<byte[]> fromMemory = get(kept, path, true);
        assertThat(fromMemory.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
        byte[] atRequest = get(rendered, path, false).body();
        assertThat(StoryAnswers.gunzip(fromMemory.body())).as(path).isEqualTo(atRequest);
        assertThat(get(kept, path, false).body()).as(path + " without gzip").isEqualTo(atRequest);
      }
    }
    assertThat(rendered.storyAnswers().keptStories()).as("a budget of 0 keeps nothing").isZero();
  }

  @Test
  void storyChangedByAPost_isShownAtTheNextRequest() throws IOException {
    String id = storyIds().get(0);
    JsonNode story = Http.json(Http.get(kept.base() + "/api/v1/stories/" + id));
    String firstArticle = story.get("subEvents").get(0).get("articles").get(0).get("id").asText();
    String text = Http.json(Http.get(kept.base() + "/api/v1/articles/" + firstArticle)).get("text").asText();
    String page = new String(get(kept, "/stories/" + id, false).body(), StandardCharsets.UTF_8);
    String etag = Http.get(kept.base() + "/api/v1/stories/" + id).headers().firstValue("ETag").orElseThrow();
    assertThat(kept.storyAnswers().keeps(new StoryId(id))).isTrue();

    // the same text from another outlet: a duplicate, which joins the story
    String body = "[{\"title\":\"Copied report\",\"url\":\"https://copy.example.org/1\",\"outlet\":\"Copy Desk\","
        + "\"published\":\"2021-12-07\",\"text\":" + TestSite.quote(text) + "}]";
    HttpResponse<String> posted = Http.post(kept.base() + "/api/v1/articles", "application/json", body);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String copy = Http.json(posted).get("articles").get(0).get("id").asText();
    assertThat(Http.json(Http.get(kept.base() + "/api/v1/articles/" + copy)).get("story").asText()).isEqualTo(id);

    assertThat(page).doesNotContain(copy);
    assertThat(new String(get(kept, "/stories/" + id, false).body(), StandardCharsets.UTF_8)).contains(copy, "Copy Desk");
    HttpResponse<String> api = Http.get(kept.base() + "/api/v1/stories/" + id);
    assertThat(api.body()).contains(copy);
    assertThat(api.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    assertThat(get(kept, "/stories/" + id, false).body()).isEqualTo(get(rendered, "/stories/" + id, false).body());
  }

  @Test
  void keptAnswers_stayWithinTheirMemory() {
    List<String> ids = storyIds();
    ids.forEach(id -> get(kept, "/stories/" + id, true));
    long all = kept.storyAnswers().keptBytes();
    long budget = all / 2;
    try (WebServer small = WebServer.start(ServeOptions.loopback(0), reader, new FakeSearch(reader), Writes.readOnly(), budget)) {
      for (String id : ids) {
        HttpResponse<byte[]> r = get(small, "/stories/" + id, true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(small.storyAnswers().keptBytes()).as("after " + id).isLessThanOrEqualTo(budget);
      }
      assertThat(small.storyAnswers().keptStories()).isBetween(1, ids.size() - 1);
    }
  }

  @Test
  void acceptEncoding_takesGzipUnlessWeightedZero() {
    assertThat(StoryAnswers.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(StoryAnswers.acceptsGzip("br;q=1.0, *;q=0.5")).isTrue();
    assertThat(StoryAnswers.acceptsGzip("gzip;q=0, deflate")).isFalse();
    assertThat(StoryAnswers.acceptsGzip(null)).isFalse();
    assertThat(StoryAnswers.acceptsGzip("identity")).isFalse();
  }

  @Test
  void storyPage_listsTheSalientEvents_andEveryEventBehindShowAll() {
    int pagesWithHidden = 0;
    for (String id : storyIds()) {
      org.storyline.reconcile.timeline.StoryTimeline t = readStore.timeline(readStore.story(id).orElseThrow().id());
      String page = Http.get(kept.base() + "/stories/" + id).body();
      if (t.events().isEmpty()) {
        assertThat(page).doesNotContain("id=\"timeline\"");
        continue;
      }
      assertThat(page).contains("Salient events in date order");
      int listed = org.storyline.reconcile.timeline.EventSalience.withDefaults().listed(t,
          a -> readStore.article(a).map(org.storyline.model.Article::title).orElse(null)).size();
      if (listed < t.events().size()) {
        pagesWithHidden++;
        assertThat(page).contains("Show all " + t.events().size() + " events");
      } else {
        assertThat(page).doesNotContain("Show all ");
      }
    }
    assertThat(pagesWithHidden).as("the samples' story leaves some events out").isPositive();
  }

  private static List<String> storyIds() {
    List<String> out = new ArrayList<>();
    Http.json(Http.get(kept.base() + "/api/v1/stories?limit=200")).get("items").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }

  private static HttpResponse<byte[]> get(WebServer server, String path, boolean gzip) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
    if (gzip) {
      b.header("Accept-Encoding", "gzip");
    }
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
