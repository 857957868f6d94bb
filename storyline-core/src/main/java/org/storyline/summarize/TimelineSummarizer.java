package org.storyline.summarize;

import java.util.List;

/**
 * Makes a timeline summary of a set of articles: the most important dates and, for each, the
 * sentences that say best what happened on it.
 *
 * <p>Contract:
 * <ul>
 *   <li>Only articles published within the request's range are read, and only dates within it are
 *       chosen; at most {@link TimelineRequest#dates()} dates, each with between 1 and
 *       {@link TimelineRequest#sentences()} sentences, in date order (fewer dates when the articles
 *       give fewer).
 *   <li>Every sentence is a sentence of one of the articles, cited by its article and span; no
 *       sentence appears twice in a timeline.
 *   <li>The result depends only on the articles and the request, not on their order or on the
 *       number of threads. Implementations are thread-safe.
 * </ul>
 */
public interface TimelineSummarizer {

  Timeline summarize(List<DatedText> articles, TimelineRequest request);
}
