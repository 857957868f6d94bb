package org.storyline.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.dedupe.DuplicateDetector;
import org.storyline.dedupe.MinHashDetector;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.ClusterDecision.FeatureScore;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryMerge;

/**
 * Single-pass clustering with an inverted index of recent stories.
 *
 * <p>Each article is profiled (IDF-weighted terms, kept online), checked for duplicates, then
 * compared with candidate stories: those that share its heaviest terms in the index (term to
 * stories, the most recent {@code postings.max} per term), whose dates are within {@code
 * window.days} of its date, best {@code candidates} by shared weight. A candidate's score is the
 * weighted mean of the {@link Features} that can tell; the article joins the best story scoring at
 * least {@code threshold} (an undated article joins a dated story, and a dated article an undated
 * one, only through one of its sub-events: {@code undated.sub.text}), or starts one. Articles with fewer than {@code min.words} body words
 * (empty, paywall, near-empty pages) stay alone and are never candidates.
 *
 * <p>Stories whose last date falls more than the window behind the newest date seen, and that no
 * article joined in the last {@code freeze.after} arrivals, are frozen: their vectors are dropped and they leave the index, so memory and cost stay flat as the
 * stream grows. {@link #finish} compares every live story with its own candidates and merges pairs
 * scoring {@code merge.threshold}, recording each merge.
 *
 * <p>Kept alive across batches and runs (the engine): after each batch of articles, {@link
 * #settle} runs that merge pass over the stories the batch touched and {@link #drainChanges} says
 * what to write to the store (changes are kept once {@link #recordChanges} is called); {@link
 * #save} writes a checkpoint of everything that affects later decisions, and {@link #restore} reads
 * it into a new clusterer that goes on exactly as the saved one would have.
 *
 * <pre>{@code
 * OnlineClusterer c = new OnlineClusterer(config).recordChanges();
 * for (List<Article> batch : batches) {
 *   batch.forEach(c::add);
 *   c.settle();
 *   store.write(c.drainChanges());
 * }
 * c.save(out); // next run: OnlineClusterer.restore(config, in), then re-add what came after
 * }</pre>
 */
public final class OnlineClusterer implements Clusterer {

  private static final int SWEEP_EVERY = 2_000;

  // the state a checkpoint keeps is package-private, for ClusterCheckpoint
  final ClusterConfig config;
  final Vocabulary vocabulary;
  final Profiler profiler;
  final DuplicateDetector dedupe;
  private final List<SimilarityFeature> features = new ArrayList<>();
  private final double[] weights;
  final List<List<StoryState>> postings = new ArrayList<>();
  final List<StoryState> live = new ArrayList<>(); // in the order started
  private final List<Story> frozen = new ArrayList<>();
  final Map<ArticleId, StoryState> storyOf = new HashMap<>();
  private final List<DuplicateLink> duplicates = new ArrayList<>();
  private final List<StoryMerge> merges = new ArrayList<>();
  final Set<StoryState> unsettled = new HashSet<>(); // touched since the last settle()
  final ChangeLog changes = new ChangeLog();
  private final int window;
  private final long freezeAfter;
  private final double maxDf;
  private final double threshold;
  private final double undatedSubText;
  long seq;
  long epoch;
  LocalDate clock;
  private boolean finished;
  private boolean keepForFinish = true; // frozen stories, duplicates and merges, for finish()

  public OnlineClusterer(ClusterConfig config) {
    this(config, new MinHashDetector(4, 20, 4, config.get("dedupe.threshold"), config.getInt("dedupe.window")));
  }

