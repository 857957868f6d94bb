package org.storyline.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 exactly as the CoNLL shared tasks' {@code conlleval}
 * script counts them: a guessed chunk is correct when a gold chunk has the same first token, the
 * same last token and the same type.
 *
 * <p>Chunks are read from tags the way {@code conlleval} reads them, which covers IOB1, IOB2 and
 * IOE tags alike: a tag is {@code PREFIX-TYPE} or {@code O}; a chunk starts at {@code B-X}, at
 * any tag whose type differs from the previous tag's type, and at {@code I-X} after {@code O};
 * it ends before {@code B}, {@code O}, a change of type, and after {@code E}. So in IOB1
 * {@code I-X} continues the chunk only after {@code I-X} or {@code B-X}. Sentence boundaries end
 * chunks. Feed it sentence by sentence with {@link #add}; read the result with {@link #scores()}.
 */
public final class ChunkScorer {

  private final TreeMap<String, int[]> counts = new TreeMap<>(); // type -> {gold, guessed, correct}
  private long tokens;
  private long correctTags;

  /** Adds one sentence's gold and guessed tags (same length). */
  public void add(List<String> gold, List<String> guessed) {
    if (gold.size() != guessed.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " tags, guess has " + guessed.size());
    }
    List<Chunk> g = chunks(gold);
    List<Chunk> p = chunks(guessed);
    Set<Chunk> goldSet = new HashSet<>(g);
    g.forEach(c -> count(c.type())[0]++);
    for (Chunk c : p) {
      int[] n = count(c.type());
      n[1]++;
      if (goldSet.contains(c)) {
        n[2]++;
      }
    }
    tokens += gold.size();
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).equals(guessed.get(i))) {
        correctTags++;
      }
    }
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  public NerScores scores() {
    List<NerScores.Counts> perType = new ArrayList<>();
    int gold = 0;
    int guessed = 0;
    int correct = 0;
    for (var e : counts.entrySet()) {
      int[] n = e.getValue();
      perType.add(new NerScores.Counts(e.getKey(), n[0], n[1], n[2]));
      gold += n[0];
      guessed += n[1];
      correct += n[2];
    }
    return new NerScores(new NerScores.Counts("overall", gold, guessed, correct), perType, tokens, correctTags);
  }

  /** The chunks of one sentence's tags, in order, read as {@code conlleval} reads them. */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String prevPrefix = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      int dash = tag.indexOf('-');
      String prefix = dash < 0 ? tag : tag.substring(0, dash);
      String type = dash < 0 ? "" : tag.substring(dash + 1);
      if (start >= 0 && endOfChunk(prevPrefix, prefix, prevType, type)) {
        out.add(new Chunk(start, i, prevType));
        start = -1;
      }
      if (i < tags.size() && startOfChunk(prevPrefix, prefix, prevType, type)) {
        start = i;
      }
      prevPrefix = prefix;
      prevType = type;
    }
    return out;
  }

  // conlleval's endOfChunk and startOfChunk, rule for rule (brackets left out)
  private static boolean endOfChunk(String prev, String tag, String prevType, String type) {
    return prev.equals("B") && (tag.equals("B") || tag.equals("O"))
        || prev.equals("I") && (tag.equals("B") || tag.equals("O"))
        || prev.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O"))
        || !prev.equals("O") && !prev.equals(".") && !prevType.equals(type);
  }

  private static boolean startOfChunk(String prev, String tag, String prevType, String type) {
    return tag.equals("B") && (prev.equals("B") || prev.equals("I") || prev.equals("O"))
        || prev.equals("O") && (tag.equals("I") || tag.equals("E"))
        || prev.equals("E") && (tag.equals("E") || tag.equals("I"))
        || !tag.equals("O") && !tag.equals(".") && !prevType.equals(type);
  }
}
