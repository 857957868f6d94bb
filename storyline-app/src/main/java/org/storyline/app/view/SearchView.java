package org.storyline.app.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.storyline.engine.StoreReader;
import org.storyline.model.Article;
import org.storyline.model.Span;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;

/**
 * The text and JSON forms of a search result. In text, a snippet's matches are marked for where it
 * is read: bold on a terminal, {@code *between stars*} when piped.
 */
public final class SearchView {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  private SearchView() {}

  /**
   * The result as text: a count line, the hits with their snippets, the facet counts. {@code reader}
   * gives each story group its headline and an untitled article (a plain-text file) its label.
   */
  public static String text(SearchResult r, int offset, boolean terminal, StoreReader reader) {
    StringBuilder out = new StringBuilder();
    int shown = r.stories().isEmpty() ? r.articles().size() : r.stories().size();
    out.append(String.format(Locale.ROOT, "%d %s in %d %s", r.total(), r.total() == 1 ? "article" : "articles",
        r.storyTotal(), r.storyTotal() == 1 ? "story" : "stories"));
    if (shown > 0) {
      out.append(String.format(Locale.ROOT, "; %d to %d shown", offset + 1, offset + shown));
    }
    out.append("\n\n");
    for (StoryHit s : r.stories()) {
      out.append("Story ").append(s.story()).append("  ").append(s.matching()).append(s.matching() == 1 ? " match" : " matches");
      reader.story(s.story().value()).map(reader::headline)
          .ifPresent(headline -> out.append("  ").append(Summaries.clip(headline, 80)));
      out.append('\n');
      s.best().forEach(h -> hit(out, h, "  ", terminal, reader));
      out.append('\n');
    }
    r.articles().forEach(h -> hit(out, h, "", terminal, reader));
    if (!r.articles().isEmpty()) {
      out.append('\n');
    }
    facets(out, r.facets());
    return out.toString();
  }

  private static void hit(StringBuilder out, ArticleHit h, String indent, boolean terminal, StoreReader reader) {
    String title = h.title().isEmpty() ? reader.article(h.article()).map(Article::label).orElse("") : h.title();
    out.append(indent).append(h.article()).append("  ").append(h.published().map(Object::toString).orElse("undated   "))
        .append("  ").append(Summaries.clip(h.outlet(), 20)).append("  ").append(Summaries.clip(title, 80));
    h.story().ifPresent(s -> out.append("  [story ").append(s).append(']'));
    out.append('\n');
    for (Snippet s : h.snippets()) {
      out.append(indent).append("    ").append(marked(s, terminal)).append('\n');
    }
  }

  /** The snippet with each match marked. */
  static String marked(Snippet s, boolean terminal) {
    String open = terminal ? BOLD : "*";
    String close = terminal ? PLAIN : "*";
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span m : s.highlights()) {
      b.append(s.text(), at, m.start()).append(open).append(m.of(s.text())).append(close);
      at = m.end();
    }
    return b.append(s.text().substring(at)).toString();
  }

  private static void facets(StringBuilder out, Facets f) {
    facet(out, "outlets", f.outlets());
    facet(out, "entities", f.entities());
    facet(out, "months", f.months());
  }

  private static void facet(StringBuilder out, String name, List<Facets.FacetCount> counts) {
    if (!counts.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%-9s ", name + ":"))
          .append(counts.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "))).append('\n');
    }
  }

  /** The result as JSON: counts, hits (or stories with their best hits), snippets with spans, facets. */
  public static ObjectNode json(SearchResult r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("total", r.total());
    n.put("story_total", r.storyTotal());
    if (!r.stories().isEmpty()) {
      ArrayNode stories = n.putArray("stories");
      for (StoryHit s : r.stories()) {
        ObjectNode o = stories.addObject();
        o.put("story", s.story().value());
        o.put("matching", s.matching());
        ArrayNode best = o.putArray("best");
        s.best().forEach(h -> best.add(hit(h)));
      }
    } else {
      ArrayNode articles = n.putArray("articles");
      r.articles().forEach(h -> articles.add(hit(h)));
    }
    ObjectNode facets = n.putObject("facets");
    facets.set("outlets", counts(r.facets().outlets()));
    facets.set("entities", counts(r.facets().entities()));
    facets.set("months", counts(r.facets().months()));
    return n;
  }

  private static ObjectNode hit(ArticleHit h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article", h.article().value());
    o.put("story", h.story().map(s -> s.value()).orElse(null));
    o.put("title", h.title());
    o.put("outlet", h.outlet());
    o.put("published", h.published().map(Object::toString).orElse(null));
    o.put("score", h.score());
    ArrayNode snippets = o.putArray("snippets");
    for (Snippet s : h.snippets()) {
      ObjectNode sn = snippets.addObject();
      sn.put("text", s.text());
      ArrayNode hl = sn.putArray("highlights");
      s.highlights().forEach(m -> hl.addObject().put("start", m.start()).put("end", m.end()));
    }
    return o;
  }

  private static ArrayNode counts(List<Facets.FacetCount> counts) {
    ArrayNode a = JSON.createArrayNode();
    counts.forEach(c -> a.addObject().put("value", c.value()).put("count", c.count()));
    return a;
  }
}
