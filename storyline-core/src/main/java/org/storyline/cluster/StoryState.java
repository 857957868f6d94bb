package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.SubEvent;

/**
 * A live story inside the clusterer: its centroid, recent articles and sub-events. Its state is
 * package-private for {@link ClusterCheckpoint}.
 */
final class StoryState implements StoryProfile {

  private static final int MAX_OUTLETS = 50;
  /** Names of people counted per story: the first ones seen, who are the incident's victims and suspects. */
  private static final int MAX_PHRASES = 48;
  /** Days spoken of, counted per story: the first ones, the incident's. */
  private static final int MAX_DAYS = 32;
  /** Figures named, counted per story: the first ones, the happening's. */
  private static final int MAX_FIGURES = 64;

  final long seq;
  final StoryId id;
  final boolean alone;
  LocalDate first;
  LocalDate last;
  long firstDay = Long.MIN_VALUE; // first and last as epoch days, for the hot window check; MIN_VALUE when undated
  long lastDay = Long.MIN_VALUE;
  String headline;
  LocalDate headlineDate;
  final List<ArticleId> articles = new ArrayList<>();
  Set<String> outlets = Set.of(); // a LinkedHashSet once there is one
  int[] sumIds = new int[0]; // the centroid's terms, ascending, and their summed weights
  float[] sums = new float[0];
  TermVector centroid = TermVector.EMPTY;
  TermVector single; // the only vector added so far, standing for the sums
  boolean centroidStale;
  final ArrayDeque<TermVector> texts = new ArrayDeque<>();
  final ArrayDeque<TermVector> titles = new ArrayDeque<>();
  final ArrayDeque<TermVector> names = new ArrayDeque<>();
  final List<SubEventState> subEvents = new ArrayList<>();
  int[] phraseIds = new int[0]; // name phrases, ascending, and how many articles had each
  int[] phraseCounts = new int[0];
  int[] days = new int[0]; // the days its articles speak of, ascending
  int[] figures = new int[0]; // the figures its articles name (Figures), ascending, and how many articles named each
  int[] figureCounts = new int[0];
  int figureArticles; // its articles that name figures
  int[] indexed = new int[0]; // terms under which the index lists this story, ascending
  StoryState mergedInto;
  long touched; // the clusterer's sequence number when an article last joined
  boolean frozenFlag;

  // scratch of the candidate search
  long epoch = -1;
  double acc;

  StoryState(long seq, ArticleId founder, boolean alone) {
    this.seq = seq;
    this.id = StoryId.startedBy(founder);
    this.alone = alone;
  }

  /** A sub-event: its dates, articles and recent text vectors. */
  static final class SubEventState {
    LocalDate first;
    LocalDate last;
    final List<ArticleId> articles = new ArrayList<>();
    final ArrayDeque<TermVector> texts = new ArrayDeque<>();
    int[] days = new int[0]; // the days its articles speak of, ascending
  }

  /** Adds an article; returns the 1-based number of the sub-event it went in. */
  int add(ArticleProfile a, String title, ClusterConfig config, SubEventState into) {
    articles.add(a.id());
    widen(a.first(), a.last());
    addOutlet(a.outlet());
    if (headline == null || a.dated() && (headlineDate == null || a.first().isBefore(headlineDate))) {
      if (title != null || headline == null) {
        headline = title != null ? title : a.id().value();
        headlineDate = a.first();
      }
    }
    int recent = config.getInt("recent");
    SubEventState sub = into != null ? into : subEventFor(a, config);
    sub.articles.add(a.id());
    sub.first = min(sub.first, a.first());
    sub.last = max(sub.last, a.last());
    sub.days = SortedInts.union(sub.days, a.days(), MAX_DAYS);
    if (into == null) { // a duplicate adds nothing new to compare with
      push(texts, a.text(), recent);
      push(titles, a.title(), recent);
      push(names, a.names(), recent);
      push(sub.texts, a.text(), recent);
      addToCentroid(a.text(), config.getInt("terms.centroid"));
    }
    NamePhrases p = a.phrases();
    for (int i = 0; i < p.size(); i++) {
      countPhrase(p.id(i), 1);
    }
    days = SortedInts.union(days, a.days(), MAX_DAYS);
    if (a.figures().length > 0) {
      figureArticles++;
      for (int figure : a.figures()) {
        countFigure(figure, 1);
      }
    }
    return subEvents.indexOf(sub) + 1;
  }

  private SubEventState subEventFor(ArticleProfile a, ClusterConfig config) {
    SubEventState best = closestSubEvent(a, config, config.get("sub.threshold"));
    if (best == null) {
      best = new SubEventState();
      subEvents.add(best);
    }
    return best;
  }

  /** Whether one of its articles is dated. */
  boolean dated() {
    return first != null;
  }

  /** Whether {@code a} scores at least {@code threshold} against one of this story's sub-events (as {@link #add} scores them). */
  boolean hasSubEventFor(ArticleProfile a, ClusterConfig config, double threshold) {
    return closestSubEvent(a, config, threshold) != null;
  }

