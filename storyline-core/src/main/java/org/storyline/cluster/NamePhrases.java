package org.storyline.cluster;

import java.util.Arrays;

/**
 * The names of people in an article ("Abdi Abdi"): runs of two to four capitalised words that
 * some article has followed with an age, each with the number of articles that had named it when
 * this one was profiled (this one included). Immutable; ids ascending.
 *
 * <p>Why: a full name that no other story uses is the strongest sign that a report months later
 * (a trial, a sentencing) tells the same incident, while single capitalised words (a city, a
 * common surname) are shared by many stories, and so are the names of places and officials.
 */
public final class NamePhrases {

  static final NamePhrases EMPTY = new NamePhrases(new int[0], new int[0]);

  private final int[] ids;
  private final int[] df;

  private NamePhrases(int[] ids, int[] df) {
    this.ids = ids;
    this.df = df;
  }

  /** The phrases {@code ids} (distinct, any order) and their document frequencies {@code df}, same order. */
  static NamePhrases of(int[] ids, int[] df) {
    if (ids.length != df.length) {
      throw new IllegalArgumentException("ids and df differ in length: " + ids.length + " and " + df.length);
    }
    if (ids.length == 0) {
      return EMPTY;
    }
    long[] packed = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      packed[i] = (long) ids[i] << 32 | df[i] & 0xffffffffL;
    }
    Arrays.sort(packed);
    int[] outIds = new int[ids.length];
    int[] outDf = new int[ids.length];
    for (int i = 0; i < packed.length; i++) {
      outIds[i] = (int) (packed[i] >>> 32);
      outDf[i] = (int) packed[i];
    }
    return new NamePhrases(outIds, outDf);
  }

  public int size() {
    return ids.length;
  }

  public int id(int i) {
    return ids[i];
  }

  /** Articles that had named phrase {@code i} when this profile was made, its own article included. */
  public int df(int i) {
    return df[i];
  }
}
