package org.storyline.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.dedupe.MinHashDetector;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.ClusterDecision.FeatureScore;
import org.storyline.model.DuplicateLink;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;

/**
 * The binary checkpoint of an {@link OnlineClusterer}: everything that affects its later decisions
 * and changes, and nothing else.
 *
 * <p>Layout: the magic number {@code STLC} and the format version; then the configuration, whole
 * (a checkpoint made with another one is refused, naming the keys that differ); the counters; the vocabulary; the profiler's line and name counts; the
 * duplicate detector's window; the live stories; the index of terms to stories; where the map of
 * articles to stories differs from the stories' own lists; the stories not yet settled; the changes
 * not yet drained; and the magic number again.
 *
 * <p>Compact: counts and small numbers are varints, ascending ids are delta-coded, and a term vector
 * held in several places (a story's recent texts and its sub-event's, a one-article story's
 * centroid) is written once and referred to by number after. Deterministic: the same state gives the
 * same bytes, so a checkpoint read back and saved again is byte for byte the one read.
 *
 * <p>Not compressed: gzip made the checkpoint of the 2,777 GVA development articles 24% smaller
 * (2.49 to 1.88 MB) but more than doubled the time to save it (66 to 158 ms of CPU), as most of its
 * bytes are float weights, 64-bit hashes and MinHash signatures, which do not compress.
 *
 * <p>Bump {@link #FORMAT} when the layout changes, or when a change to the clusterer makes the
 * state of old checkpoints mean something else (another tokenisation, say): old checkpoints are
 * then refused and the engine rebuilds from the articles.
 */
final class ClusterCheckpoint {

  private static final int MAGIC = 0x53544C43; // "STLC"
  static final int FORMAT = 3; // 2: stories keep the figures their articles name; 3: the setting undated.sub.text
  /** Larger counts mean a corrupt checkpoint, not a large one. */
  private static final int MAX_COUNT = 1 << 28;

  private final DataOutputStream out; // writing; null when reading
  private final DataInputStream in; // reading; null when writing
  private final Map<TermVector, Integer> vectorsWritten = new IdentityHashMap<>();
  private final List<TermVector> vectorsRead = new ArrayList<>();
  private final Map<StoryState, Integer> storyNumbers = new HashMap<>(); // StoryState keeps identity equality
  private final List<StoryState> stories = new ArrayList<>();
  private String section = "header";

  private ClusterCheckpoint(DataOutputStream out, DataInputStream in) {
    this.out = out;
    this.in = in;
  }

  /** Writes the checkpoint of {@code c} to {@code raw}, which is flushed, not closed. */
  static void write(OnlineClusterer c, OutputStream raw) throws IOException {
    if (!(c.dedupe instanceof MinHashDetector)) {
      throw new IllegalStateException("a clusterer with the duplicate detector " + c.dedupe.getClass().getSimpleName()
          + " cannot be saved: only the default MinHashDetector can be restored");
    }
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    new ClusterCheckpoint(out, null).writeBody(c);
    out.flush();
  }

