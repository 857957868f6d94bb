package org.storyline.extract.entity;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map from strings to rows of a fixed number of ints (none for a set), kept in a
 * few primitive arrays: the keys' characters one after the other in sorted order, each key's
 * hash, the rows side by side, and open addressing over key numbers. The tagger looks up every
 * token's word, and its word sequences, in tables of up to a few hundred thousand names; as maps
 * of strings those were some 20 MB of small objects that a collection could move and a busy
 * neighbour could push out of the caches, and tagging speed moved by a third within one JVM.
 * Lookups take any {@link CharSequence}, so a caller can probe with one reused builder.
 */
final class KeyTable {

  static final KeyTable EMPTY = of(Map.of(), 0);

  private final int width;
  private final char[] chars;
  /** Where key {@code k} ends in {@link #chars}; it starts where key {@code k - 1} ends. */
  private final int[] ends;
  private final int[] hashes;
  private final int[] rows;
  /** Open addressing: key number + 1, or 0 for a free slot; a power of two at least twice the keys. */
  private final int[] slots;

  private KeyTable(int width, char[] chars, int[] ends, int[] hashes, int[] rows, int[] slots) {
    this.width = width;
    this.chars = chars;
    this.ends = ends;
    this.hashes = hashes;
    this.rows = rows;
    this.slots = slots;
  }

  /** A table of the keys of {@code map}, each with its row; every row must have {@code width} ints. */
  static KeyTable of(Map<String, int[]> map, int width) {
    String[] keys = sorted(map.keySet());
    int[][] rows = new int[keys.length][];
    for (int k = 0; k < keys.length; k++) {
      rows[k] = map.get(keys[k]);
    }
    return ofSorted(keys, rows, width);
  }

  /**
   * A table of {@code keys}, which must be in strictly increasing order (as a model file writes
   * them), key {@code k} with row {@code rows[k]} of {@code width} ints. Sorting a few hundred
   * thousand keys (in a tree map, as this table was once built) was most of loading the entity model.
   */
  static KeyTable ofSorted(String[] keys, int[][] rows, int width) {
    if (rows.length != keys.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + rows.length + " rows");
    }
    int n = keys.length;
    int length = 0;
    for (int k = 0; k < n; k++) {
      if (k > 0 && keys[k - 1].compareTo(keys[k]) >= 0) {
        throw new IllegalArgumentException("keys out of order: " + keys[k - 1] + " before " + keys[k]);
      }
      length += keys[k].length();
    }
    char[] chars = new char[length];
    int[] ends = new int[n];
    int[] hashes = new int[n];
    int[] cells = new int[n * width];
    int[] slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, n) * 2) * 2)];
    int at = 0;
    for (int k = 0; k < n; k++) {
      String key = keys[k];
      int[] row = rows[k];
      if (row.length != width) {
        throw new IllegalArgumentException("the row of " + key + " has " + row.length + " values, expected " + width);
      }
      key.getChars(0, key.length(), chars, at);
      at += key.length();
      ends[k] = at;
      hashes[k] = hash(key);
      System.arraycopy(row, 0, cells, k * width, width);
      int slot = hashes[k] & (slots.length - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = k + 1;
    }
    return new KeyTable(width, chars, ends, hashes, cells, slots);
  }

  /** A set: a table of rows of no ints. */
  static KeyTable set(Iterable<String> keys) {
    java.util.Set<String> distinct = new java.util.HashSet<>();
    keys.forEach(distinct::add);
    return set(sorted(distinct));
  }

  /** A set of {@code keys}, in strictly increasing order. */
  static KeyTable set(String[] keys) {
    int[][] rows = new int[keys.length][];
    Arrays.fill(rows, NO_ROW);
    return ofSorted(keys, rows, 0);
  }

  private static final int[] NO_ROW = new int[0];

  /** Distinct keys in their natural order, the order of a table's key numbers. */
  static String[] sorted(java.util.Collection<String> distinct) {
    String[] keys = distinct.toArray(new String[0]);
    Arrays.sort(keys);
    return keys;
  }

  /**
   * The word prefixes of names whose words are joined by single spaces ("new", "new york" for
   * "new york city"): a match that has read a prefix goes on to the next word, any other stops.
   */
  static KeyTable wordPrefixes(Iterable<String> names) {
    java.util.Set<String> prefixes = new java.util.HashSet<>();
    for (String name : names) {
      for (int k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) {
        prefixes.add(name.substring(0, k));
      }
    }
    return set(sorted(prefixes));
  }

  /** The number of {@code key} in sorted order, or -1 if it is not in the table. */
  int find(CharSequence key) {
    int h = hash(key);
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int k = slots[slot] - 1;
      if (k < 0) {
        return -1;
      }
      if (hashes[k] == h && sameChars(k, key)) {
        return k;
      }
    }
  }

  boolean contains(CharSequence key) {
    return find(key) >= 0;
  }

  /** The number of the key {@code probe} holds, or -1 if it is not in the table. */
  int find(Probe probe) {
    int h = spread(probe.hash);
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int k = slots[slot] - 1;
      if (k < 0) {
        return -1;
      }
      if (hashes[k] == h && sameChars(k, probe.chars, probe.length)) {
        return k;
      }
    }
  }

  boolean contains(Probe probe) {
    return find(probe) >= 0;
  }

  /**
   * A key built word by word for lookups ("new", "new york", "new york city"): its characters in
   * one reused array and their hash carried along as they are appended, so that trying each
   * length of a name hashes each character once, with no builder or string made per lookup.
   */
  static final class Probe {
    private char[] chars = new char[64];
    private int length;
    /** The polynomial hash of the characters so far, before {@link #spread}. */
    private int hash;

    void clear() {
      length = 0;
      hash = 0;
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, 2 * length);
      }
      chars[length++] = c;
      hash = 31 * hash + c;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** Column {@code column} of key number {@code k}'s row. */
  int value(int k, int column) {
    return rows[k * width + column];
  }

  /** A copy of key number {@code k}'s row. */
  int[] row(int k) {
    return Arrays.copyOfRange(rows, k * width, (k + 1) * width);
  }

  String key(int k) {
    int start = k == 0 ? 0 : ends[k - 1];
    return new String(chars, start, ends[k] - start);
  }

  int size() {
    return ends.length;
  }

  int width() {
    return width;
  }

  private boolean sameChars(int k, CharSequence key) {
    int start = k == 0 ? 0 : ends[k - 1];
    if (ends[k] - start != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (chars[start + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameChars(int k, char[] key, int length) {
    int start = k == 0 ? 0 : ends[k - 1];
    if (ends[k] - start != length) {
      return false;
    }
    char[] chars = this.chars;
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /** The characters' polynomial hash with its bits spread, since the slot is taken from the low bits. */
  private static int hash(CharSequence key) {
    if (key instanceof String string) {
      return spread(string.hashCode()); // the same polynomial, and kept in the string
    }
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return spread(h);
  }

  private static int spread(int polynomial) {
    int h = polynomial * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
