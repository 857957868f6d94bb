package org.storyline.app.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Amount;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Quantity;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimValues;
import org.storyline.reconcile.claim.SourcedClaim;

/**
 * The JSON and text forms of claims and claim groups. Spans carry {@code start}/{@code end} into
 * the cleaned text and {@code src_start}/{@code src_end} into the source, as in {@link ArticleJson}.
 */
public final class ClaimJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimJson() {}

  /** The claims of one extraction. */
  static ArrayNode claims(Extraction x) {
    ArrayNode out = JSON.createArrayNode();
    x.claims().forEach(c -> out.add(claim(x.article(), c)));
    return out;
  }

  static ObjectNode claim(Article a, Claim c) {
    Quantity q = c.quantity();
    ObjectNode n = ArticleJson.span(a, q.span());
    amount(n, q);
    ObjectNode subject = c.subject().isNamed() ? ArticleJson.span(a, c.subject().span()) : JSON.createObjectNode();
    subject.put("head", c.subject().head());
    subject.put("owner", c.subject().owner().orElse(null));
    n.set("subject", subject);
    n.set("place", c.place().map(p -> ArticleJson.span(a, p.span())).orElse(null));
    n.set("when", c.when().map(t -> {
      ObjectNode w = ArticleJson.span(a, t.span());
      w.put("value", t.value().toTimeML());
      return w;
    }).orElse(null));
    n.set("source", c.source().map(s -> {
      ObjectNode w = ArticleJson.span(a, s.span());
      w.put("cue", s.cue().name());
      return w;
    }).orElse(null));
    n.put("modality", c.modality().name());
    return n;
  }

  private static void amount(ObjectNode n, Quantity q) {
    if (q.amount() instanceof Amount.Exact e) {
      n.put("value", e.value());
    } else {
      n.put("low", q.amount().low());
      n.put("high", q.amount().high());
    }
    n.put("qualifier", q.qualifier().name());
    n.put("unit", q.unit().name());
    q.currency().ifPresent(c -> n.put("currency", c.getCurrencyCode()));
    ArrayNode bounds = n.putArray("allows");
    bounds.add(q.low());
    if (Double.isInfinite(q.high())) {
      bounds.addNull();
    } else {
      bounds.add(q.high());
    }
  }

  /**
   * Claim groups by value: each group's id, key and counts, its values (each with the articles
   * giving it, an article once with how many times) and how many are left out; a group in {@code
   * whole} also lists its claims, each with its offsets into {@code articles}' texts.
   */
  public static ArrayNode summaries(List<ClaimSummary> groups, Map<ClaimGroupId, ClaimGroup> whole, Map<ArticleId, Article> articles) {
    ArrayNode out = JSON.createArrayNode();
    for (ClaimSummary g : groups) {
      ObjectNode n = out.addObject();
      n.put("id", g.id().toString());
      n.put("thing", g.thing());
      n.put("owner", g.owner().orElse(null));
      n.put("modality", g.modality().name());
      n.put("unit", g.unit().name());
      n.put("disagreement", g.disagreement());
      n.put("claim_count", g.values().claims());
      n.put("article_count", g.values().articles());
      n.put("value_count", g.values().distinct());
      n.set("values", values(g.values()));
      n.put("more_values", g.values().moreValues());
      ClaimGroup group = whole.get(g.id());
      if (group != null) {
        n.set("claims", claims(group, articles));
      }
    }
    return out;
  }

  private static ArrayNode values(ClaimValues values) {
    ArrayNode out = JSON.createArrayNode();
    for (ClaimValues.Value v : values.values()) {
      ObjectNode n = out.addObject();
      n.put("text", v.text());
      n.put("low", v.low());
      if (Double.isInfinite(v.high())) {
        n.putNull("high");
      } else {
        n.put("high", v.high());
      }
      n.put("claim_count", v.claims());
      n.put("article_count", v.articles());
      ArrayNode sources = n.putArray("sources");
      for (ClaimValues.Source s : v.sources()) {
        ObjectNode src = sources.addObject();
        src.put("article", s.article().value());
        src.put("outlet", s.outlet().orElse(null));
        src.put("published", s.published().map(Object::toString).orElse(null));
        src.put("source", s.source().orElse(null));
        src.put("asserted_by", s.by());
        src.put("times", s.times());
      }
      n.put("more_sources", v.moreSources());
    }
    return out;
  }

  /** A group's claims, each with its source, outlet and date. */
  private static ArrayNode claims(ClaimGroup g, Map<ArticleId, Article> articles) {
    ArrayNode members = JSON.createArrayNode();
    for (SourcedClaim m : g.members()) {
      ObjectNode c = claim(articles.get(m.article()), m.claim());
      c.put("article", m.article().value());
      c.put("outlet", m.outlet().orElse(null));
      c.put("published", m.published().map(Object::toString).orElse(null));
      c.put("asserted_by", m.assertedBy());
      members.add(c);
    }
    return members;
  }

  /** One line a claim, for {@code annotate}'s text form. */
  static String text(Extraction x) {
    if (x.claims().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("Claims:\n");
    for (Claim c : x.claims()) {
      out.append("  ").append(line(c, c.source().map(s -> s.name()).orElse("(outlet)"))).append('\n');
    }
    return out.toString();
  }

  /** "approximately 100,000 troops (Russia) on the border with Ukraine — COUNT — (outlet)". */
  public static String line(Claim c, String source) {
    return String.format(Locale.ROOT, "%s %s%s%s  [%s]  %s", ClaimValues.text(c.quantity()), c.subject().text(),
        c.subject().owner().map(o -> " (" + o + ")").orElse(""), c.place().map(p -> " " + p.text()).orElse(""),
        c.modality(), source);
  }
}
