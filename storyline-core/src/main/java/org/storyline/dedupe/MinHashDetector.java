package org.storyline.dedupe;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Span;

/**
 * Finds duplicates by a 64-bit fingerprint of the words (exact) and by MinHash signatures of word
 * shingles with locality-sensitive hashing (near): {@code bands} bands of {@code rows} hashes each;
 * articles that agree on a whole band are compared, and a pair whose estimated Jaccard similarity
 * reaches {@code threshold} is a near duplicate.
 *
 * <p>Only the words of the body count: the headline and byline spans of the article's layout are
 * left out, so a copy with a new headline or byline is still exact.
 *
 * <p>Memory: articles older than {@code windowDays} before the newest date seen are forgotten
 * (undated ones count as of the newest date seen when they arrive).
 *
 * <pre>{@code
 * DuplicateDetector dedupe = MinHashDetector.withDefaults();
 * Optional<DuplicateLink> link = dedupe.check(article);
 * }</pre>
 */
public final class MinHashDetector implements DuplicateDetector {

  private final int shingle;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final int windowDays;
  private final long[] seeds;

  private final Map<Long, ArticleId> exact = new HashMap<>();
  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  private final ArrayDeque<Entry> byArrival = new ArrayDeque<>();
  private LocalDate clock;

  /** A remembered original. */
  private record Entry(ArticleId id, long fingerprint, long[] signature, long[] bandKeys, LocalDate day) {}

  /**
   * @param shingle words per shingle, at least 1
   * @param bands LSH bands, at least 1
   * @param rows hashes per band, at least 1
   * @param threshold the estimated Jaccard similarity that makes a near duplicate, in (0, 1]
   * @param windowDays how long an original is remembered, in days of publication, at least 0
   */
  public MinHashDetector(int shingle, int bands, int rows, double threshold, int windowDays) {
    require(shingle >= 1, "shingle must be at least 1: " + shingle);
    require(bands >= 1, "bands must be at least 1: " + bands);
    require(rows >= 1, "rows must be at least 1: " + rows);
    require(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: " + threshold);
    require(windowDays >= 0, "windowDays must not be negative: " + windowDays);
    this.shingle = shingle;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.seeds = new long[bands * rows];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      s = mix(s + i);
      seeds[i] = s;
    }
  }

  /** 4-word shingles, 20 bands of 4 hashes, threshold 0.6, a 30-day window. */
  public static MinHashDetector withDefaults() {
    return new MinHashDetector(4, 20, 4, 0.6, 30);
  }

  @Override
  public Optional<DuplicateLink> check(Article article) {
    return check(article, sketch(article));
  }

  /** The hashes of the article's body words: its fingerprint, signature and band keys. */
  @Override
  public Sketch sketch(Article article) {
    Objects.requireNonNull(article, "article");
    long[] words = words(article);
    if (words.length == 0) {
      return new Hashes(0, true, null, new long[0]);
    }
    long[] signature = words.length >= shingle ? signature(words) : null;
    return new Hashes(fingerprint(words), false, signature, signature == null ? new long[0] : bandKeys(signature));
  }

  /**
   * @throws IllegalArgumentException when {@code sketch} was not made by a {@code MinHashDetector}
   */
  @Override
  public Optional<DuplicateLink> check(Article article, Sketch sketch) {
    Objects.requireNonNull(article, "article");
    if (!(sketch instanceof Hashes hashes)) {
      throw new IllegalArgumentException("not a sketch of a MinHashDetector: " + sketch);
    }
    LocalDate day = article.publishedOpt().map(p -> p.date()).orElse(clock);
    advance(day);
    if (hashes.empty()) {
      return Optional.empty(); // nothing to compare: never a duplicate, never an original
    }
    ArticleId same = exact.get(hashes.fingerprint());
    if (same != null && !same.equals(article.id())) {
      return Optional.of(new DuplicateLink(article.id(), same, DuplicateLink.Kind.EXACT, 1.0));
    }
    long[] signature = hashes.signature();
    Optional<DuplicateLink> near = signature == null ? Optional.empty() : nearest(article.id(), signature, hashes.bandKeys());
    if (near.isEmpty() && same == null) {
      remember(new Entry(article.id(), hashes.fingerprint(), signature, hashes.bandKeys(), day));
    }
    return near;
  }

  /** An article's hashes; {@code empty}: it has no body word; no signature when it has fewer words than a shingle. */
  private record Hashes(long fingerprint, boolean empty, long[] signature, long[] bandKeys) implements Sketch {}

  /**
   * Writes what this detector remembers, for {@link #load}: its parameters, its clock and each
   * original within the window (id, fingerprint, day, signature): 25 + 8 × bands × rows bytes
   * each, 665 with the defaults. The LSH buckets and the exact fingerprints' map are not written:
   * they follow from the originals.
   */
  public void save(DataOutput out) throws IOException {
    out.writeInt(shingle);
    out.writeInt(bands);
    out.writeInt(rows);
    out.writeDouble(threshold);
    out.writeInt(windowDays);
    writeDay(out, clock);
    out.writeInt(byArrival.size());
    for (Entry e : byArrival) {
      out.writeLong(e.id().bits());
      out.writeLong(e.fingerprint());
      writeDay(out, e.day());
      out.writeBoolean(e.signature() != null);
      if (e.signature() != null) {
        for (long v : e.signature()) {
          out.writeLong(v);
        }
      }
    }
  }

