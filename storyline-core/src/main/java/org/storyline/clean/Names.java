package org.storyline.clean;

/** Regular-expression pieces for proper names, shared by the layout and outlet finders. */
final class Names {

  /** A capitalised word: "Fox", "AT&T", "U.S.", "Smith-Jones". */
  static final String CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&.-]*";

  /**
   * A proper name: capitalised words, possibly joined by "and", "of", "the" or "&" when a
   * capitalised word follows ("Stars and Stripes", "The Times of India", "Fox News").
   */
  static final String NAME = CAP_WORD + "(?:\\s+(?:(?:and|of|the|&)\\s+)?" + CAP_WORD + ")*";

  private Names() {}

  /** {@code name} without the sentence punctuation a greedy match may have taken along. */
  static String trimPunctuation(String name) {
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ',' || name.charAt(end - 1) == '-')) {
      end--;
    }
    return name.substring(0, end);
  }
}
