package org.storyline.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.cluster.Changes;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.pipeline.InputRecord;
import org.storyline.reconcile.DateEstimate;

/**
 * Everything one batch produced, committed in one transaction.
 *
 * @param batch the batch's number, increasing by one from 1
 * @param added articles new to the store, in the order they were clustered, with the date they were
 *     clustered with (their own, or one inferred from their batch); {@code dates} may give a later one
 * @param reread stored articles read again: only where they were read from is recorded
 * @param fingerprints the fingerprints of the inputs cleaned into this batch's articles ({@link
 *     org.storyline.model.SourceDocument#fingerprint()}), so that the same input is not cleaned again
 * @param problems inputs that could not be read while reading this batch
 * @param filesRead files read to their end whose last articles are in this batch or an earlier
 *     one, so that the same bytes are not read again ({@link InputRecord})
 * @param extractorVersion the version of the extractors that made {@code extractions}
 * @param extractions extractions of new articles and of articles extracted again (a new date, a new version)
 * @param dates inferred dates, new or changed, with their evidence
 * @param stories what clustering changed: stories (whole, as they are now), stories merged away, links, decisions
 * @param entities the entities of each touched story, replacing the story's previous ones
 * @param claims the claim groups of each touched story, replacing the story's previous ones
 * @param timelines the timeline of each touched story, replacing the story's previous one
 * @param summaries the headline and summary of each touched story, replacing the story's previous ones
 */
public record BatchUpdate(
    long batch,
    List<Article> added,
    List<Reread> reread,
    Map<String, ArticleId> fingerprints,
    List<Problem> problems,
    List<InputRecord> filesRead,
    String extractorVersion,
    List<Extraction> extractions,
    Map<ArticleId, DateEstimate> dates,
    Changes stories,
    List<StoryEntities> entities,
    List<StoryClaims> claims,
    List<StoryTimeline> timelines,
    List<StorySummary> summaries) {

  public BatchUpdate {
    if (batch < 1) {
      throw new IllegalArgumentException("batch numbers start at 1: " + batch);
    }
    added = List.copyOf(added);
    reread = List.copyOf(reread);
    fingerprints = Map.copyOf(fingerprints);
    problems = List.copyOf(problems);
    filesRead = List.copyOf(filesRead);
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    extractions = List.copyOf(extractions);
    dates = Map.copyOf(dates);
    Objects.requireNonNull(stories, "stories");
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    timelines = List.copyOf(timelines);
    summaries = List.copyOf(summaries);
  }

  /**
   * Whether this update only records files read to their end (their last articles committed
   * before): nothing a view shows changes with it.
   */
  public boolean onlyRecordsFiles() {
    return added.isEmpty() && reread.isEmpty() && fingerprints.isEmpty() && problems.isEmpty()
        && extractions.isEmpty() && dates.isEmpty() && stories.isEmpty() && entities.isEmpty()
        && claims.isEmpty() && timelines.isEmpty() && summaries.isEmpty();
  }

  /** A stored article read again, from {@code origin}. */
  public record Reread(ArticleId article, Origin origin) {
    public Reread {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(origin, "origin");
    }
  }
}
