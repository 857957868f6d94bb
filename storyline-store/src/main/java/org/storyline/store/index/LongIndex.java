package org.storyline.store.index;

import java.util.Arrays;

/**
 * Numbers each distinct long it is given, 0, 1, 2... in order of first sight: an open-addressing
 * table without boxing, for tallying thousands of matches by story in a search.
 */
final class LongIndex {

  private static final long EMPTY = 0L; // a key of 0 is kept aside

  private long[] keys = new long[64];
  private int[] slots = new int[64];
  private int size;
  private int zeroSlot = -1;

  /** The number of {@code key}, given it now if it has none. */
  int indexOf(long key) {
    if (key == EMPTY) {
      if (zeroSlot < 0) {
        zeroSlot = size++;
      }
      return zeroSlot;
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** How many distinct keys were given. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String toString() {
    return "LongIndex" + Arrays.toString(Arrays.copyOf(keys, Math.min(8, keys.length))) + "... (" + size + ")";
  }
}
