package org.storyline.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;

/**
 * The similarity features there are, each with its constructor: new ones (entities, event dates)
 * are added here, and weighted by {@code weight.NAME} in {@link ClusterConfig}.
 */
public enum Features {
  /** Cosine of the article's text vector to the story's closest recent article or centroid. */
  TEXT(config -> new TextFeature()),
  /** Cosine of the article's title vector to the closest title of the story's recent articles. */
  TITLE(config -> new TitleFeature()),
  /** Cosine of the article's name vector (words capitalised inside sentences) to the closest of the story's recent articles. */
  NAMES(config -> new NamesFeature()),
  /**
   * Whether the article speaks of a day the story's articles speak of ({@link DayMentions}): 1 if
   * so, 0 if both name days but none in common (another incident of the same place, a week on),
   * NaN when either names none.
   */
  DAYS(config -> new DaysFeature()),
  /**
   * When the article or the story is undated (the time gate cannot tell): how commonly the story's
   * articles name a figure the article names ({@link Figures}: a magnitude, a score, a toll, a
   * year), the largest share, over the article's figures, of the story's articles naming figures
   * that name it. Near 0 for the other earthquake or the other season's game, which shares the
   * topic's words but not its figures. NaN when both are dated, or when either names no figure.
   */
  FIGURES(config -> new FiguresFeature()),
  /**
   * A gate: {@code exp(-days / time.scale)}, days between the article's date and the story's date
   * range; at least {@code k / anchor.names} when they share {@code k} name phrases that no other
   * story uses (more than {@code anchor.slack} times), as a trial months later names the victim.
   */
  TIME(config -> new TimeFeature(config.timeScaleDays(), config.getInt("anchor.names"), config.getInt("anchor.slack")));

  private final Function<ClusterConfig, SimilarityFeature> factory;

  Features(Function<ClusterConfig, SimilarityFeature> factory) {
    this.factory = factory;
  }

  public SimilarityFeature create(ClusterConfig config) {
    return factory.apply(config);
  }

  /** The configuration name: {@code text}, {@code title}, {@code time}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Days between {@code [a1, a2]} and {@code [b1, b2]}: 0 when they overlap. */
  static long gapDays(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
    if (a2.isBefore(b1)) {
      return ChronoUnit.DAYS.between(a2, b1);
    }
    if (b2.isBefore(a1)) {
      return ChronoUnit.DAYS.between(b2, a1);
    }
    return 0;
  }

  private static final class TextFeature implements SimilarityFeature {
    @Override
    public String name() {
      return "text";
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      TermVector centroid = story.centroid();
      double best = article.text().cosine(centroid);
      for (TermVector v : story.recentTexts()) {
        if (v != centroid) { // a one-article story's centroid is its article's vector
          best = Math.max(best, article.text().cosine(v));
        }
      }
      return best;
    }
  }

  private static final class TitleFeature implements SimilarityFeature {
    @Override
    public String name() {
      return "title";
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      if (article.title().isEmpty()) {
        return Double.NaN;
      }
      double best = Double.NaN;
      for (TermVector v : story.recentTitles()) {
        if (!v.isEmpty()) {
          best = Double.isNaN(best) ? article.title().cosine(v) : Math.max(best, article.title().cosine(v));
        }
      }
      return best;
    }
  }

  private static final class NamesFeature implements SimilarityFeature {
    @Override
    public String name() {
      return "names";
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      if (article.names().isEmpty()) {
        return Double.NaN;
      }
      double best = 0;
      for (TermVector v : story.recentNames()) {
        best = Math.max(best, article.names().cosine(v));
      }
      return best;
    }
  }

  private static final class DaysFeature implements SimilarityFeature {
    @Override
    public String name() {
      return "days";
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      int[] days = story.days();
      if (article.days().length == 0 || days.length == 0) {
        return Double.NaN;
      }
      return SortedInts.anyShared(article.days(), days) ? 1 : 0;
    }
  }

  private static final class FiguresFeature implements SimilarityFeature {
    @Override
    public String name() {
      return "figures";
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      if (article.dated() && story.first() != null) {
        return Double.NaN; // the time gate and the days tell dated happenings apart
      }
      if (article.figures().length == 0 || story.figureArticles() == 0) {
        return Double.NaN;
      }
      double best = 0;
      for (int figure : article.figures()) {
        best = Math.max(best, story.shareNaming(figure));
      }
      return best;
    }
  }

  /** Name phrases of the article that the story has and that at most {@code slack} other articles had. */
  static int anchors(ArticleProfile article, StoryProfile story, int slack) {
    NamePhrases p = article.phrases();
    int n = 0;
    for (int i = 0; i < p.size(); i++) {
      int inStory = story.naming(p.id(i));
      if (inStory > 0 && p.df(i) - inStory - 1 <= slack) {
        n++;
      }
    }
    return n;
  }

  private static final class TimeFeature implements SimilarityFeature {
    private final double scale;
    private final int anchorNames;
    private final int slack;

    TimeFeature(double scale, int anchorNames, int slack) {
      this.scale = scale;
      this.anchorNames = anchorNames;
      this.slack = slack;
    }

    @Override
    public String name() {
      return "time";
    }

    @Override
    public boolean gate() {
      return true;
    }

    @Override
    public double score(ArticleProfile article, StoryProfile story) {
      if (!article.dated() || story.first() == null) {
        return Double.NaN;
      }
      double closeness = Math.exp(-gapDays(article.first(), article.last(), story.first(), story.last()) / scale);
      return anchorNames == 0 || closeness >= 1 ? closeness : Math.max(closeness, Math.min(1.0, anchors(article, story, slack) / (double) anchorNames));
    }
  }
}
