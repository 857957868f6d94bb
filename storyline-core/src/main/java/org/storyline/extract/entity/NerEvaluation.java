package org.storyline.extract.entity;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a recogniser over CoNLL documents: scores against their gold tags, or tags them. */
public final class NerEvaluation {

  /** How predicted chunks are written as tags. */
  public enum Scheme {
    /** {@code I-X} inside chunks, {@code B-X} only where a chunk follows one of the same type (CoNLL-2003). */
    IOB1,
    /** {@code B-X} at the start of every chunk, {@code I-X} after it. */
    IOB2
  }

  private NerEvaluation() {}

  /** Scores a recogniser against the last column of each document, as {@code conlleval} does. */
  public static NerScores score(EntityRecognizer recognizer, List<ConllDocument> docs) {
    ChunkScorer scorer = new ChunkScorer();
    for (ConllDocument doc : docs) {
      List<List<String>> guessed = tags(recognizer, doc, Scheme.IOB1);
      for (int s = 0; s < guessed.size(); s++) {
        scorer.add(doc.sentences().get(s).tags(), guessed.get(s));
      }
    }
    return scorer.scores();
  }

  /** The documents with one more column: the predicted tag ({@code O} on {@code -DOCSTART-} rows). */
  public static List<ConllDocument> tag(EntityRecognizer recognizer, List<ConllDocument> docs, Scheme scheme) {
    List<ConllDocument> out = new ArrayList<>(docs.size());
    for (ConllDocument doc : docs) {
      List<List<String>> guessed = tags(recognizer, doc, scheme);
      List<ConllSentence> sentences = new ArrayList<>();
      for (int s = 0; s < guessed.size(); s++) {
        List<ConllToken> rows = doc.sentences().get(s).tokens();
        List<ConllToken> tagged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
          tagged.add(rows.get(i).with(guessed.get(s).get(i)));
        }
        sentences.add(new ConllSentence(tagged));
      }
      out.add(new ConllDocument(doc.docstart() == null ? null : doc.docstart().with("O"), sentences));
    }
    return out;
  }

  /** The predicted tags of each sentence of a document. */
  static List<List<String>> tags(EntityRecognizer recognizer, ConllDocument doc, Scheme scheme) {
    List<List<EntityChunk>> chunks = recognizer.chunks(doc.words());
    List<List<String>> out = new ArrayList<>(chunks.size());
    for (int s = 0; s < chunks.size(); s++) {
      out.add(tags(chunks.get(s), doc.sentences().get(s).size(), scheme));
    }
    return out;
  }

  /** Tags of one sentence from its chunks. */
  static List<String> tags(List<EntityChunk> chunks, int length, Scheme scheme) {
    String[] tags = new String[length];
    Arrays.fill(tags, "O");
    EntityChunk previous = null;
    for (EntityChunk c : chunks) {
      String code = c.type().code();
      boolean touching = previous != null && previous.end() == c.start() && previous.type() == c.type();
      tags[c.start()] = (scheme == Scheme.IOB2 || touching ? "B-" : "I-") + code;
      for (int i = c.start() + 1; i < c.end(); i++) {
        tags[i] = "I-" + code;
      }
      previous = c;
    }
    return List.of(tags);
  }

  /**
   * Tokens tagged per CPU second of the calling thread (garbage collection included), once per
   * timed pass, after {@code warmup} untimed passes over the same documents. CPU time rather than
   * wall time, so that other work on a shared machine counts less.
   */
  public static double[] tokensPerSecond(EntityRecognizer recognizer, List<ConllDocument> docs, int warmup, int passes) {
    if (warmup < 0 || passes < 1) {
      throw new IllegalArgumentException("warmup must be >= 0 and passes >= 1, got " + warmup + " and " + passes);
    }
    List<List<List<String>>> words = docs.stream().map(ConllDocument::words).toList();
    long tokens = docs.stream().mapToLong(d -> d.sentences().stream().mapToLong(ConllSentence::size).sum()).sum();
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      for (List<List<String>> d : words) {
        sink += recognizer.chunks(d).size();
      }
    }
    double[] rates = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = cpuNanos();
      for (List<List<String>> d : words) {
        sink += recognizer.chunks(d).size();
      }
      rates[i] = tokens / ((cpuNanos() - start) / 1e9);
    }
    if (sink == Long.MIN_VALUE) {
      throw new AssertionError(); // keeps the work from being optimised away
    }
    return rates;
  }

  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    return cpu + gcMillis * 1_000_000;
  }
}
