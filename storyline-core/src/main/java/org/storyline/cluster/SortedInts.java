package org.storyline.cluster;

import java.util.Arrays;

/** Sets of ints kept as ascending arrays without repeats (days, figures): small, and cheap to save. */
final class SortedInts {

  private SortedInts() {}

  /** {@code sorted} with {@code value}: the same array when it has it already. */
  static int[] with(int[] sorted, int value) {
    int at = Arrays.binarySearch(sorted, value);
    if (at >= 0) {
      return sorted;
    }
    int insert = -at - 1;
    int[] grown = new int[sorted.length + 1];
    System.arraycopy(sorted, 0, grown, 0, insert);
    grown[insert] = value;
    System.arraycopy(sorted, insert, grown, insert + 1, sorted.length - insert);
    return grown;
  }

  /** {@code sorted} with the values of {@code more} it lacks, while it has fewer than {@code max}. */
  static int[] union(int[] sorted, int[] more, int max) {
    int[] out = sorted;
    for (int value : more) {
      if (out.length >= max) {
        break;
      }
      out = with(out, value);
    }
    return out;
  }

  /** Whether any of {@code values} is in {@code sorted}. */
  static boolean anyShared(int[] values, int[] sorted) {
    for (int v : values) {
      if (Arrays.binarySearch(sorted, v) >= 0) {
        return true;
      }
    }
    return false;
  }
}
