package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: the server polls feeds in its own process and serves what it stored, without a restart. */
class ServeWatchTest {

  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

  @TempDir Path dir;
  private FeedServer feeds;
  private Process serve;
  private final StringBuffer output = new StringBuffer();

  @AfterEach
  void tearDown() throws InterruptedException {
    if (serve != null) {
      serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (feeds != null) {
      feeds.close();
    }
  }

  @Test
  void serveWatch_storesTheFeedsItems_andServesThem() throws Exception {
    feeds = new FeedServer();
    feeds.serve("/robots.txt", "text/plain", "User-agent: *\n");
    Path list = feeds.floodFeed(dir, "The river rose overnight and hundreds left their homes.");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
        "--store", dir.resolve("s.db").toString(), "--port", "0", "--watch", list.toString(), "--allow-private",
        "--delay", "0", "--interval", "1")
        .redirectErrorStream(true).start();
    String base = baseAddress(serve);

    HttpClient http = HttpClient.newHttpClient();
    JsonNode articles = null;
    for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); System.nanoTime() < deadline; Thread.sleep(250)) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles")).build(),
          HttpResponse.BodyHandlers.ofString());
      articles = new ObjectMapper().readTree(answer.body()).get("items");
      if (articles.size() > 0) {
        break;
      }
    }
    assertThat(articles).as("the watched feed's article, served by the same process; serve said:\n%s", output).hasSize(1);
    assertThat(articles.get(0).get("title").asText()).isEqualTo("Flood in Valencia");
    assertThat(feeds.count("/flood.html")).isEqualTo(1);
  }

  /** Reads the server's first line ("Serving ... at http://127.0.0.1:PORT/ ...") and gives the address. */
  private String baseAddress(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> output.append(l).append('\n')), "serve-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("serve stopped before serving:\n" + seen);
  }
}
