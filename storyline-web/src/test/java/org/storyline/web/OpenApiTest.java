package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document against the server: the routes it registers under /api/v1 and
 * the answers it really gives (every documented field present, null only where the document allows).
 */
class OpenApiTest {

  static TestSite site;
  static JsonNode doc;

  @BeforeAll
  static void read() {
    site = TestSite.get();
    doc = Http.json(Http.get(site.base + "/api/v1/openapi.json"));
  }

  @Test
  void document_isOpenApi31() {
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.get("paths").size()).isPositive();
  }

  @Test
  void routes_everyRegisteredRouteIsDocumentedAndEveryDocumentedOneRegistered() {
    TreeSet<String> registered = new TreeSet<>();
    // a <param> route (one that takes slashes) is an OpenAPI {param}: the document says to percent-encode it
    site.server.routes().stream().filter(r -> r.contains(" " + Api.BASE + "/"))
        .map(r -> r.replaceAll("<([^>]+)>", "{$1}")).forEach(registered::add);
    assertThat(documented()).isEqualTo(registered);
  }

  @Test
  void answers_haveEveryDocumentedField() {
    Map<String, String> samples = Map.of(
        "/api/v1/stories/{id}", ApiTest.sampleStory().get("id").asText(),
        "/api/v1/articles/{id}", ApiTest.firstArticleOf(ApiTest.sampleStory()),
        "/api/v1/entities/{name}", Href.enc(Http.json(Http.get(site.base + "/api/v1/entities?limit=1")).get("items").get(0).get("name").asText()));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode get = path.getValue().get("get");
      if (get == null || path.getKey().endsWith("openapi.json")) {
        continue;
      }
      String url = path.getKey();
      for (Map.Entry<String, String> s : samples.entrySet()) {
        String param = s.getKey().substring(s.getKey().lastIndexOf('{'));
        if (url.startsWith(s.getKey().substring(0, s.getKey().lastIndexOf('{')))) {
          url = url.replace(param, s.getValue());
        }
      }
      HttpResponse<String> r = Http.get(site.base + url + (url.endsWith("/search") ? "?q=troops&group=stories" : ""));
      assertThat(r.statusCode()).as(url).isEqualTo(200);
      check(Http.json(r), schema(get.get("responses").get("200")), "GET " + url, missing);
      checked++;
    }
    HttpResponse<String> posted = Http.post(site.base + "/api/v1/articles", "application/json",
        "[{\"text\":\"The museum of Lakeside opened 3 new halls on Friday, its director said.\",\"outlet\":\"Lakeside Post\"}]");
    check(Http.json(posted), schema(doc.get("paths").get("/api/v1/articles").get("post").get("responses").get("200")),
        "POST /api/v1/articles", missing);
    HttpResponse<String> problem = Http.get(site.base + "/api/v1/stories/ffffffffffff");
    check(Http.json(problem), resolve(doc.at("/components/schemas/Problem")), "a 404", missing);
    assertThat(checked).isEqualTo(documented().stream().filter(r -> r.startsWith("GET ")).count() - 1);
    assertThat(missing).as("documented fields missing from real answers").isEmpty();
  }

  private static TreeSet<String> documented() {
    TreeSet<String> out = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(method -> out.add(method.toUpperCase() + " " + p.getKey())));
    return out;
  }

  private static JsonNode schema(JsonNode response) {
    return resolve(response.get("content").get("application/json").get("schema"));
  }

  private static JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      schema = doc.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  /** Every property of {@code schema} in {@code value}, recursively; null only where the type allows it. */
  private static void check(JsonNode value, JsonNode schema, String where, List<String> missing) {
    schema = resolve(schema);
    if (value.isNull()) {
      if (!schema.path("type").toString().contains("null")) {
        missing.add(where + " is null, which the document does not allow");
      }
      return;
    }
    if (schema.has("properties")) {
      schema.get("properties").fields().forEachRemaining(p -> {
        if (!value.has(p.getKey())) {
          missing.add(where + "." + p.getKey());
        } else {
          check(value.get(p.getKey()), p.getValue(), where + "." + p.getKey(), missing);
        }
      });
    }
    if (schema.has("items") && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), where + "[" + i + "]", missing);
      }
    }
  }
}
