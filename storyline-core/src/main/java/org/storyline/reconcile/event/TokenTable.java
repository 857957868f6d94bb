package org.storyline.reconcile.event;

import java.util.Arrays;

/**
 * Tokens as written, each with a few ints, in flat arrays: open addressing over the tokens' hashes,
 * their characters copied into one array, their ints side by side. Every word of every sentence
 * event coreference compares is looked up here, and a hash map of strings costs several cache
 * misses a look-up (its node, the stored string, that string's bytes, the value); here a look-up
 * reads a slot's hash, then the stored characters and the ints, each in a dense array.
 *
 * <p>Not thread-safe: its owner ({@link Vocabulary}) guards it.
 */
final class TokenTable {

  /** Ints kept per token. */
  private final int width;
  private int[] hashes;
  /** Where each slot's characters start in {@link #chars}; -1 for an empty slot. */
  private int[] starts;
  private int[] lengths;
  private int[] values;
  private char[] chars = new char[1 << 12];
  private int used;
  private int size;

  TokenTable(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1: " + width);
    }
    this.width = width;
    allocate(1 << 10);
  }

  int size() {
    return size;
  }

  /** The slot of {@code token}, or {@code -1 - slot} of the empty slot it would take. */
  int find(String token) {
    int h = token.hashCode();
    int mask = starts.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int start = starts[slot];
      if (start < 0) {
        return -1 - slot;
      }
      if (hashes[slot] == h && sameAs(token, start, lengths[slot])) {
        return slot;
      }
    }
  }

  /** Int {@code i} of the token in {@code slot} (a slot {@link #find} returned since the last {@link #add}). */
  int value(int slot, int i) {
    return values[slot * width + i];
  }

  /**
   * Adds a token {@link #find} did not find, with its ints, and returns its slot (slots found
   * before may have moved).
   */
  int add(String token, int[] ints) {
    if (ints.length != width) {
      throw new IllegalArgumentException("a token takes " + width + " ints, not " + ints.length);
    }
    if (2 * (size + 1) > starts.length) {
      grow();
    }
    int slot = find(token);
    if (slot >= 0) {
      throw new IllegalArgumentException("already held: " + token);
    }
    slot = -1 - slot;
    if (used + token.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + token.length()));
    }
    token.getChars(0, token.length(), chars, used);
    hashes[slot] = token.hashCode();
    starts[slot] = used;
    lengths[slot] = token.length();
    System.arraycopy(ints, 0, values, slot * width, width);
    used += token.length();
    size++;
    return slot;
  }

  private boolean sameAs(String token, int start, int length) {
    if (token.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (token.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Twice the slots, every token placed again by its hash. */
  private void grow() {
    int[] oldHashes = hashes;
    int[] oldStarts = starts;
    int[] oldLengths = lengths;
    int[] oldValues = values;
    allocate(2 * oldStarts.length);
    int mask = starts.length - 1;
    for (int old = 0; old < oldStarts.length; old++) {
      if (oldStarts[old] >= 0) {
        int slot = spread(oldHashes[old]) & mask;
        while (starts[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = oldHashes[old];
        starts[slot] = oldStarts[old];
        lengths[slot] = oldLengths[old];
        System.arraycopy(oldValues, old * width, values, slot * width, width);
      }
    }
  }

  private void allocate(int slots) {
    hashes = new int[slots];
    starts = new int[slots];
    Arrays.fill(starts, -1);
    lengths = new int[slots];
    values = new int[slots * width];
  }

  /** The hash's high bits mixed into the low ones the mask keeps (as {@code HashMap} does). */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
