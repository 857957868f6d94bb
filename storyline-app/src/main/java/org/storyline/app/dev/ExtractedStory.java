package org.storyline.app.dev;

import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.extract.claim.Claim;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.RuleClaimGrouper;
import org.storyline.reconcile.claim.SourcedClaim;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.reconcile.timeline.ArticleEvents;
import org.storyline.reconcile.timeline.EventTimelineBuilder;
import org.storyline.reconcile.timeline.TimelineEvent;
import org.storyline.summarize.DatedText;

/**
 * An evaluation's articles made into one story as the engine reconciles it: extracted with the
 * shipped stages, their claims grouped, their entities resolved and their timeline built by the
 * engine's own classes, so that the summariser sees what it sees in the engine.
 *
 * @param extractions the articles' extractions
 * @param claims the claim groups
 * @param events the timeline's events
 */
record ExtractedStory(List<Extraction> extractions, List<ClaimGroup> claims, List<TimelineEvent> events) {

  /** The article as the engine would read it: the text as given, its date from the metadata; its input id keeps copies apart. */
  static Article article(DatedText t, int line) {
    PublicationDate published = PublicationDate.given(t.published(), DateSource.METADATA);
    Span all = Span.of(0, t.text().length());
    return new Article(ArticleId.derive(t.id(), t.title(), published, t.text()), new Origin(t.id(), line),
        SourceFormat.JSONL, t.title(), published, t.outlet(), null, t.text(), new Layout(null, null, null, List.of(all)),
        t.text(), OffsetMap.identity(t.text().length()), List.of());
  }

  /** Extracts every article (in parallel; the extractor is made once per thread). */
  static List<Extraction> extract(List<DatedText> texts) {
    ThreadLocal<Extractor> extractor = ThreadLocal.withInitial(Extractor::withDefaults);
    List<Article> articles = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      articles.add(article(texts.get(i), i + 1));
    }
    return articles.parallelStream().map(a -> extractor.get().extract(a)).toList();
  }

  /** The story of {@code extractions}, with a timeline when {@code withEvents}. */
  static ExtractedStory of(List<Extraction> extractions, boolean withEvents) {
    List<SourcedClaim> sourced = new ArrayList<>();
    for (Extraction x : extractions) {
      Article a = x.article();
      for (Claim c : x.claims()) {
        sourced.add(new SourcedClaim(c, a.id(), a.outletOpt(), a.publishedOpt().map(PublicationDate::date)));
      }
    }
    List<ClaimGroup> claims = new RuleClaimGrouper().group(sourced);
    if (!withEvents) {
      return new ExtractedStory(extractions, claims, List.of());
    }
    List<Entity> entities = new RuleEntityResolver().resolve(
        extractions.stream().map(x -> new ArticleMentions(x.article().id(), x.article().text(), x.mentions())).toList(),
        List.of());
    List<ArticleEvents> articles = extractions.stream().map(x -> new ArticleEvents(x.article(), x.events())).toList();
    StoryId id = new StoryId(extractions.isEmpty() ? "0000000000000000" : extractions.get(0).article().id().value());
    return new ExtractedStory(extractions, claims,
        EventTimelineBuilder.withDefaults().build(id, articles, entities).events());
  }
}
