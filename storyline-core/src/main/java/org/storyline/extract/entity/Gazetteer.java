package org.storyline.extract.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.EntityType;

/**
 * Names and their types as seen in training documents: for each name (its lower-cased words
 * joined by spaces), in how many documents it was a mention of each type.
 *
 * <p>Training documents are tagged with their own names left out (each document's own count is
 * subtracted), so the tagger learns how far a name list can be trusted for names it has not
 * seen, as at run time.
 */
final class Gazetteer {

  static final int MAX_WORDS = 6;
  static final Gazetteer EMPTY = new Gazetteer(Map.of());

  private static final int TYPES = EntityType.values().length;

  /** Each name's counts per type, in a table of primitive arrays (the tagger reads it for every token). */
  private final KeyTable counts;
  /** Every name's word prefixes ("new", "new york" for "new york city"), to stop matching early. */
  private final KeyTable prefixes;

  private Gazetteer(Map<String, int[]> counts) {
    this.counts = KeyTable.of(counts, TYPES);
    this.prefixes = KeyTable.wordPrefixes(counts.keySet());
  }

  static Gazetteer build(List<ConllDocument> docs) {
    Map<String, int[]> counts = new HashMap<>();
    for (ConllDocument doc : docs) {
      for (var e : names(doc).entrySet()) {
        int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[TYPES]);
        for (int t = 0; t < c.length; t++) {
          c[t] += e.getValue()[t];
        }
      }
    }
    return new Gazetteer(counts);
  }

  /** The names of one document with 1 for each type they have in it. */
  static Map<String, int[]> names(ConllDocument doc) {
    Map<String, int[]> own = new HashMap<>();
    for (ConllSentence s : doc.sentences()) {
      List<String> words = s.words();
      for (Chunk c : ChunkScorer.chunks(s.tags())) {
        if (c.length() <= MAX_WORDS) {
          String key = key(words, c.start(), c.end());
          own.computeIfAbsent(key, k -> new int[TYPES])[EntityType.parse(c.type()).ordinal()] = 1;
        }
      }
    }
    return own;
  }

  static String key(List<String> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(Features.normalise(words.get(k)).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  /**
   * For each token of a sentence, a bit set of the matches covering it: bit {@code 4 * type +
   * position} (position 0 B, 1 I, 2 L, 3 U), longest match first from left to right.
   *
   * @param own the names of the document being tagged to leave out, or an empty map
   */
  int[] matches(List<String> words, Map<String, int[]> own) {
    return matches(words.toArray(String[]::new), NameList.keys(words), own);
  }

  /** {@link #matches(List, Map)} of words whose keys ({@link NameList#keys}) are given. */
  int[] matches(String[] words, String[] keys, Map<String, int[]> own) {
    int[] bits = new int[words.length];
    if (counts.size() == 0) {
      return bits;
    }
    KeyTable.Probe b = new KeyTable.Probe();
    for (int j = 0; j < words.length; j++) {
      if (!startsName(words[j])) {
        continue;
      }
      b.clear();
      for (int len = 1; len <= MAX_WORDS && j + len <= words.length; len++) {
        if (len > 1) {
          b.append(' ');
        }
        b.append(keys[j + len - 1]);
        int found = counts.find(b);
        if (found < 0) {
          if (!prefixes.contains(b)) {
            break;
          }
          continue;
        }
        int[] minus = own.isEmpty() ? null : own.get(b.toString());
        for (int t = 0; t < TYPES; t++) {
          if (counts.value(found, t) - (minus == null ? 0 : minus[t]) > 0) {
            for (int k = j; k < j + len; k++) {
              int pos = len == 1 ? 3 : k == j ? 0 : k == j + len - 1 ? 2 : 1;
              bits[k] |= 1 << (4 * t + pos);
            }
          }
        }
      }
    }
    return bits;
  }

  private static boolean startsName(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
  }

  int size() {
    return counts.size();
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(counts.size());
    for (int k = 0; k < counts.size(); k++) {
      out.writeUTF(counts.key(k));
      for (int t = 0; t < TYPES; t++) {
        out.writeShort(Math.min(counts.value(k, t), Short.MAX_VALUE));
      }
    }
  }

  static Gazetteer read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, int[]> counts = new HashMap<>(n * 2);
    for (int k = 0; k < n; k++) {
      String key = in.readUTF();
      int[] c = new int[TYPES];
      for (int t = 0; t < c.length; t++) {
        c[t] = in.readShort();
      }
      counts.put(key, c);
    }
    return new Gazetteer(counts);
  }
}