  public OnlineClusterer(ClusterConfig config, DuplicateDetector dedupe) {
    this.config = Objects.requireNonNull(config, "config");
    this.dedupe = Objects.requireNonNull(dedupe, "dedupe");
    this.vocabulary = new Vocabulary(config.get("idf.prior"));
    this.profiler = new Profiler(vocabulary, config);
    this.window = config.getInt("window.days");
    this.freezeAfter = Math.round(config.get("freeze.after"));
    this.maxDf = config.get("terms.max.df");
    this.threshold = config.threshold();
    this.undatedSubText = config.get("undated.sub.text");
    List<Double> w = new ArrayList<>();
    for (Features f : Features.values()) {
      if (config.weight(f) > 0) {
        features.add(f.create(config));
        w.add(config.weight(f));
      }
    }
    this.weights = w.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public static OnlineClusterer withDefaults() {
    return new OnlineClusterer(ClusterConfig.defaults());
  }

  /**
   * Reads a checkpoint {@link #save} wrote into a new clusterer (with the default duplicate
   * detector), which goes on exactly as the saved one would have: the same decisions, merges and
   * changes for the same articles. Its {@link #finish} returns the stories live at the checkpoint
   * and those started since, with the duplicates and merges found since: stories frozen before the
   * checkpoint are only in the store. {@code in} holds the checkpoint and nothing else; it is read
   * to its end and not closed.
   *
   * @throws IllegalArgumentException when the checkpoint is not one, was written in another format
   *     version or with another configuration than {@code config}, or is cut short: the message says
   *     which; the caller then rebuilds from the articles
   * @throws IOException when {@code in} cannot be read
   */
  public static OnlineClusterer restore(ClusterConfig config, InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    OnlineClusterer c = new OnlineClusterer(config);
    ClusterCheckpoint.read(in, c);
    return c;
  }

  /**
   * Writes a checkpoint of everything that affects later decisions to {@code out} (not closed):
   * document frequencies, the profiler's counts, the duplicate detector's window, the live stories
   * and their index, the counters, and what changed since the last {@link #drainChanges}. Stories
   * frozen before are left out (they are in the store and no later article is compared with them),
   * so its size follows the live state, not the whole stream.
   *
   * @throws IllegalStateException after {@link #finish}, or when the duplicate detector is not the
   *     default one (it could not be restored)
   * @throws IOException when {@code out} cannot be written
   */
  public void save(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    requireNotFinished("saved");
    ClusterCheckpoint.write(this, out);
  }

  /**
   * Keeps what changes from now on for {@link #drainChanges}; off by default, so that a clusterer
   * run straight to {@link #finish} holds no more than its stories. A restored clusterer records
   * when the saved one did. Returns this clusterer.
   */
  public OnlineClusterer recordChanges() {
    changes.recording = true;
    return this;
  }

  /**
   * Keeps nothing for {@link #finish} that {@link #drainChanges} hands out anyway: no frozen
   * story, duplicate link or merge, which otherwise grow with the stream for as long as the
   * clusterer lives (the engine's lives as long as the process, and has them in the store). Its
   * decisions, settles and changes are the same; {@link #finish} then returns the live stories
   * only, with no duplicates or merges. Returns this clusterer.
   *
   * @throws IllegalStateException when changes are not recorded ({@link #recordChanges})
   */
  public OnlineClusterer forgetDrained() {
    if (!changes.recording) {
      throw new IllegalStateException("changes are not recorded: call recordChanges() before forgetDrained()");
    }
    keepForFinish = false;
    return this;
  }

  /**
   * What changed since the last drain (or since changes were first recorded, or since the
   * checkpoint this clusterer was restored from was saved, by the saved one): the stories to write
   * to the store as they are now, those merged away, and the new duplicate links, merges and
   * decisions. Frozen stories leave memory but stay in the store; one appears here only if it
   * changed. The engine calls it after {@link #settle}, once a batch.
   *
   * @throws IllegalStateException when changes are not recorded ({@link #recordChanges})
   */
  public Changes drainChanges() {
    if (!changes.recording) {
      throw new IllegalStateException("changes are not recorded: call recordChanges() before adding articles");
    }
    return changes.drain();
  }

  /**
   * The merge pass of {@link #finish}, with the same rule and {@code merge.threshold}, over the
   * stories touched since the last settle only: started or joined by an article, or grown by a
   * merge of the last settle (so that what they took in meets their candidates too). Each is
   * compared with its own candidates, in the order the stories were started; adds may follow. The
   * engine calls it after each batch, so that stories the batch brought together are one before
   * they are stored. Returns the merges made, in order.
   *
   * @throws IllegalStateException after {@link #finish}
   */
  public List<StoryMerge> settle() {
    requireNotFinished("settled");
    List<StoryState> touched = new ArrayList<>(unsettled);
    unsettled.clear();
    touched.sort(Comparator.comparingLong(s -> s.seq));
    int before = merges.size();
    if (config.get("merge.threshold") <= 1) {
      mergePass(touched);
    }
    List<StoryMerge> made = List.copyOf(merges.subList(before, merges.size()));
    if (!keepForFinish) {
      merges.clear();
    }
    return made;
  }

  @Override
  public ClusterDecision add(Article article) {
    return add(prepare(article));
  }

  /**
   * What {@link #add} reads of an article alone (its words, its duplicate detector's sketch), made
   * without this clusterer's state: it may be made ahead, on any thread, while the clusterer adds
   * other articles (the engine makes it beside the extraction). Thread-safe.
   */
  public Prepared prepare(Article article) {
    Objects.requireNonNull(article, "article");
    return new Prepared(article, ArticleWords.of(article), dedupe.sketch(article));
  }

  /** An article read ahead by {@link #prepare}, for {@link #add(Prepared)}. */
  public static final class Prepared {
    private final Article article;
    private final ArticleWords words;
    private final DuplicateDetector.Sketch sketch;

    private Prepared(Article article, ArticleWords words, DuplicateDetector.Sketch sketch) {
      this.article = article;
      this.words = words;
      this.sketch = sketch;
    }

    public Article article() {
      return article;
    }
  }

  /** The same as {@link #add(Article)} for an article {@link #prepare}d by this clusterer or one of the same configuration. */
  public ClusterDecision add(Prepared prepared) {
    Objects.requireNonNull(prepared, "prepared");
    requireNotFinished("added to");
    Article article = prepared.article;
    seq++;
    ArticleProfile p = profiler.profile(article, prepared.words);
    if (p.dated() && (clock == null || p.first().isAfter(clock))) {
      clock = p.first();
    }
    if (seq % SWEEP_EVERY == 0) {
      sweep();
    }
    int minWords = config.getInt("min.words");
    if (p.words() < minWords) {
      StoryState s = start(p, Profiler.headline(article), true);
      return decision(p, s, 1, ClusterDecision.Kind.ALONE, 0, List.of(), null, 0,
          "alone: " + p.words() + " body words, fewer than " + minWords + " (an empty, paywall or near-empty page?)");
    }
    Optional<DuplicateLink> link = dedupe.check(article, prepared.sketch);
    if (link.isPresent()) {
      StoryState original = storyOf.get(link.get().original());
      if (original != null) {
        StoryState s = original.current();
        if (keepForFinish) {
          duplicates.add(link.get());
        }
        changes.duplicate(link.get());
        int sub = s.add(p, Profiler.headline(article), config, s.subEventOf(link.get().original()));
        touch(s);
        storyOf.put(p.id(), s);
        return decision(p, s, sub, ClusterDecision.Kind.DUPLICATE, link.get().similarity(), List.of(), s, 0,
            String.format(Locale.ROOT, "%s duplicate of article %s (similarity %.2f)",
                link.get().kind().name().toLowerCase(Locale.ROOT), link.get().original(), link.get().similarity()));
      }
    }
    List<StoryState> candidates = candidates(p, null);
    StoryState best = null; // the best story the article may join
    double bestScore = 0;
    List<FeatureScore> bestFeatures = List.of();
    StoryState closest = null; // the best of all, for the note when it may not join
    double closestScore = 0;
    List<FeatureScore> closestFeatures = List.of();
    for (StoryState c : candidates) {
      List<FeatureScore> scores = new ArrayList<>(features.size());
      double score = score(p, c, scores);
      if (closest == null || score > closestScore) {
        closest = c;
        closestScore = score;
        closestFeatures = scores;
      }
      if ((best == null || score > bestScore) && admits(p, c, score)) {
        best = c;
        bestScore = score;
        bestFeatures = scores;
      }
    }
    if (best != null) {
      int sub = best.add(p, Profiler.headline(article), config, null);
      touch(best);
      index(best, p);
      storyOf.put(p.id(), best);
      return decision(p, best, sub, ClusterDecision.Kind.JOINED, bestScore, bestFeatures, best, candidates.size(),
          String.format(Locale.ROOT, "joined: scored %.3f against the story, at least the threshold %.3f; %d candidates compared",
              bestScore, threshold, candidates.size()));
    }
    StoryState s = start(p, Profiler.headline(article), false);
    return decision(p, s, 1, ClusterDecision.Kind.STARTED, closestScore, closestFeatures, closest, candidates.size(),
        startNote(closest, closestScore, candidates.size(), p.dated()));
  }

  /**
   * Whether an article scoring {@code score} against {@code story} may join it: it must reach the
   * threshold and, when one of the two is dated and the other not (the time gate cannot tell), the
   * article's text must resemble one of the story's sub-events ({@code undated.sub.text}). Two similar
   * happenings of one topic (two arrests of pirates three years apart) share the topic's words, so
   * an undated report of the other one scores well against the story on them alone, and the rest
   * of its reports follow it; but it is like none of the story's happenings, which stay apart as
   * its sub-events (ECB+: sub-event precision 0.9975). Both ways round: in a stream the undated
   * reports may come first, and a dated report of the other happening then meets their story.
   */
  private boolean admits(ArticleProfile p, StoryState story, double score) {
    if (score < threshold) {
      return false;
    }
    return p.dated() == story.dated() || story.hasSubEventFor(p, config, undatedSubText);
  }

  private String startNote(StoryState closest, double score, int candidates, boolean dated) {
    if (closest == null) {
      return "started a story: no candidate story shares its rare terms within " + window + " days";
    }
    if (score >= threshold) {
      return String.format(Locale.ROOT, "started a story: the best of %d candidates, story %s, scored %.3f, at least the threshold"
          + " %.3f, but the article is %s and its text is like none of the %s story's sub-events (undated.sub.text %.2f)",
          candidates, closest.id, score, threshold, dated ? "dated" : "undated", dated ? "undated" : "dated", undatedSubText);
    }
    return String.format(Locale.ROOT, "started a story: the best of %d candidates, story %s, scored %.3f, below the threshold %.3f",
        candidates, closest.id, score, threshold);
  }

  @Override
  public Clustering finish() {
    if (!finished) {
      finished = true;
      if (config.get("merge.threshold") <= 1) {
        mergePass(List.copyOf(live));
      }
    }
    List<Story> stories = new ArrayList<>(frozen);
    for (StoryState s : live) {
      if (s.mergedInto == null) {
        stories.add(s.toStory());
      }
    }
    return new Clustering(stories, duplicates, merges);
  }

  /** Statistics for benchmarks: live stories, frozen stories, vocabulary size. */
  public String stats() {
    return live.size() + " live stories, " + frozen.size() + " frozen, " + vocabulary.size() + " terms";
  }

  private void requireNotFinished(String what) {
    if (finished) {
      throw new IllegalStateException("finish() was called: the clusterer may not be " + what + " after it");
    }
  }

  /** Records that an article was put in {@code s} now. */
  private void touch(StoryState s) {
    s.touched = seq;
    changes.story(s);
    if (!s.alone) {
      unsettled.add(s);
    }
  }

  private StoryState start(ArticleProfile p, String title, boolean alone) {
    StoryState s = new StoryState(seq, p.id(), alone);
    s.add(p, title, config, null);
    touch(s);
    live.add(s);
    storyOf.put(p.id(), s);
    if (!alone) {
      index(s, p);
    }
    return s;
  }

  private ClusterDecision decision(ArticleProfile p, StoryState s, int sub, ClusterDecision.Kind kind, double score,
      List<FeatureScore> scores, StoryState best, int candidates, String note) {
    ClusterDecision d = new ClusterDecision(seq, p.id(), s.id, sub, kind, score, threshold, scores,
        best == null ? null : best.id, candidates, note);
    changes.decision(d);
    return d;
  }

  /** The weighted mean of the evidence features that can tell, scaled by the gates; each part added to {@code out}. */
  private double score(ArticleProfile p, StoryProfile story, List<FeatureScore> out) {
    double sum = 0;
    double weight = 0;
    double gate = 1;
    for (int i = 0; i < features.size(); i++) {
      SimilarityFeature f = features.get(i);
      double v = f.score(p, story);
      out.add(new FeatureScore(f.name(), v, weights[i]));
      if (Double.isNaN(v)) {
        continue;
      }
      if (f.gate()) {
        double w = Math.min(1, weights[i]);
        gate *= 1 - w + w * v;
      } else {
        sum += weights[i] * v;
        weight += weights[i];
      }
    }
    return weight == 0 ? 0 : gate * sum / weight;
  }

  private void index(StoryState s, ArticleProfile p) {
    for (int i : p.text().heaviest(config.getInt("terms.index"))) {
      int term = p.text().id(i);
      if (s.indexUnder(term)) {
        while (postings.size() <= term) {
          postings.add(null);
        }
        List<StoryState> list = postings.get(term);
        if (list == null) {
          list = new ArrayList<>(2);
          postings.set(term, list);
        }
        list.add(s);
      }
    }
  }

  /**
   * Live stories sharing the heaviest terms of {@code p} within the window, best {@code
   * candidates} by shared weight (ties: older story first); {@code self} left out.
   */
  private List<StoryState> candidates(ArticleProfile p, StoryState self) {
    epoch++;
    List<StoryState> touched = new ArrayList<>();
    long day = p.dated() ? p.first().toEpochDay() : Long.MIN_VALUE; // a story's range is checked against the article's first day
    int maxPostings = config.getInt("postings.max");
    for (int i : p.text().heaviest(config.getInt("terms.query"))) {
      int term = p.text().id(i);
      List<StoryState> list = term < postings.size() ? postings.get(term) : null;
      if (list == null || vocabulary.documents() >= 1000 && vocabulary.df(term) > maxDf * vocabulary.documents()) {
        continue; // a common word says little and its list is long
      }
      int dead = 0;
      int read = 0;
      for (int k = list.size() - 1; k >= 0 && read < maxPostings; k--) {
        StoryState s = list.get(k);
        if (s.frozenFlag || s.mergedInto != null) {
          dead++;
          continue;
        }
        read++;
        if (s == self || !withinWindow(day, s)) {
          continue;
        }
        if (s.epoch != epoch) {
          s.epoch = epoch;
          s.acc = 0;
          touched.add(s);
        }
        s.acc += p.text().weight(i);
      }
      if (dead > 8 && dead * 2 > list.size()) {
        list.removeIf(s -> s.mergedInto != null || s.frozenFlag);
      }
    }
    touched.sort((a, b) -> a.acc != b.acc ? Double.compare(b.acc, a.acc) : Long.compare(a.seq, b.seq));
    int keep = Math.min(touched.size(), config.getInt("candidates"));
    List<StoryState> out = new ArrayList<>(touched.subList(0, keep));
    out.sort((a, b) -> Long.compare(a.seq, b.seq)); // ties in score go to the older story
    return out;
  }

  private boolean withinWindow(long articleDay, StoryState s) {
    return articleDay == Long.MIN_VALUE || s.firstDay == Long.MIN_VALUE
        || articleDay >= s.firstDay - window && articleDay <= s.lastDay + window;
  }

  /** Freezes stories that fell behind the window, so that they leave memory and the index. */
  private void sweep() {
    if (clock == null) {
      return;
    }
    LocalDate cutoff = clock.minusDays(window + 1L);
    List<StoryState> keep = new ArrayList<>(live.size());
    for (StoryState s : live) {
      if (s.mergedInto != null) {
        continue;
      }
      if (s.last != null && s.last.isBefore(cutoff) && seq - s.touched >= freezeAfter) {
        s.frozenFlag = true;
        s.articles.forEach(storyOf::remove);
        if (keepForFinish) {
          frozen.add(s.toStory());
        }
        s.freeze();
      } else {
        keep.add(s);
      }
    }
    live.clear();
    live.addAll(keep);
    unsettled.removeIf(s -> s.frozenFlag); // kept small for callers that never settle
  }

  /** Merges the younger of two stories into the older, records it and returns the older. */
  private StoryState merge(StoryState a, StoryState b, double score, List<FeatureScore> scores, String note) {
    StoryState into = a.seq < b.seq ? a : b;
    StoryState from = into == a ? b : a;
    into.absorb(from, config);
    into.touched = Math.max(into.touched, from.touched);
    for (int term : from.indexedTerms()) {
      if (into.indexUnder(term)) {
        postings.get(term).add(into);
      }
    }
    StoryMerge m = new StoryMerge(seq, from.id, into.id, score, scores, note);
    merges.add(m);
    changes.merge(from, into, m);
    unsettled.add(into); // settle() cleared the set before its pass: this is for the next one
    return into;
  }

  /**
   * Compares each of {@code stories} (live ones, in the order started) with its candidates; merges
   * the younger into the older when they score the merge threshold.
   */
  private void mergePass(List<StoryState> stories) {
    double mergeThreshold = config.get("merge.threshold");
    for (StoryState s : stories) {
      if (s.mergedInto != null || s.alone || s.frozenFlag) {
        continue;
      }
      // a story's name phrases are not compared: their counts outside it are an article's only
      ArticleProfile p = new ArticleProfile(s.articles.get(0), s.centroid(), s.firstTitle(), s.firstNames(), NamePhrases.EMPTY, s.days(), s.figures, s.first, s.last, 0, null);
      for (StoryState c : candidates(p, s)) {
        if (c.mergedInto != null || c.alone || s.mergedInto != null) {
          continue;
        }
        List<FeatureScore> scores = new ArrayList<>();
        double score = score(p, c, scores);
        if (score >= mergeThreshold) {
          StoryState into = merge(s, c, score, scores, String.format(Locale.ROOT,
              "the two stories scored %.3f, at least the merge threshold %.3f", score, mergeThreshold));
          if (into != s) {
            break;
          }
        }
      }
    }
  }
}
