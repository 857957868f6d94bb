package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets;
import org.storyline.search.Facets.FacetCount;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;

/**
 * {@link SearchJson} writes the bytes Jackson writes for {@link Views.SearchView}: random results
 * (articles or stories, with and without story, date, snippets, highlights, facets and next page;
 * texts with quotes, backslashes, control characters, markup, line separators, accents and
 * characters beyond the first plane; scores of every size).
 */
class SearchJsonTest {

  private static final String[] PIECES = {"plain", " ", "\"", "\\", "\n", "\t", "\u0001", "</script>", "&", "caf\u00e9",
      "\u2028", "\uD83D\uDE00", "\u4e2d", "'", "/", "\u007f"};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void bytesAreJacksonsOfTheView(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      SearchResult result = result(random);
      String next = random.nextBoolean() ? null : text(random);
      byte[] view = Json.bytes(Views.SearchView.of(result, next));
      assertThat(new String(SearchJson.bytes(result, next), StandardCharsets.UTF_8))
          .isEqualTo(new String(view, StandardCharsets.UTF_8));
      assertThat(SearchJson.bytes(result, next)).isEqualTo(view);
    }
  }

  private static SearchResult result(Random random) {
    boolean grouped = random.nextInt(3) == 0;
    List<ArticleHit> articles = new ArrayList<>();
    List<StoryHit> stories = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      if (grouped) {
        List<ArticleHit> best = new ArrayList<>();
        for (int j = 1 + random.nextInt(3); j > 0; j--) {
          best.add(hit(random));
        }
        stories.add(new StoryHit(new StoryId(hex(random)), random.nextInt(1000), best));
      } else {
        articles.add(hit(random));
      }
    }
    Facets facets = new Facets(counts(random), counts(random), counts(random));
    return new SearchResult(random.nextInt(100_000), random.nextInt(100_000), articles, stories, facets);
  }

  private static ArticleHit hit(Random random) {
    float[] scores = {1f, 0f, random.nextFloat(), random.nextFloat() * 1e6f, random.nextFloat() * 1e-6f, 12.5f};
    List<Snippet> snippets = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String text = text(random);
      List<Span> spans = new ArrayList<>();
      for (int at = 0; at + 2 <= text.length() && random.nextBoolean(); at += 3) {
        spans.add(new Span(at, at + 1 + random.nextInt(2)));
      }
      snippets.add(new Snippet(text, spans));
    }
    return new ArticleHit(new ArticleId(hex(random)), random.nextBoolean() ? Optional.of(new StoryId(hex(random))) : Optional.empty(),
        text(random), text(random), random.nextBoolean() ? Optional.of(LocalDate.ofEpochDay(random.nextInt(40_000))) : Optional.empty(),
        scores[random.nextInt(scores.length)], snippets);
  }

  private static List<FacetCount> counts(Random random) {
    List<FacetCount> out = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      out.add(new FacetCount(text(random), random.nextInt(10_000)));
    }
    return out;
  }

  private static String text(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private static String hex(Random random) {
    return String.format("%016x", random.nextLong());
  }
}
