package org.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fixture's figures as the reference scorer ({@code tls_eval.py}, a port of tilse) gave them;
 * see {@code tls-fixture/README.md}.
 */
class TimelineScoresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double EPS = 1e-9;

  @Test
  void of_paperTimeline_givesTheReferenceScorersFigures() throws IOException {
    TimelineScores s = TimelineScores.of(system("paper"), gold("paper"));
    assertPrf(1.0, 0.6666666667, s.date());
    assertPrf(0.7916666667, 0.6551724138, s.concat1());
    assertPrf(0.4347826087, 0.3571428571, s.concat2());
    assertPrf(0.6666666667, 0.5517241379, s.agree1());
    assertPrf(0.4090909091, 0.3461538462, s.agree2());
    assertPrf(0.6666666667, 0.6034482759, s.align1());
    assertPrf(0.4090909091, 0.3461538462, s.align2());
  }

  @Test
  void of_wireTimeline_givesTheReferenceScorersFigures() throws IOException {
    TimelineScores s = TimelineScores.of(system("wire"), gold("wire"));
    assertPrf(0.5, 0.5, s.date());
    assertPrf(0.6285714286, 0.55, s.concat1());
    assertPrf(0.2941176471, 0.2564102564, s.concat2());
    assertPrf(0.4571428571, 0.4, s.agree1());
    assertPrf(0.2580645161, 0.2222222222, s.agree2());
    assertPrf(0.5142857143, 0.45, s.align1());
    assertPrf(0.2903225806, 0.25, s.align2());
  }

  @Test
  void average_takesMeanPrecisionAndMeanRecall() throws IOException {
    TimelineScores avg = TimelineScores.average(List.of(
        TimelineScores.of(system("paper"), gold("paper")), TimelineScores.of(system("wire"), gold("wire"))));
    assertPrf(0.75, 0.5833333333, avg.date());
    assertEquals(0.5568, avg.align1().f1(), 5e-5);
    assertEquals(0.3218, avg.align2().f1(), 5e-5);
  }

  @Test
  void of_emptySystem_scoresZero() throws IOException {
    TimelineScores s = TimelineScores.of(Map.of(), gold("wire"));
    s.all().forEach(p -> assertEquals(0, p.f1()));
  }

  @Test
  void of_referenceAgainstItself_scoresOne() throws IOException {
    TimelineScores s = TimelineScores.of(gold("wire"), gold("wire"));
    s.all().forEach(p -> assertEquals(1, p.f1(), EPS));
  }

  private static void assertPrf(double precision, double recall, TimelineScores.Prf actual) {
    assertEquals(precision, actual.precision(), 1e-9, "precision");
    assertEquals(recall, actual.recall(), 1e-9, "recall");
  }

  private static Map<LocalDate, List<String>> gold(String name) throws IOException {
    return timeline(read("gold/quake/timelines/" + name + ".json"));
  }

  private static Map<LocalDate, List<String>> system(String name) throws IOException {
    return timeline(read("sys/quake--" + name + ".json").get("timeline"));
  }

  private static JsonNode read(String path) throws IOException {
    try (InputStream in = TimelineScoresTest.class.getResourceAsStream("tls-fixture/" + path)) {
      return JSON.readTree(in);
    }
  }

  private static Map<LocalDate, List<String>> timeline(JsonNode entries) {
    Map<LocalDate, List<String>> t = new TreeMap<>();
    for (JsonNode e : entries) {
      List<String> s = t.computeIfAbsent(LocalDate.parse(e.get("date").asText()), d -> new ArrayList<>());
      e.get("sentences").forEach(x -> s.add(x.asText()));
    }
    return t;
  }
}
