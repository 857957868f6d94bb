package org.storyline.summarize;

import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.reconcile.claim.ClaimGroup;

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
 *       the story reports that day.
 *   <li>The sentences come in date order (the day each tells of, then publication).
 *   <li>Articles without a date are not quoted. The result depends only on the set of articles.
 *       Implementations are thread-safe.
 * </ul>
 */
public interface StorySummarizer {

  /**
   * The summary of the story told by {@code story}, whose claims {@code claims} groups (the groups
   * that disagree are the story's disagreements).
   */
  List<SourcedSentence> summarize(List<Extraction> story, List<ClaimGroup> claims, int maxWords);
}
