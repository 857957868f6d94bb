package org.storyline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityMention;

/** Reads what one story, article or entity view needs from the store, in a few calls. */
final class StoryData {

  /** The most articles an entity page reads to place its mentions in time and stories. */
  static final int ENTITY_ARTICLES = 500;

  private final Site site;

  StoryData(Site site) {
    this.site = site;
  }

  /** The quotes of {@code articles} (a story's), article by article, each in text order. */
  List<Views.QuoteView> quotes(List<Article> articles) {
    Map<ArticleId, List<Quote>> quotes = site.reader.quotes(articles.stream().map(Article::id).toList());
    List<Views.QuoteView> out = new ArrayList<>();
    for (Article a : articles) {
      quotes.getOrDefault(a.id(), List.of()).forEach(q -> out.add(Views.QuoteView.of(q, a)));
    }
    return out;
  }

  /** Quotes grouped by speaker, the most quoted first; quotes without a speaker last. */
  static Map<String, List<Views.QuoteView>> bySpeaker(List<Views.QuoteView> quotes) {
    Map<String, List<Views.QuoteView>> groups = new LinkedHashMap<>();
    for (Views.QuoteView q : quotes) {
      groups.computeIfAbsent(q.speaker() == null ? "(no speaker found)" : q.speaker(), k -> new ArrayList<>()).add(q);
    }
    Map<String, List<Views.QuoteView>> sorted = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Views.QuoteView>> e) -> e.getKey().startsWith("("))
            .thenComparing(e -> -e.getValue().size()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  Views.EntityDetail entity(Entity entity) {
    Set<ArticleId> articles = new LinkedHashSet<>();
    for (EntityMention m : entity.mentions()) {
      if (articles.size() >= ENTITY_ARTICLES) {
        break;
      }
      articles.add(m.article());
    }
    Map<ArticleId, Integer> perArticle = new LinkedHashMap<>();
    entity.mentions().forEach(m -> perArticle.merge(m.article(), 1, Integer::sum));
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    Set<StoryId> storyIds = new LinkedHashSet<>();
    for (ArticleId id : articles) {
      site.reader.article(id).flatMap(Article::publishedOpt)
          .ifPresent(p -> byDay.merge(p.date(), perArticle.getOrDefault(id, 0), Integer::sum));
      site.reader.storyOf(id).ifPresent(storyIds::add);
    }
    List<Story> stories = storyIds.stream().map(s -> site.reader.story(s.value())).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Story::size).reversed()).toList();
    return Views.entity(entity, stories.stream().map(s -> Views.StorySummary.of(s, site.reader)).toList(),
        byDay.entrySet().stream().map(e -> new Views.DayCount(e.getKey(), e.getValue())).toList());
  }

  /** Everything the article page and the article call show. */
  record ArticleDetail(String id, String title, String outlet, LocalDate published, boolean dateInferred, String url,
      String link, String story, String text, List<Annotation> annotations) {}

  /**
   * One thing found in the text.
   *
   * @param kind time, entity, quote or claim
   * @param label what a reader sees on hover: the normalised date, the entity and its type, the speaker, the count
   */
  record Annotation(String kind, int start, int end, String text, String label) {}

  ArticleDetail articleDetail(Article a) {
    List<Annotation> notes = annotations(a, site.reader.extraction(a.id()));
    return new ArticleDetail(a.id().value(), a.title(), a.outlet(), a.publishedOpt().map(p -> p.date()).orElse(null),
        a.publishedOpt().map(p -> p.isInferred()).orElse(false), a.url(), Links.safe(a.url()).orElse(null),
        site.reader.storyOf(a.id()).map(StoryId::value).orElse(null), a.text(), notes);
  }

  private static List<Annotation> annotations(Article a, Optional<Extraction> found) {
    List<Annotation> out = new ArrayList<>();
    if (found.isEmpty()) {
      return out;
    }
    Extraction e = found.get();
    String text = a.text();
    for (Timex t : e.timexes()) {
      out.add(new Annotation("time", t.span().start(), t.span().end(), t.text(), t.type().name().toLowerCase() + " " + t.value().toTimeML()));
    }
    for (Mention m : e.mentions()) {
      out.add(new Annotation("entity", m.span().start(), m.span().end(), m.text(), m.type().name() + ": " + m.text()));
    }
    for (Quote q : e.quotes()) {
      String who = q.speakerOpt().map(s -> s.name()).orElse("no speaker found");
      out.add(new Annotation("quote", q.span().start(), q.span().end(), q.span().of(text), q.kind().name().toLowerCase() + " quote: " + who));
    }
    for (Claim c : e.claims()) {
      out.add(new Annotation("claim", c.quantity().span().start(), c.quantity().span().end(), c.quantity().text(),
          "claim: " + c.quantity().text() + " " + c.subject().head() + c.source().map(s -> ", according to " + s.name()).orElse("")));
    }
    out.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(n -> -n.end()));
    return out;
  }
}