  /**
   * Reads the checkpoint {@code raw} holds (and nothing else: it is read to its end) into {@code
   * c}, a new clusterer made with the configuration to check the checkpoint's against.
   *
   * @throws IllegalArgumentException when it is not a checkpoint, is of another format version or
   *     configuration, is cut short or corrupt: the message says which, and where
   */
  static void read(InputStream raw, OnlineClusterer c) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    try {
      checkHeader(in.readInt(), in.readInt());
    } catch (EOFException e) {
      throw new IllegalArgumentException("not a clusterer checkpoint: it is empty or shorter than its header", e);
    }
    ClusterCheckpoint r = new ClusterCheckpoint(null, in);
    try {
      r.readBody(c);
    } catch (EOFException e) {
      throw new IllegalArgumentException("the checkpoint ends early, in its " + r.section + ": cut short?", e);
    } catch (ConfigMismatch e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the checkpoint is corrupt, in its " + r.section + ": " + e.getMessage(), e);
    }
  }

  private static void checkHeader(int magic, int format) {
    if (magic != MAGIC) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "not a clusterer checkpoint: it starts with 0x%08x, not 0x%08x", magic, MAGIC));
    }
    if (format != FORMAT) {
      throw new IllegalArgumentException("a checkpoint of format version " + format + "; this version of Storyline reads version " + FORMAT);
    }
  }

  private void writeBody(OnlineClusterer c) throws IOException {
    writeConfig(c.config);
    writeCounters(c);
    writeVocabulary(c.vocabulary);
    writePhraseCounts(c.profiler.people);
    writeLineCounter(c.profiler.lines);
    ((MinHashDetector) c.dedupe).save(out);
    writeLiveStories(c.live);
    writePostings(c.postings);
    writeStoryOf(c.storyOf);
    writeUnsettled(c.unsettled);
    writeChanges(c.changes);
    out.writeInt(MAGIC);
  }

  private void readBody(OnlineClusterer c) throws IOException {
    section = "start";
    readConfig(c.config);
    readCounters(c);
    readVocabulary(c.vocabulary);
    readPhraseCounts(c.profiler.people);
    readLineCounter(c.profiler.lines);
    section = "duplicate detector";
    ((MinHashDetector) c.dedupe).load(in);
    readLiveStories(c.live);
    readPostings(c.postings);
    readStoryOf(c.storyOf);
    readUnsettled(c.unsettled);
    readChanges(c.changes);
    section = "end";
    if (in.readInt() != MAGIC) {
      throw new IllegalArgumentException("no end marker where it should be");
    }
    if (in.read() != -1) {
      throw new IllegalArgumentException("bytes after its end");
    }
  }

  /** A checkpoint made with another configuration. */
  private static final class ConfigMismatch extends IllegalArgumentException {
    ConfigMismatch(String message) {
      super(message);
    }
  }

  // --- configuration and counters

  private void writeConfig(ClusterConfig config) throws IOException {
    writeCount(config.values().size());
    for (Map.Entry<String, Double> e : config.values().entrySet()) {
      writeString(e.getKey());
      out.writeDouble(e.getValue());
    }
  }

  private void readConfig(ClusterConfig config) throws IOException {
    section = "configuration";
    Map<String, Double> saved = new HashMap<>();
    for (int n = readCount(); n > 0; n--) {
      saved.put(readString(), in.readDouble());
    }
    List<String> differ = new ArrayList<>();
    Set<String> keys = new TreeSet<>(saved.keySet());
    keys.addAll(config.values().keySet());
    for (String k : keys) {
      if (!Objects.equals(saved.get(k), config.values().get(k))) {
        differ.add(k + " " + orUnset(saved.get(k)) + " there, " + orUnset(config.values().get(k)) + " here");
      }
    }
    if (!differ.isEmpty()) {
      throw new ConfigMismatch("the checkpoint was made with another configuration: " + String.join("; ", differ));
    }
  }

  private static String orUnset(Double value) {
    return value == null ? "unset" : value.toString();
  }

  private void writeCounters(OnlineClusterer c) throws IOException {
    writeVarLong(c.seq);
    writeVarLong(c.epoch);
    writeDate(c.clock);
  }

  private void readCounters(OnlineClusterer c) throws IOException {
    section = "counters";
    c.seq = readVarLong();
    c.epoch = readVarLong();
    c.clock = readDate();
  }

  // --- the profiler's counts

  /** Terms in id order, each with its document frequency and capitalisation balance. */
  private void writeVocabulary(Vocabulary v) throws IOException {
    writeVarLong(v.documents);
    String[] terms = new String[v.ids.size()];
    v.ids.forEach((term, id) -> terms[id] = term);
    writeCount(terms.length);
    for (int id = 0; id < terms.length; id++) {
      writeString(terms[id]);
      writeNatural(v.df[id]);
      writeSigned(v.capitalised[id]);
    }
  }

  private void readVocabulary(Vocabulary v) throws IOException {
    section = "vocabulary";
    v.documents = readVarLong();
    int n = readCount();
    v.df = new int[Math.max(1024, Integer.highestOneBit(Math.max(1, n)) * 2)];
    v.capitalised = new int[v.df.length];
    for (int id = 0; id < n; id++) {
      v.ids.put(readString(), id);
      v.df[id] = readNatural();
      v.capitalised[id] = (int) readSigned();
    }
  }

  /** The table's capacity, then its names by hash, ascending, with their counts. */
  private void writePhraseCounts(PhraseCounts p) throws IOException {
    writeCount(p.keys.length);
    long[] keys = Arrays.stream(p.keys).filter(k -> k != 0).sorted().toArray();
    writeCount(keys.length);
    for (long k : keys) {
      out.writeLong(k);
      writeNatural(p.counts[p.slot(k)]);
    }
  }

  private void readPhraseCounts(PhraseCounts p) throws IOException {
    section = "name counts";
    int capacity = readCount();
    p.size = readCount();
    if (Integer.bitCount(capacity) != 1 || p.size * 2L > capacity) { // else a probe could run forever
      throw new IllegalArgumentException(p.size + " names in a table of " + capacity);
    }
    p.keys = new long[capacity];
    p.counts = new int[capacity];
    for (int i = 0; i < p.size; i++) {
      long key = in.readLong();
      int at = p.slot(key);
      p.keys[at] = key;
      p.counts[at] = readNatural();
    }
  }

  private void writeLineCounter(LineCounter lines) throws IOException {
    writeNatural(lines.documents);
    writeLineCounts(lines.current);
    writeLineCounts(lines.previous);
  }

  private void readLineCounter(LineCounter lines) throws IOException {
    section = "line counts";
    lines.documents = readNatural();
    lines.current = readLineCounts();
    lines.previous = readLineCounts();
  }

  private void writeLineCounts(Map<Long, Integer> counts) throws IOException {
    long[] hashes = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    writeCount(hashes.length);
    for (long h : hashes) {
      out.writeLong(h);
      writeNatural(counts.get(h));
    }
  }

  private Map<Long, Integer> readLineCounts() throws IOException {
    int n = readCount();
    Map<Long, Integer> counts = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    for (int i = 0; i < n; i++) {
      counts.put(in.readLong(), readNatural());
    }
    return counts;
  }

  // --- stories

  /** The live stories not merged away, in the order started, numbered in that order. */
  private void writeLiveStories(List<StoryState> live) throws IOException {
    List<StoryState> kept = live.stream().filter(s -> s.mergedInto == null).toList();
    writeCount(kept.size());
    for (StoryState s : kept) {
      storyNumbers.put(s, stories.size());
      stories.add(s);
      writeStory(s);
    }
  }

  private void readLiveStories(List<StoryState> live) throws IOException {
    section = "live stories";
    for (int n = readCount(); n > 0; n--) {
      StoryState s = readStory();
      stories.add(s);
      live.add(s);
    }
  }

  private void writeStory(StoryState s) throws IOException {
    writeVarLong(s.seq);
    out.writeBoolean(s.alone);
    writeArticles(s.articles);
    writeDate(s.first);
    writeDate(s.last);
    writeString(s.headline);
    writeDate(s.headlineDate);
    writeCount(s.outlets.size());
    for (String o : s.outlets) {
      writeString(o);
    }
    writeCentroid(s);
    writeVectors(s.texts);
    writeVectors(s.titles);
    writeVectors(s.names);
    writeCount(s.subEvents.size());
    for (StoryState.SubEventState sub : s.subEvents) {
      writeSubEvent(sub, s.articles);
    }
    writeAscending(s.phraseIds);
    writeCounts(s.phraseCounts);
    writeAscending(s.days);
    writeAscending(s.figures);
    writeCounts(s.figureCounts);
    writeCount(s.figureArticles);
    writeAscending(s.indexed);
    writeVarLong(s.touched);
    out.writeBoolean(s.frozenFlag);
  }

  private StoryState readStory() throws IOException {
    long seq = readVarLong();
    boolean alone = in.readBoolean();
    List<ArticleId> articles = readArticles();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story without articles");
    }
    StoryState s = new StoryState(seq, articles.get(0), alone);
    s.articles.addAll(articles);
    s.widen(readDate(), readDate());
    s.headline = readString();
    s.headlineDate = readDate();
    int outlets = readCount();
    if (outlets > 0) {
      s.outlets = new LinkedHashSet<>(2);
      for (int i = 0; i < outlets; i++) {
        s.outlets.add(readString());
      }
    }
    readCentroid(s);
    readVectors(s.texts);
    readVectors(s.titles);
    readVectors(s.names);
    for (int n = readCount(); n > 0; n--) {
      s.subEvents.add(readSubEvent(s.articles));
    }
    s.phraseIds = readAscending();
    s.phraseCounts = readCounts(s.phraseIds.length);
    s.days = readAscending();
    s.figures = readAscending();
    s.figureCounts = readCounts(s.figures.length);
    s.figureArticles = readCount();
    s.indexed = readAscending();
    s.touched = readVarLong();
    s.frozenFlag = in.readBoolean();
    return s;
  }

  /**
   * The summed weights, the single vector standing for them, and whether the centroid is stale:
   * the centroid itself follows (a fresh one is {@code TermVector.of} the sums, as computed).
   */
  private void writeCentroid(StoryState s) throws IOException {
    writeAscending(s.sumIds);
    for (float w : s.sums) {
      out.writeFloat(w);
    }
    out.writeBoolean(s.single != null);
    if (s.single != null) {
      writeVector(s.single);
    }
    out.writeBoolean(s.centroidStale);
  }

  private void readCentroid(StoryState s) throws IOException {
    s.sumIds = readAscending();
    s.sums = new float[s.sumIds.length];
    for (int i = 0; i < s.sums.length; i++) {
      s.sums[i] = in.readFloat();
    }
    s.single = in.readBoolean() ? readVector() : null;
    s.centroidStale = in.readBoolean();
    if (s.single != null) {
      s.centroid = s.single;
    } else if (!s.centroidStale) {
      s.centroid = TermVector.of(s.sumIds, s.sums, s.sumIds.length, Integer.MAX_VALUE);
    }
  }

  /** A sub-event; its articles as places in its story's list, which holds them all. */
  private void writeSubEvent(StoryState.SubEventState sub, List<ArticleId> storyArticles) throws IOException {
    writeDate(sub.first);
    writeDate(sub.last);
    Map<ArticleId, Integer> place = new HashMap<>();
    for (int i = storyArticles.size() - 1; i >= 0; i--) {
      place.put(storyArticles.get(i), i);
    }
    writeCount(sub.articles.size());
    for (ArticleId a : sub.articles) {
      Integer at = place.get(a);
      if (at == null) {
        throw new IllegalStateException("article " + a + " of a sub-event is not in its story");
      }
      writeCount(at);
    }
    writeVectors(sub.texts);
    writeAscending(sub.days);
  }

  private StoryState.SubEventState readSubEvent(List<ArticleId> storyArticles) throws IOException {
    StoryState.SubEventState sub = new StoryState.SubEventState();
    sub.first = readDate();
    sub.last = readDate();
    for (int n = readCount(); n > 0; n--) {
      sub.articles.add(storyArticles.get(readCount()));
    }
    readVectors(sub.texts);
    sub.days = readAscending();
    return sub;
  }

  private void writeArticles(List<ArticleId> articles) throws IOException {
    writeCount(articles.size());
    for (ArticleId a : articles) {
      out.writeLong(a.bits());
    }
  }

  private List<ArticleId> readArticles() throws IOException {
    int n = readCount();
    List<ArticleId> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      articles.add(ArticleId.ofBits(in.readLong()));
    }
    return articles;
  }

  // --- the index, the map of articles to stories, the stories to settle

  /** Each term's live stories, in the order the index lists them (later ones are read first). */
  private void writePostings(List<List<StoryState>> postings) throws IOException {
    List<Integer> terms = new ArrayList<>();
    for (int term = 0; term < postings.size(); term++) {
      if (postings.get(term) != null && postings.get(term).stream().anyMatch(storyNumbers::containsKey)) {
        terms.add(term);
      }
    }
    writeCount(terms.size());
    int previousTerm = 0;
    for (int term : terms) {
      writeCount(term - previousTerm);
      previousTerm = term;
      List<StoryState> listed = postings.get(term).stream().filter(storyNumbers::containsKey).toList();
      writeCount(listed.size());
      int previous = 0;
      for (StoryState s : listed) {
        int number = storyNumbers.get(s);
        writeSigned(number - previous);
        previous = number;
      }
    }
  }

  private void readPostings(List<List<StoryState>> postings) throws IOException {
    section = "index";
    int term = 0;
    for (int n = readCount(); n > 0; n--) {
      term += readCount();
      while (postings.size() <= term) {
        postings.add(null);
      }
      int size = readCount();
      List<StoryState> listed = new ArrayList<>(Math.max(2, size));
      int number = 0;
      for (int i = 0; i < size; i++) {
        number += (int) readSigned();
        listed.add(stories.get(number));
      }
      postings.set(term, listed);
    }
  }

  /**
   * Where the map of articles to (the current of) their stories differs from what the live
   * stories' article lists give, each list in turn: only when an article was added twice.
   */
  private void writeStoryOf(Map<ArticleId, StoryState> storyOf) throws IOException {
    Map<ArticleId, StoryState> rebuilt = articlesOfLiveStories();
    List<ArticleId> differ = new ArrayList<>();
    Set<ArticleId> seen = new HashSet<>();
    int absent = 0;
    for (StoryState s : stories) {
      for (ArticleId a : s.articles) {
        StoryState actual = storyOf.containsKey(a) ? storyOf.get(a).current() : null;
        if (seen.add(a) && actual != rebuilt.get(a)) {
          differ.add(a);
          absent += actual == null ? 1 : 0;
        }
      }
    }
    if (storyOf.size() != rebuilt.size() - absent) {
      throw new IllegalStateException("the map of articles to stories holds articles of no live story");
    }
    writeCount(differ.size());
    for (ArticleId a : differ) {
      out.writeLong(a.bits());
      writeCount(storyOf.containsKey(a) ? storyNumbers.get(storyOf.get(a).current()) + 1 : 0);
    }
  }

  private void readStoryOf(Map<ArticleId, StoryState> storyOf) throws IOException {
    section = "map of articles to stories";
    storyOf.putAll(articlesOfLiveStories());
    for (int n = readCount(); n > 0; n--) {
      ArticleId a = ArticleId.ofBits(in.readLong());
      int number = readCount();
      if (number == 0) {
        storyOf.remove(a);
      } else {
        storyOf.put(a, stories.get(number - 1));
      }
    }
  }

  private Map<ArticleId, StoryState> articlesOfLiveStories() {
    Map<ArticleId, StoryState> out = new HashMap<>();
    for (StoryState s : stories) {
      s.articles.forEach(a -> out.put(a, s));
    }
    return out;
  }

  private void writeUnsettled(Collection<StoryState> unsettled) throws IOException {
    int[] numbers = unsettled.stream().filter(storyNumbers::containsKey).mapToInt(storyNumbers::get).sorted().toArray();
    writeAscending(numbers);
  }

  private void readUnsettled(Set<StoryState> unsettled) throws IOException {
    section = "stories to settle";
    for (int number : readAscending()) {
      unsettled.add(stories.get(number));
    }
  }

  // --- the changes not yet drained

  private void writeChanges(ChangeLog changes) throws IOException {
    out.writeBoolean(changes.recording);
    if (!changes.recording) {
      return;
    }
    List<StoryState> changed = changes.changedStories();
    writeCount(changed.size());
    for (StoryState s : changed) {
      Integer number = storyNumbers.get(s);
      writeCount(number == null ? 0 : number + 1);
      if (number == null) {
        writeStory(s); // frozen since it changed: only the changes hold it
      }
    }
    writeCount(changes.removed.size());
    for (StoryId id : changes.removed) {
      writeStoryId(id);
    }
    writeCount(changes.duplicates.size());
    for (DuplicateLink link : changes.duplicates) {
      writeDuplicate(link);
    }
    writeCount(changes.merges.size());
    for (StoryMerge m : changes.merges) {
      writeMerge(m);
    }
    writeCount(changes.decisions.size());
    for (ClusterDecision d : changes.decisions) {
      writeDecision(d);
    }
  }

  private void readChanges(ChangeLog changes) throws IOException {
    section = "changes not drained";
    changes.recording = in.readBoolean();
    if (!changes.recording) {
      return;
    }
    for (int n = readCount(); n > 0; n--) {
      int number = readCount();
      changes.stories.add(number == 0 ? readStory() : stories.get(number - 1));
    }
    for (int n = readCount(); n > 0; n--) {
      changes.removed.add(readStoryId());
    }
    for (int n = readCount(); n > 0; n--) {
      changes.duplicates.add(readDuplicate());
    }
    for (int n = readCount(); n > 0; n--) {
      changes.merges.add(readMerge());
    }
    for (int n = readCount(); n > 0; n--) {
      changes.decisions.add(readDecision());
    }
  }

  private void writeDuplicate(DuplicateLink link) throws IOException {
    out.writeLong(link.duplicate().bits());
    out.writeLong(link.original().bits());
    out.writeByte(link.kind().ordinal());
    out.writeDouble(link.similarity());
  }

  private DuplicateLink readDuplicate() throws IOException {
    return new DuplicateLink(ArticleId.ofBits(in.readLong()), ArticleId.ofBits(in.readLong()),
        DuplicateLink.Kind.values()[in.readUnsignedByte()], in.readDouble());
  }

  private void writeMerge(StoryMerge m) throws IOException {
    writeVarLong(m.seq());
    writeStoryId(m.from());
    writeStoryId(m.into());
    out.writeDouble(m.score());
    writeFeatures(m.features());
    writeString(m.reason());
  }

  private StoryMerge readMerge() throws IOException {
    return new StoryMerge(readVarLong(), readStoryId(), readStoryId(), in.readDouble(), readFeatures(), readString());
  }

  private void writeDecision(ClusterDecision d) throws IOException {
    writeVarLong(d.seq());
    out.writeLong(d.article().bits());
    writeStoryId(d.story());
    writeCount(d.subEvent());
    out.writeByte(d.kind().ordinal());
    out.writeDouble(d.score());
    out.writeDouble(d.threshold());
    writeFeatures(d.features());
    out.writeBoolean(d.best() != null);
    if (d.best() != null) {
      writeStoryId(d.best());
    }
    writeCount(d.candidates());
    writeString(d.note());
  }

  private ClusterDecision readDecision() throws IOException {
    long seq = readVarLong();
    ArticleId article = ArticleId.ofBits(in.readLong());
    StoryId story = readStoryId();
    int subEvent = readCount();
    ClusterDecision.Kind kind = ClusterDecision.Kind.values()[in.readUnsignedByte()];
    double score = in.readDouble();
    double threshold = in.readDouble();
    List<FeatureScore> features = readFeatures();
    StoryId best = in.readBoolean() ? readStoryId() : null;
    return new ClusterDecision(seq, article, story, subEvent, kind, score, threshold, features, best, readCount(), readString());
  }

  private void writeFeatures(List<FeatureScore> features) throws IOException {
    writeCount(features.size());
    for (FeatureScore f : features) {
      writeString(f.name());
      out.writeDouble(f.value());
      out.writeDouble(f.weight());
    }
  }

  private List<FeatureScore> readFeatures() throws IOException {
    List<FeatureScore> features = new ArrayList<>();
    for (int n = readCount(); n > 0; n--) {
      features.add(new FeatureScore(readString(), in.readDouble(), in.readDouble()));
    }
    return features;
  }

  private void writeStoryId(StoryId id) throws IOException {
    out.writeLong(Long.parseUnsignedLong(id.value(), 16));
  }

  private StoryId readStoryId() throws IOException {
    return StoryId.startedBy(ArticleId.ofBits(in.readLong()));
  }

  // --- term vectors, each written once

  /** A vector written before, by number; else the vector, which gets the next number. */
  private void writeVector(TermVector v) throws IOException {
    Integer number = vectorsWritten.get(v);
    writeCount(number == null ? 0 : number + 1);
    if (number != null) {
      return;
    }
    vectorsWritten.put(v, vectorsWritten.size());
    int[] ids = new int[v.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = v.id(i);
    }
    writeAscending(ids);
    for (int i = 0; i < ids.length; i++) {
      out.writeFloat(v.weight(i));
    }
  }

  private TermVector readVector() throws IOException {
    int number = readCount();
    if (number > 0) {
      return vectorsRead.get(number - 1);
    }
    int[] ids = readAscending();
    float[] weights = new float[ids.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readFloat();
    }
    TermVector v = TermVector.restored(ids, weights);
    vectorsRead.add(v);
    return v;
  }

  private void writeVectors(ArrayDeque<TermVector> vectors) throws IOException {
    writeCount(vectors.size());
    for (TermVector v : vectors) {
      writeVector(v);
    }
  }

  private void readVectors(ArrayDeque<TermVector> into) throws IOException {
    for (int n = readCount(); n > 0; n--) {
      into.addLast(readVector());
    }
  }

  // --- numbers, dates and strings

  /** Ascending ints as differences (the first from 0), signed so that negative ones fit too. */
  private void writeAscending(int[] values) throws IOException {
    writeCount(values.length);
    long previous = 0;
    for (int v : values) {
      writeSigned(v - previous);
      previous = v;
    }
  }

  private int[] readAscending() throws IOException {
    int[] values = new int[readCount()];
    long previous = 0;
    for (int i = 0; i < values.length; i++) {
      previous += readSigned();
      values[i] = (int) previous;
    }
    return values;
  }

  private void writeCounts(int[] counts) throws IOException {
    for (int c : counts) {
      writeNatural(c);
    }
  }

  private int[] readCounts(int n) throws IOException {
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[i] = readNatural();
    }
    return counts;
  }

  /** A date as its epoch day, 0 standing for none. */
  private void writeDate(LocalDate date) throws IOException {
    writeVarLong(date == null ? 0 : zigZag(date.toEpochDay()) + 1);
  }

  private LocalDate readDate() throws IOException {
    long v = readVarLong();
    return v == 0 ? null : LocalDate.ofEpochDay(unZigZag(v - 1));
  }

  /** A string as its UTF-8 length plus one (0 standing for null) and its bytes. */
  private void writeString(String s) throws IOException {
    if (s == null) {
      writeCount(0);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeCount(bytes.length + 1);
    out.write(bytes);
  }

  private String readString() throws IOException {
    int n = readCount();
    if (n == 0) {
      return null;
    }
    byte[] bytes = new byte[n - 1];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A size or a place in a list, which a checkpoint never has more than {@link #MAX_COUNT} of. */
  private void writeCount(int n) throws IOException {
    writeNatural(n);
  }

  private int readCount() throws IOException {
    int n = readNatural();
    if (n > MAX_COUNT) {
      throw new IllegalArgumentException("a size of " + n);
    }
    return n;
  }

  /** A number of at least 0 (a document frequency, say). */
  private void writeNatural(int n) throws IOException {
    if (n < 0) {
      throw new IllegalStateException("a count is negative: " + n);
    }
    writeVarLong(n);
  }

  private int readNatural() throws IOException {
    long n = readVarLong();
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a count of " + n);
    }
    return (int) n;
  }

  private void writeSigned(long v) throws IOException {
    writeVarLong(zigZag(v));
  }

  private long readSigned() throws IOException {
    return unZigZag(readVarLong());
  }

  /** Seven bits a byte, low first; the high bit says more follow. Unsigned. */
  private void writeVarLong(long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private long readVarLong() throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("a number longer than 64 bits");
  }

  private static long zigZag(long v) {
    return v << 1 ^ v >> 63;
  }

  private static long unZigZag(long v) {
    return v >>> 1 ^ -(v & 1);
  }
}
