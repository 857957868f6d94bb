package org.storyline.cluster;

import java.time.LocalDate;
import java.util.List;

/** What the similarity features know of a candidate story. A view: valid during one comparison only. */
public interface StoryProfile {

  /** The unit centroid of its articles' text vectors (its heaviest terms only). */
  TermVector centroid();

  /** The text vectors of its most recent articles, at most a few. */
  List<TermVector> recentTexts();

  /** The title vectors of its most recent articles, at most a few. */
  List<TermVector> recentTitles();

  /** The name vectors of its most recent articles, at most a few. */
  List<TermVector> recentNames();

  /** How many of its articles have the name phrase {@code phrase} (an id of {@link NamePhrases}); 0 when none or untracked. */
  int naming(int phrase);

  /** The days its articles speak of, as epoch days, ascending (the first few dozen). */
  int[] days();

  /**
   * Of its articles that name figures, the share that name {@code figure} (a code of {@link
   * Figures}); 0 when it has no such article or does not track the figure.
   */
  double shareNaming(int figure);

  /** How many of its articles name figures. */
  int figureArticles();

  /** Its earliest publication date; null when all its articles are undated. */
  LocalDate first();

  /** Its latest publication date; null when all its articles are undated. */
  LocalDate last();
}
