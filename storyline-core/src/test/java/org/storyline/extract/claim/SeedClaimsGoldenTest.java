package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The nine claims of the answer key in the seed articles, against {@code claim/seeds-expected.json}. */
class SeedClaimsGoldenTest {

  static Stream<Arguments> expected() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SeedClaimsGoldenTest.class.getResourceAsStream("/claim/seeds-expected.json"));
    List<Arguments> out = new ArrayList<>();
    root.get("claims").forEach(c -> out.add(Arguments.of(c.get("file").asText() + " " + c.get("text").asText(), c)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void seedClaim_isFoundWithValueQualifierSourceAndModality(String name, JsonNode e) {
    Seeds.Seed seed = Seeds.read(e.get("file").asText());
    List<Claim> found = seed.claims().stream().filter(c -> c.quantity().text().equals(e.get("text").asText())).toList();
    assertThat(found).as(name).isNotEmpty();
    Claim c = found.get(0);
    Amount a = c.quantity().amount();
    if (e.has("value")) {
      assertThat(a).isEqualTo(new Amount.Exact(e.get("value").asDouble()));
    } else {
      assertThat(a).isEqualTo(new Amount.Range(e.get("low").asDouble(), e.get("high").asDouble()));
    }
    assertThat(c.quantity().qualifier().name()).isEqualTo(e.get("qualifier").asText());
    assertThat(c.subject().head()).isEqualTo(e.get("head").asText());
    assertThat(c.modality().name()).isEqualTo(e.get("modality").asText());
    if (e.get("source").isNull()) {
      assertThat(c.source()).isEmpty();
    } else {
      assertThat(c.source()).get().extracting(Attribution::name).asString().contains(e.get("source").asText());
    }
  }
}
