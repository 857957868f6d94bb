package org.storyline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.ingest.IngestOptions;
import org.storyline.pipeline.PipelineListener;
import org.storyline.search.ArticleSearch;
import org.storyline.search.SearchQuery;
import org.storyline.store.StoreKind;
import org.storyline.store.Stores;

/**
 * One store and one server of each kind for every test class of the JVM: the five sample articles
 * of {@code examples/seeds} (the repository's own) and a malicious one, ingested through the engine
 * into a SQLite file ({@link #get()}) or a PostgreSQL database ({@link #get(StoreKind)}).
 */
final class TestSite {

  /** A title, address, outlet and text made to run script anywhere one is not escaped for its context. */
  static final String EVIL_TITLE = "<script>alert('title')</script>\"><img src=x onerror=alert('title-img')> "
      + "\u2028 Evil headline ".repeat(200);
  static final String EVIL_URL = "javascript:alert(document.domain)";
  static final String EVIL_OUTLET = "Evil \"Outlet' <img src=x onerror=alert('outlet')>";

  private static final Map<StoreKind, TestSite> SHARED = new EnumMap<>(StoreKind.class);

  final Path dir;
  final Store store;
  final Engine engine;
  final Store readStore;
  /** The one pool over {@link #readStore}: a second server of a test reads through it too, as one connection serves one thread at a time. */
  final PooledReader reader;
  final WebServer server;
  final String base;

  private TestSite(Path dir, StoreKind kind) {
    this.dir = dir;
    String location = kind.newStore(dir, "test.db");
    this.store = Stores.open(location);
    this.engine = Engine.open(store, EngineConfig.defaults());
    engine.ingest(List.of(seeds(), evil(dir)), IngestOptions.defaults(), PipelineListener.SILENT, id -> {});
    // the writer's search waits for its index to follow the last batch; a reading process sees that
    // within about a second (StoreReader.search), and a loaded machine's first search came sooner
    store.search().search(SearchQuery.of("troops"));
    this.readStore = Stores.open(location); // the server reads on its own connection, as serve does
    this.reader = new PooledReader(List.of(readStore));
    // each site searches as serve does, with its store's own search: Lucene beside SQLite, PostgreSQL's full-text search
    ArticleSearch search = query -> reader.search().search(query);
    this.server = WebServer.start(ServeOptions.loopback(0), reader, search, new EngineWrites(engine));
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** The site over a SQLite store. */
  static TestSite get() {
    return get(StoreKind.SQLITE);
  }

  /** The site over a store of this kind (PostgreSQL: skipped, or failed on CI, without a server). */
  static synchronized TestSite get(StoreKind kind) {
    TestSite site = SHARED.get(kind);
    if (site == null) {
      try {
        site = new TestSite(Files.createTempDirectory("storyline-web-test"), kind);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SHARED.put(kind, site);
    }
    return site;
  }

  static Path seeds() {
    Path fromModule = Path.of("..", "examples", "seeds");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "seeds");
  }

  private static Path evil(Path dir) {
    // about something else than the samples, so that it makes a story of its own
    String text = "Springfield officials closed 12 <script>alert('body')</script> bridges over the Mill River on Tuesday, "
        + "the mayor's office said. \"</script><script>alert('quote')</script> we will reopen them soon,\" Mayor Jane Quimby said. "
        + "<a href=\"javascript:alert('link')\">click</a> <a href=\"data:text/html,<script>alert('data')</script>\">data</a> "
        + "'\" onfocus=\"alert('attr')\" autofocus x=\"' and <b onmouseover=alert('bold')>Evil Corp</b> "
        + "engineers said that 30 bridges were unsafe.";
    String line = "{\"id\":\"evil-1\",\"title\":" + quote(EVIL_TITLE) + ",\"url\":" + quote(EVIL_URL) + ",\"outlet\":"
        + quote(EVIL_OUTLET) + ",\"published\":\"2021-12-07\",\"text\":" + quote(text) + "}\n";
    Path file = dir.resolve("evil.jsonl");
    try {
      Files.writeString(file, line, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static String quote(String s) {
    try {
      return Json.MAPPER.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
