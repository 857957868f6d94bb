package org.storyline.cluster;

/**
 * Document frequencies of the name phrases that name people (see {@link Profiler}), by a 64-bit
 * hash of the phrase: an open-addressing table of primitives, so that the many names a stream
 * brings cost 12 bytes each and no string. A phrase enters once an age followed it somewhere;
 * from then on each article naming it counts.
 */
final class PhraseCounts {

  // package-private for ClusterCheckpoint
  long[] keys = new long[1 << 12]; // 0: empty (hashes are made odd)
  int[] counts = new int[1 << 12];
  int size;

  /** Makes {@code hash} a known person's name; no effect when it is one already. */
  void admit(long hash) {
    int at = slot(hash | 1);
    if (keys[at] == 0) {
      keys[at] = hash | 1;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
  }

  /** Counts one more article naming {@code hash} and returns how many have; 0, counting nothing, when it is not a known name. */
  int countIfKnown(long hash) {
    int at = slot(hash | 1);
    return keys[at] == 0 ? 0 : ++counts[at];
  }

  int slot(long key) {
    int mask = keys.length - 1;
    int at = (int) (key ^ key >>> 29) & mask;
    while (keys[at] != 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = slot(oldKeys[i]);
        keys[at] = oldKeys[i];
        counts[at] = oldCounts[i];
      }
    }
  }

  /** The hash of a phrase of lower-cased words, as {@link Profiler} computes it word by word. */
  static long hash(String... words) {
    long h = 0;
    for (String w : words) {
      h = extend(h, w);
    }
    return h;
  }

  /** {@code h} extended by one more word. */
  static long extend(long h, String word) {
    long x = (h + word.hashCode()) * 0x9E3779B97F4A7C15L;
    return x ^ x >>> 31;
  }

  /** The int that stands for a phrase in {@link NamePhrases} and in stories. */
  static int id(long hash) {
    return (int) (hash ^ hash >>> 32);
  }
}
