package org.storyline.app.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.Mention;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.Quote;
import org.storyline.model.Removal;
import org.storyline.model.Span;
import org.storyline.model.Speaker;
import org.storyline.pipeline.RunSummary;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.Evidence;

/**
 * The JSON forms of articles. Every span is given twice: {@code start}/{@code end} into the
 * cleaned text and {@code src_start}/{@code src_end} into the source as read.
 */
public final class ArticleJson {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  /** One article's cleaned text and everything extracted from it; {@code dating} (may be null) explains an inferred date. */
  public static ObjectNode annotation(Extraction extraction, List<Origin> origins, DateEstimate dating) {
    Article a = extraction.article();
    ObjectNode node = annotation(a, origins);
    if (dating != null) {
      withDateEvidence(node, a, dating.evidence());
    }
    node.put("time_anchor", extraction.timeAnchor().map(Object::toString).orElse(null));
    ArrayNode timexes = node.putArray("timexes");
    for (Timex t : extraction.timexes()) {
      ObjectNode n = span(a, t.span());
      n.put("type", t.type().name());
      n.put("value", t.value().toTimeML());
      if (t.mod() != null) {
        n.put("mod", t.mod().name());
      }
      timexes.add(n);
    }
    withMentions(node, a, extraction.mentions());
    node.set("quotes", quotes(a, extraction.quotes()));
    node.set("claims", ClaimJson.claims(extraction));
    return node;
  }

  /** Adds why an inferred publication date was inferred, as {@code published.evidence}. */
  public static ObjectNode withDateEvidence(ObjectNode annotation, Article a, List<Evidence> evidence) {
    if (evidence.isEmpty() || !(annotation.get("published") instanceof ObjectNode published)) {
      return annotation;
    }
    ArrayNode list = published.putArray("evidence");
    for (Evidence e : evidence) {
      ObjectNode n = e.span() == null || e.span().isEmpty() ? JSON.createObjectNode() : span(a, e.span());
      list.add(n);
      n.put("kind", e.kind().name());
      n.put("weight", e.weight());
      e.peerOpt().ifPresent(p -> n.put("peer", p.article().value()).put("peer_text", p.text()).put("peer_date", p.date().toString()));
      n.put("explanation", e.explanation());
    }
    return annotation;
  }

  /** One article's cleaned text and layout. */
  public static ObjectNode annotation(Article a, List<Origin> origins) {
    ObjectNode node = brief(a);
    ArrayNode from = node.putArray("origins");
    origins.forEach(o -> from.add(o.toString()));
    node.put("text", a.text());
    node.set("headline", span(a, a.layout().headline()));
    node.set("dateline", span(a, a.layout().dateline()));
    node.set("byline", span(a, a.layout().byline()));
    ArrayNode paragraphs = node.putArray("paragraphs");
    a.layout().paragraphs().forEach(p -> paragraphs.add(span(a, p)));
    ArrayNode removed = node.putArray("removed");
    for (Removal r : a.removed()) {
      ObjectNode n = removed.addObject();
      n.put("reason", r.reason().name());
      n.put("src_start", r.source().start());
      n.put("src_end", r.source().end());
      n.put("text", r.source().of(a.source()));
    }
    return node;
  }

  /** Adds the article's entity mentions to its annotation as {@code entities}. */
  static ObjectNode withMentions(ObjectNode annotation, Article a, List<Mention> mentions) {
    ArrayNode list = annotation.putArray("entities");
    for (Mention m : mentions) {
      ObjectNode n = span(a, m.span());
      n.put("type", m.type().name());
      list.add(n);
    }
    return annotation;
  }

  /**
   * Quotes: kind, content parts, cue and speaker, every span in both texts. The speaker has its
   * resolved name and kind, the mention next to the quote and the antecedent the name came from.
   */
  static ArrayNode quotes(Article a, List<Quote> quotes) {
    ArrayNode list = JSON.createArrayNode();
    for (Quote q : quotes) {
      ObjectNode n = list.addObject();
      n.put("kind", q.kind().name());
      n.put("text", q.text(a.text()));
      ArrayNode parts = n.putArray("content");
      q.content().forEach(part -> parts.add(span(a, part)));
      n.set("cue", span(a, q.cue()));
      Speaker s = q.speaker();
      if (s == null) {
        n.putNull("speaker");
      } else {
        ObjectNode sp = n.putObject("speaker");
        sp.put("name", s.name());
        sp.put("kind", s.kind().name());
        sp.set("mention", span(a, s.mention()));
        sp.set("antecedent", span(a, s.antecedent()));
        sp.put("entity_id", s.entityId());
      }
    }
    return list;
  }

  /** The fields that identify an article, for lists. */
  public static ObjectNode brief(Article a) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", a.id().value());
    node.put("origin", a.origin().toString());
    node.put("format", a.format().name());
    node.put("title", a.title());
    node.set("published", published(a.published()));
    node.put("outlet", a.outlet());
    node.put("url", a.url());
    node.put("words", a.wordCount());
    node.put("paragraph_count", a.layout().paragraphs().size());
    node.put("boilerplate_removed", a.removed().size());
    return node;
  }

  public static String analysis(List<Article> articles, RunSummary summary, Path report) {
    ObjectNode node = JSON.createObjectNode();
    node.set("run", run(summary));
    node.put("report", report.toString());
    ArrayNode list = node.putArray("articles");
    articles.forEach(a -> list.add(brief(a)));
    return write(node);
  }

  static ObjectNode problem(Problem p) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", p.origin().file());
    if (p.origin().record() > 0) {
      node.put("record", p.origin().record());
    }
    node.put("severity", p.severity().name());
    node.put("reason", p.reason());
    return node;
  }

  static ObjectNode run(RunSummary s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("files", s.files());
    node.put("articles", s.articles());
    node.put("added", s.added());
    node.put("already_stored", s.alreadyStored());
    node.put("errors", s.errors());
    node.put("warnings", s.warnings());
    return node;
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  public static String write(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }

  private static ObjectNode published(PublicationDate date) {
    if (date == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("date", date.date().toString());
    node.put("source", date.source().name());
    node.put("confidence", date.confidence());
    return node;
  }

  /** A span of an article's cleaned text with its source span and text; null for null. */
  static ObjectNode span(Article a, Span cleaned) {
    if (cleaned == null) {
      return null;
    }
    Span source = a.toSource(cleaned);
    ObjectNode node = JSON.createObjectNode();
    node.put("start", cleaned.start());
    node.put("end", cleaned.end());
    node.put("src_start", source.start());
    node.put("src_end", source.end());
    node.put("text", cleaned.of(a.text()));
    return node;
  }
}
