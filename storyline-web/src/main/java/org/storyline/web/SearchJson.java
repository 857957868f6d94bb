package org.storyline.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.storyline.model.Span;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets.FacetCount;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;

/**
 * The search API's answer, {@link Views.SearchView} as {@link Json#bytes} writes it, byte for byte,
 * written straight from the {@link SearchResult} by Jackson's streaming generator: the view's records
 * (a dozen a hit, for 50 hits) and the reflective serializers that read them back were a tenth of an
 * answer's CPU beside the search. {@code SearchJsonTest} holds the two to the same bytes.
 */
final class SearchJson {

  private SearchJson() {}

  /** {@code Json.bytes(Views.SearchView.of(result, next))}. */
  static byte[] bytes(SearchResult result, String next) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("total", result.total());
      g.writeNumberField("storyTotal", result.storyTotal());
      g.writeArrayFieldStart("articles");
      for (ArticleHit h : result.articles()) {
        hit(g, h);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (StoryHit s : result.stories()) {
        story(g, s);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      facets(g, "outlets", result.facets().outlets());
      facets(g, "entities", result.facets().entities());
      facets(g, "months", result.facets().months());
      g.writeEndObject();
      g.writeStringField("next", next);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not expected: the output is in memory
    }
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }

  /** As {@link Views.Hit}. */
  private static void hit(JsonGenerator g, ArticleHit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.article().value());
    g.writeStringField("story", h.story().map(s -> s.value()).orElse(null));
    g.writeStringField("title", h.title());
    g.writeStringField("outlet", h.outlet());
    g.writeFieldName("published");
    if (h.published().isPresent()) {
      g.writeString(h.published().get().toString()); // as the JavaTimeModule writes a LocalDate without a format
    } else {
      g.writeNull();
    }
    g.writeFieldName("score");
    g.writeNumber(h.score());
    g.writeArrayFieldStart("snippets");
    for (Snippet s : h.snippets()) {
      g.writeStartObject();
      g.writeStringField("text", s.text());
      g.writeArrayFieldStart("highlights");
      for (Span span : s.highlights()) {
        g.writeStartObject();
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** As {@link Views.StoryHitView}. */
  private static void story(JsonGenerator g, StoryHit s) throws IOException {
    g.writeStartObject();
    g.writeStringField("story", s.story().value());
    g.writeNumberField("matching", s.matching());
    g.writeArrayFieldStart("best");
    for (ArticleHit h : s.best()) {
      hit(g, h);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** As the lists of {@link Views.FacetsView}. */
  private static void facets(JsonGenerator g, String name, List<FacetCount> counts) throws IOException {
    g.writeArrayFieldStart(name);
    for (FacetCount c : counts) {
      g.writeStartObject();
      g.writeStringField("value", c.value());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
