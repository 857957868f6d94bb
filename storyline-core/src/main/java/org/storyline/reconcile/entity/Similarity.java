package org.storyline.reconcile.entity;

/** String similarities for comparing folded names. */
public final class Similarity {

  private Similarity() {}

  /** The Levenshtein distance: insertions, deletions and substitutions, each costing one. */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters of common
   * prefix), as Winkler (1990) defines it: "martha"/"marhta" is 0.961.
   */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] ma = new boolean[a.length()];
    boolean[] mb = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(b.length() - 1, i + window);
      for (int j = lo; j <= hi; j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < a.length(); i++) {
      if (ma[i]) {
        while (!mb[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
