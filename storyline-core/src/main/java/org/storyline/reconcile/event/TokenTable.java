package org.storyline.reconcile.event;

import java.util.Arrays;

/**
 * Tokens as written, each with a few ints, in flat arrays: open addressing over the tokens' hashes,
 * their characters copied into one array. Every word of every sentence event coreference compares
 * is looked up here, and a hash map of strings costs several cache misses a look-up (its node, the
 * stored string, that string's bytes, the value). Here a slot is one run of ints, the token's hash,
 * where its characters start, their length and the token's own ints side by side, so that a look-up
 * reads one slot (most often one cache line) and then the stored characters; with the hashes,
 * starts, lengths and ints in four arrays a look-up missed the cache in each of them.
 *
 * <p>Not thread-safe: its owner ({@link Vocabulary}) guards it.
 */
final class TokenTable {

  /** Where a slot keeps the token's hash, where its characters start (-1: empty slot), their length; its ints follow. */
  private static final int HASH = 0;
  private static final int START = 1;
  private static final int LENGTH = 2;
  private static final int INTS = 3;

  /** Ints kept per token. */
  private final int width;
  /** Ints a slot takes: {@link #INTS} and the token's. */
  private final int stride;
  /** The slots, {@link #stride} ints each. */
  private int[] slots;
  /** Slots there are (a power of two). */
  private int capacity;
  private char[] chars = new char[1 << 12];
  private int used;
  private int size;

  TokenTable(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1: " + width);
    }
    this.width = width;
    this.stride = INTS + width;
    allocate(1 << 10);
  }

  int size() {
    return size;
  }

  /** The slot of {@code token}, or {@code -1 - slot} of the empty slot it would take. */
  int find(String token) {
    int h = token.hashCode();
    int mask = capacity - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int at = slot * stride;
      int start = slots[at + START];
      if (start < 0) {
        return -1 - slot;
      }
      if (slots[at + HASH] == h && sameAs(token, start, slots[at + LENGTH])) {
        return slot;
      }
    }
  }

  /** Int {@code i} of the token in {@code slot} (a slot {@link #find} returned since the last {@link #add}). */
  int value(int slot, int i) {
    return slots[slot * stride + INTS + i];
  }

  /**
   * Adds a token {@link #find} did not find, with its ints, and returns its slot (slots found
   * before may have moved).
   */
  int add(String token, int[] ints) {
    if (ints.length != width) {
      throw new IllegalArgumentException("a token takes " + width + " ints, not " + ints.length);
    }
    if (2 * (size + 1) > capacity) {
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
    int at = slot * stride;
    slots[at + HASH] = token.hashCode();
    slots[at + START] = used;
    slots[at + LENGTH] = token.length();
    System.arraycopy(ints, 0, slots, at + INTS, width);
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
    int[] old = slots;
    int oldCapacity = capacity;
    allocate(2 * oldCapacity);
    int mask = capacity - 1;
    for (int o = 0; o < oldCapacity; o++) {
      int from = o * stride;
      if (old[from + START] >= 0) {
        int slot = spread(old[from + HASH]) & mask;
        while (slots[slot * stride + START] >= 0) {
          slot = (slot + 1) & mask;
        }
        System.arraycopy(old, from, slots, slot * stride, stride);
      }
    }
  }

  private void allocate(int capacity) {
    this.capacity = capacity;
    slots = new int[capacity * stride];
    for (int at = START; at < slots.length; at += stride) {
      slots[at] = -1;
    }
  }

  /** The hash's high bits mixed into the low ones the mask keeps (as {@code HashMap} does). */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
