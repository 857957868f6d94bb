package org.storyline.summarize;

import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.timeline.TimelineEvent;

/**
 * Summarises a story in a few of its articles' sentences.
 *
 * <p>Contract:
 * <ul>
 *   <li>The summary is extractive: each sentence is a sentence of one of the articles, cited by
 *       article, outlet, date and span; together they hold at most {@code maxWords} words (a
 *       sentence longer than that on its own is never chosen).
 *   <li>Nothing is said twice (no two sentences that say mostly the same); sentences are chosen
 *       across outlets to cover the story's different happenings and the figures its sources
 *       disagree on; an announcement ("will speak on Tuesday") is left out when a later article of
 *       the story reports that day, or a sentence of the story reports the announced event done.
 *   <li>The sentences come in date order (the day each tells of, then publication).
 *   <li>Articles without a date are not quoted. The result depends only on the set of articles.
 *       Implementations are thread-safe.
 * </ul>
 */
public interface StorySummarizer {

  /**
   * The summary of the story told by {@code story}, whose claims {@code claims} groups (the groups
   * that disagree are the story's disagreements) and whose timeline lists {@code events} (its
   * happenings, which the summary should tell; the story's whole timeline may be given for a part
   * of its articles, such as a sub-event: only the sources in {@code story} count).
   */
  List<SourcedSentence> summarize(List<Extraction> story, List<ClaimGroup> claims, List<TimelineEvent> events,
      int maxWords);

  /**
   * The story told by {@code story} read for several summaries: of its whole and of parts of its
   * articles (its sub-events), each at its own length. {@code read(story, claims, events)
   * .summary(part, n)} is {@code summarize(part, claims, events, n)} for any part of {@code story}
   * (the same extractions); an implementation may read each article once for all of them.
   */
  default Read read(List<Extraction> story, List<ClaimGroup> claims, List<TimelineEvent> events) {
    return (part, maxWords) -> summarize(part, claims, events, maxWords);
  }

  /** A story read for its summaries, by one thread: {@link #read}. */
  interface Read {

    /**
     * The summary of {@code part}, some of the story's extractions, in at most {@code maxWords} words.
     *
     * @throws IllegalArgumentException when an extraction is not one of the story's, or {@code maxWords} is below 1
     */
    List<SourcedSentence> summary(List<Extraction> part, int maxWords);
  }

  /** The summary of a story whose timeline is not known (no events). */
  default List<SourcedSentence> summarize(List<Extraction> story, List<ClaimGroup> claims, int maxWords) {
    return summarize(story, claims, List.of(), maxWords);
  }
}
