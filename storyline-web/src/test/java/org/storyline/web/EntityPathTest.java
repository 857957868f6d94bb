package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Entities are addressed by name in the API, and a name may hold a slash. */
final class EntityPathTest {

  private static String api(String path) {
    return TestSite.get().base + Api.BASE + path;
  }

  @Test
  void entity_nameWithEncodedSlash_reachesTheEntityLookUp() {
    HttpResponse<String> answer = Http.get(api("/entities/" + Href.enc("AC/DC")));
    assertThat(answer.statusCode()).isEqualTo(404);
    // the entity look-up answered (a route that did not match would not name the entity)
    assertThat(Http.json(answer).get("detail").asText()).isEqualTo("no entity named 'AC/DC'");
  }

  @Test
  void entity_nameWithPlainSlash_reachesTheEntityLookUp() {
    HttpResponse<String> answer = Http.get(api("/entities/AC/DC"));
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(Http.json(answer).get("detail").asText()).isEqualTo("no entity named 'AC/DC'");
  }

  @Test
  void entity_storedName_isFoundWithTheWildcardRoute() {
    JsonNode page = Http.json(Http.get(api("/entities?limit=1")));
    String name = page.get("items").get(0).get("name").asText();
    assertThat(Http.json(Http.get(api("/entities/" + Href.enc(name)))).get("name").asText()).isEqualTo(name);
  }
}
