package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The safety defaults over real HTTP: token, limits, headers, no way to the filesystem. */
class SafetyTest {

  static final String TOKEN = "correct-horse-battery-staple";

  static TestSite site;
  static WebServer locked;
  static String lockedBase;

  @BeforeAll
  static void start() {
    site = TestSite.get();
    locked = WebServer.start(ServeOptions.loopback(0).withToken(TOKEN), site.reader,
        new FakeSearch(site.reader), Writes.readOnly());
    lockedBase = "http://127.0.0.1:" + locked.port();
  }

  @AfterAll
  static void stop() {
    locked.close();
  }

  @Test
  void bind_elsewhereWithoutTokenIsRefused() {
    assertThatThrownBy(() -> ServeOptions.loopback(0).withBind("0.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a token");
    assertThat(ServeOptions.loopback(0).withToken(TOKEN).withBind("0.0.0.0").token()).isPresent();
    assertThat(ServeOptions.loopback(0).withBind("localhost").bind()).isEqualTo("localhost");
    assertThatThrownBy(() -> ServeOptions.loopback(0).withToken("short")).hasMessageContaining("16 characters");
  }

  @Test
  void token_everyPageAndCallNeedsIt() {
    for (String path : List.of("/", "/api/v1/stories", "/api/v1/openapi.json", "/api/docs", "/static/app.css", "/nothing")) {
      HttpResponse<String> r = Http.get(lockedBase + path);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.body()).doesNotContain("Biden");
    }
    assertThat(Http.get(lockedBase + "/api/v1/stories", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
    assertThat(Http.get(lockedBase + "/api/v1/stories", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(Http.get(lockedBase + "/", "Cookie", Guard.COOKIE + "=" + TOKEN).statusCode()).isEqualTo(200);
    HttpResponse<String> signIn = Http.get(lockedBase + "/?token=" + TOKEN);
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain(TOKEN);
  }

  @Test
  void headers_cspWithoutInlineScriptOnEveryAnswer() {
    for (String path : List.of("/", "/api/v1/stories", "/nothing")) {
      String csp = Http.get(site.base + path).headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
    assertThat(Http.get(site.base + "/").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void limits_queryAndBody() {
    assertThat(Http.get(site.base + "/api/v1/stories?x=" + "a".repeat(ServeOptions.MAX_QUERY_CHARS)).statusCode()).isEqualTo(414);
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 101; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"text\":\"t\"}");
    }
    HttpResponse<String> tooMany = Http.post(site.base + "/api/v1/articles", "application/json", batch + "]");
    assertThat(tooMany.statusCode()).isEqualTo(413);
    assertThat(Http.json(tooMany).get("detail").asText()).contains("at most 100");
    String huge = "[{\"text\":\"" + "a".repeat(6 << 20) + "\"}]";
    assertThat(Http.post(site.base + "/api/v1/articles", "application/json", huge).statusCode()).isEqualTo(413);
  }

  @Test
  void writes_fromAnotherSiteAreRefused() {
    HttpResponse<String> r = Http.post(site.base + "/entity/merge", "application/x-www-form-urlencoded", "name=Putin&other=Biden",
        "Origin", "https://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void paths_neverReachTheFilesystem() {
    for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/webjars/../../etc/passwd", "/static/..%2f..%2fpom.xml", "/articles/..%2f..%2fetc%2fpasswd")) {
      HttpResponse<String> r = Http.get(site.base + path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("<project");
    }
  }
}