  /** The sub-event {@code a} resembles most, when it scores {@code threshold}; else null. */
  private SubEventState closestSubEvent(ArticleProfile a, ClusterConfig config, double threshold) {
    SubEventState best = null;
    double bestScore = -1;
    long maxGap = Math.round(config.get("sub.gap.days"));
    long maxDayGap = Math.round(config.get("sub.days.gap"));
    double dateWeight = config.get("sub.weight.date");
    double dayWeight = config.get("sub.weight.days");
    for (SubEventState s : subEvents) {
      // a report that names the day of the sub-event's happening belongs to it up to two weeks
      // later (an arrest, a funeral); without a shared day, only reports days apart. Not later: a
      // report weeks on recalls earlier happenings by their day ("the talks follow a Dec. 7 call")
      long gap = a.dated() && s.first != null ? Features.gapDays(a.first(), a.last(), s.first, s.last) : 0;
      boolean sharesDay = gap <= maxDayGap && SortedInts.anyShared(a.days(), s.days);
      if (!sharesDay && gap > maxGap) {
        continue;
      }
      double text = 0;
      for (TermVector v : s.texts) {
        text = Math.max(text, a.text().cosine(v));
      }
      // reports of one happening days apart: closeness in time only adds to the text's evidence (a
      // farther gap was ruled out above), so a dated pair never scores below the same pair undated
      double closeness = !a.dated() || s.first == null ? 0
          : Math.exp(-Features.gapDays(a.first(), a.last(), s.first, s.last));
      double score = text + dateWeight * closeness * (1 - text);
      if (sharesDay) {
        score += dayWeight * (1 - score);
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best == null || bestScore < threshold ? null : best;
  }

  /** The sub-event holding {@code article}, or null. */
  SubEventState subEventOf(ArticleId article) {
    for (SubEventState s : subEvents) {
      if (s.articles.contains(article)) {
        return s;
      }
    }
    return null;
  }

  /** Takes every article of {@code other} (which ends). */
  void absorb(StoryState other, ClusterConfig config) {
    articles.addAll(other.articles);
    widen(other.first, other.last);
    if (other.headlineDate != null && (headlineDate == null || other.headlineDate.isBefore(headlineDate))) {
      headline = other.headline;
      headlineDate = other.headlineDate;
    }
    other.outlets.forEach(this::addOutlet);
    if (other.single != null) {
      addToCentroid(other.single, config.getInt("terms.centroid"));
    }
    addSums(other.sumIds, other.sums, other.sumIds.length, config.getInt("terms.centroid"));
    int recent = config.getInt("recent");
    other.texts.forEach(t -> push(texts, t, recent));
    other.titles.forEach(t -> push(titles, t, recent));
    other.names.forEach(t -> push(names, t, recent));
    subEvents.addAll(other.subEvents);
    for (int i = 0; i < other.phraseIds.length; i++) {
      countPhrase(other.phraseIds[i], other.phraseCounts[i]);
    }
    days = SortedInts.union(days, other.days, MAX_DAYS);
    figureArticles += other.figureArticles;
    for (int i = 0; i < other.figures.length; i++) {
      countFigure(other.figures[i], other.figureCounts[i]);
    }
    other.mergedInto = this;
  }

  private void countFigure(int figure, int count) {
    int at = java.util.Arrays.binarySearch(figures, figure);
    if (at >= 0) {
      figureCounts[at] += count;
    } else if (figures.length < MAX_FIGURES) {
      figures = insertAt(figures, -at - 1, figure);
      figureCounts = insertAt(figureCounts, -at - 1, count);
    }
  }

  private void countPhrase(int phrase, int count) {
    int at = java.util.Arrays.binarySearch(phraseIds, phrase);
    if (at >= 0) {
      phraseCounts[at] += count;
      return;
    }
    if (phraseIds.length >= MAX_PHRASES) {
      return;
    }
    int insert = -at - 1;
    phraseIds = insertAt(phraseIds, insert, phrase);
    phraseCounts = insertAt(phraseCounts, insert, count);
  }

  private static int[] insertAt(int[] a, int at, int value) {
    int[] grown = new int[a.length + 1];
    System.arraycopy(a, 0, grown, 0, at);
    grown[at] = value;
    System.arraycopy(a, at, grown, at + 1, a.length - at);
    return grown;
  }

  @Override
  public int[] days() {
    return days;
  }

  @Override
  public double shareNaming(int figure) {
    int at = java.util.Arrays.binarySearch(figures, figure);
    return at >= 0 ? figureCounts[at] / (double) figureArticles : 0;
  }

  @Override
  public int figureArticles() {
    return figureArticles;
  }

  @Override
  public int naming(int phrase) {
    int at = java.util.Arrays.binarySearch(phraseIds, phrase);
    return at >= 0 ? phraseCounts[at] : 0;
  }

  private void addOutlet(String outlet) {
    if (outlet == null || outlets.size() >= MAX_OUTLETS || outlets.contains(outlet)) {
      return;
    }
    if (outlets.isEmpty()) {
      outlets = new LinkedHashSet<>(2);
    }
    outlets.add(outlet);
  }

  /** Records that the index lists this story under {@code term}; false when it did already. */
  boolean indexUnder(int term) {
    int at = java.util.Arrays.binarySearch(indexed, term);
    if (at >= 0) {
      return false;
    }
    indexed = insertAt(indexed, -at - 1, term);
    return true;
  }

  int[] indexedTerms() {
    return indexed;
  }

  /** The story this one is now part of: itself unless merged. */
  StoryState current() {
    StoryState s = this;
    while (s.mergedInto != null) {
      s = s.mergedInto;
    }
    return s;
  }

  void widen(LocalDate from, LocalDate to) {
    first = min(first, from);
    last = max(last, to);
    if (first != null) {
      firstDay = first.toEpochDay();
      lastDay = last.toEpochDay();
    }
  }

  private void addToCentroid(TermVector v, int keep) {
    if (sumIds.length == 0 && single == null && !centroidStale) {
      single = v; // one article: its vector is the centroid, no sums needed yet
      centroid = v;
      return;
    }
    if (single != null) {
      TermVector first = single;
      single = null;
      addToCentroid(first, keep);
    }
    int[] ids = new int[v.size()];
    float[] w = new float[v.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = v.id(i);
      w[i] = v.weight(i);
    }
    addSums(ids, w, ids.length, keep);
  }

  /** Adds sorted {@code (ids, w)} to the sums, keeping the {@code keep} heaviest terms when over twice that. */
  private void addSums(int[] ids, float[] w, int n, int keep) {
    if (single != null) {
      TermVector first = single;
      single = null;
      addToCentroid(first, keep);
    }
    int[] outIds = new int[sumIds.length + n];
    float[] out = new float[sumIds.length + n];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < sumIds.length || j < n) {
      if (j == n || i < sumIds.length && sumIds[i] < ids[j]) {
        outIds[k] = sumIds[i];
        out[k++] = sums[i++];
      } else if (i == sumIds.length || ids[j] < sumIds[i]) {
        outIds[k] = ids[j];
        out[k++] = w[j++];
      } else {
        outIds[k] = sumIds[i];
        out[k++] = sums[i++] + w[j++];
      }
    }
    if (k > 2 * keep) {
      TermVector top = TermVector.of(outIds, out, k, keep); // ascending ids; weights rescaled, which sums tolerate
      outIds = new int[top.size()];
      out = new float[top.size()];
      for (int t = 0; t < top.size(); t++) {
        outIds[t] = top.id(t);
        out[t] = top.weight(t) * (float) Math.sqrt(articles.size());
      }
      k = top.size();
    }
    sumIds = java.util.Arrays.copyOf(outIds, k);
    sums = java.util.Arrays.copyOf(out, k);
    centroidStale = true;
  }

  @Override
  public TermVector centroid() {
    if (centroidStale) {
      centroid = TermVector.of(sumIds, sums, sumIds.length, Integer.MAX_VALUE);
      centroidStale = false;
    }
    return centroid;
  }

  @Override
  public List<TermVector> recentTexts() {
    return List.copyOf(texts);
  }

  @Override
  public List<TermVector> recentTitles() {
    return List.copyOf(titles);
  }

  @Override
  public List<TermVector> recentNames() {
    return List.copyOf(names);
  }

  TermVector firstNames() {
    return names.isEmpty() ? TermVector.EMPTY : names.peekFirst();
  }

  @Override
  public LocalDate first() {
    return first;
  }

  @Override
  public LocalDate last() {
    return last;
  }

  TermVector firstTitle() {
    return titles.isEmpty() ? TermVector.EMPTY : titles.peekFirst();
  }

  /** Drops what only comparisons need, keeping what {@link #toStory} needs. */
  void freeze() {
    sumIds = new int[0];
    sums = new float[0];
    single = null;
    centroid = TermVector.EMPTY;
    texts.clear();
    titles.clear();
    names.clear();
    phraseIds = new int[0];
    phraseCounts = new int[0];
    days = new int[0];
    figures = new int[0];
    figureCounts = new int[0];
    figureArticles = 0;
    subEvents.forEach(s -> s.texts.clear());
  }

  Story toStory() {
    List<SubEvent> subs = new ArrayList<>();
    for (SubEventState s : subEvents) {
      subs.add(new SubEvent(id, subs.size() + 1, s.first, s.last, s.articles));
    }
    return new Story(id, headline == null ? id.value() : headline, first, last, articles, List.copyOf(outlets), subs);
  }

  private static void push(ArrayDeque<TermVector> q, TermVector v, int max) {
    q.addLast(v);
    while (q.size() > max) {
      q.removeFirst();
    }
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