  /**
   * Reads what {@link #save} wrote into this detector, which must be new: it then finds the same
   * duplicates as the saved one would have.
   *
   * @throws IllegalArgumentException when the detector that wrote it had other parameters
   * @throws IllegalStateException when this detector has seen articles
   */
  public void load(DataInput in) throws IOException {
    if (clock != null || !byArrival.isEmpty()) {
      throw new IllegalStateException("a detector that has seen articles cannot load a saved one");
    }
    String saved = in.readInt() + "/" + in.readInt() + "/" + in.readInt() + "/" + in.readDouble() + "/" + in.readInt();
    String mine = shingle + "/" + bands + "/" + rows + "/" + threshold + "/" + windowDays;
    if (!saved.equals(mine)) {
      throw new IllegalArgumentException("saved by a detector with shingle/bands/rows/threshold/window " + saved + ", not " + mine);
    }
    clock = readDay(in);
    for (int n = in.readInt(); n > 0; n--) {
      ArticleId id = ArticleId.ofBits(in.readLong());
      long fingerprint = in.readLong();
      LocalDate day = readDay(in);
      long[] signature = in.readBoolean() ? new long[seeds.length] : null;
      for (int i = 0; signature != null && i < signature.length; i++) {
        signature[i] = in.readLong();
      }
      remember(new Entry(id, fingerprint, signature, signature == null ? new long[0] : bandKeys(signature), day));
    }
  }

  private static void writeDay(DataOutput out, LocalDate day) throws IOException {
    out.writeLong(day == null ? Long.MIN_VALUE : day.toEpochDay());
  }

  private static LocalDate readDay(DataInput in) throws IOException {
    long day = in.readLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  /** The number of originals remembered, for tests and benchmarks. */
  public int remembered() {
    return byArrival.size();
  }

  private Optional<DuplicateLink> nearest(ArticleId id, long[] signature, long[] keys) {
    Entry best = null;
    double bestSimilarity = 0;
    for (long key : keys) {
      for (Entry e : buckets.getOrDefault(key, List.of())) {
        if (e.id().equals(id) || e == best) {
          continue;
        }
        double similarity = estimate(signature, e.signature());
        if (similarity > bestSimilarity || similarity == bestSimilarity && best != null && e.id().compareTo(best.id()) < 0) {
          best = e;
          bestSimilarity = similarity;
        }
      }
    }
    if (best == null || bestSimilarity < threshold) {
      return Optional.empty();
    }
    return Optional.of(new DuplicateLink(id, best.id(), DuplicateLink.Kind.NEAR, bestSimilarity));
  }

  private void remember(Entry e) {
    exact.put(e.fingerprint(), e.id());
    for (long key : e.bandKeys()) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
    }
    byArrival.addLast(e);
  }

  /** Moves the clock to {@code day} when later, forgetting originals that fell out of the window. */
  private void advance(LocalDate day) {
    if (day == null || clock != null && !day.isAfter(clock)) {
      return;
    }
    clock = day;
    LocalDate oldest = clock.minusDays(windowDays);
    // arrival order is nearly date order; an early-arriving late date only keeps a few longer
    while (!byArrival.isEmpty() && byArrival.peekFirst().day() != null && byArrival.peekFirst().day().isBefore(oldest)) {
      forget(byArrival.removeFirst());
    }
  }

  private void forget(Entry e) {
    exact.remove(e.fingerprint(), e.id());
    for (long key : e.bandKeys()) {
      List<Entry> bucket = buckets.get(key);
      if (bucket != null) {
        bucket.remove(e);
        if (bucket.isEmpty()) {
          buckets.remove(key);
        }
      }
    }
  }

  private double estimate(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private long[] signature(long[] words) {
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + shingle <= words.length; i++) {
      long h = 0x2545F4914F6CDD1DL;
      for (int j = 0; j < shingle; j++) {
        h = mix(h ^ words[i + j]);
      }
      for (int k = 0; k < seeds.length; k++) {
        long v = mix(h ^ seeds[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private long[] bandKeys(long[] sig) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = b * 0x632BE59BD9B4E019L;
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ sig[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  private static long fingerprint(long[] words) {
    long h = 0x51AF_D7ED_558C_CD1DL;
    for (long w : words) {
      h = mix(h ^ w) * 31;
    }
    return mix(h ^ words.length);
  }

  /** The hashes of the lower-cased words of the body: the text without its headline and byline. */
  static long[] words(Article a) {
    String text = a.text();
    Span skipA = a.layout().headline();
    Span skipB = a.layout().byline();
    long[] out = new long[Math.max(8, text.length() / 5)];
    int n = 0;
    long h = 0;
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean inside = i < text.length() && !within(skipA, i) && !within(skipB, i);
      char c = inside ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = h * 1_000_003 + Character.toLowerCase(c);
        length++;
      } else if (length > 0) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = mix(h);
        h = 0;
        length = 0;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean within(Span s, int i) {
    return s != null && s.start() <= i && i < s.end();
  }

  /** The finaliser of SplitMix64: a cheap, well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
