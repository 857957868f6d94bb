package org.storyline.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.model.Span;

/**
 * Which sentences report a happening rather than give background: a sentence that holds an event
 * said to have taken place or announced, with its agent ("the U.S. has placed 8,500 troops on
 * alert", "Russia has now deployed more than 127,000 troops"), and a figure the extractor found in
 * it. "Russia has approximately 100,000 troops on the border" states how things are; the report
 * tells who did what, and how much. A summary that has room for one of two sentences should
 * prefer the report.
 *
 * <p>Read from the extractions (their event mentions and claims), so plain texts report nothing.
 */
final class Reports {

  private static final Reports NONE = new Reports(Map.of());

  /** Per article: its spans of reported events and of figures. */
  private final Map<String, Spans> byArticle;

  private record Spans(List<Span> events, List<Span> figures) {}

  private Reports(Map<String, Spans> byArticle) {
    this.byArticle = byArticle;
  }

  /** None: every sentence is background (plain texts, no extraction). */
  static Reports none() {
    return NONE;
  }

  static Reports of(List<Extraction> story) {
    Map<String, Spans> byArticle = new HashMap<>();
    for (Extraction x : story) {
      List<Span> events = x.events().stream().filter(Reports::reported).map(EventMention::trigger).toList();
      List<Span> figures = x.claims().stream().map(Claim::quantity).map(q -> q.span()).toList();
      if (!events.isEmpty() && !figures.isEmpty()) {
        byArticle.put(x.article().id().value(), new Spans(events, figures));
      }
    }
    return new Reports(byArticle);
  }

  /** Taken place or announced, by someone the sentence names as doing it. */
  private static boolean reported(EventMention m) {
    return (m.modality() == Modality.HAPPENED || m.modality() == Modality.PLANNED)
        && m.participants().stream().anyMatch(p -> p.role() == Participant.Role.AGENT);
  }

  /** Whether {@code u} (a sentence, or the head of one) holds a reported event and a figure. */
  boolean reports(Unit u) {
    Spans s = byArticle.get(u.article().id());
    return s != null && s.events().stream().anyMatch(u.span()::contains) && s.figures().stream().anyMatch(u.span()::contains);
  }
}
