package org.storyline.extract.time;

import java.util.List;

/**
 * The tokens of one text as the grammar reads them: by index, where an index outside the text
 * reads as the empty word (or null), so that a rule may look ahead or behind without checking
 * bounds.
 */
final class ScanTokens {

  private final Token[] tokens;
  /** The tokens' lower-case texts, which the rules read far more often than anything else of them. */
  private final String[] lower;
  private final int n;

  ScanTokens(List<Token> tokens) {
    this.tokens = tokens.toArray(new Token[0]);
    this.n = this.tokens.length;
    this.lower = new String[n];
    for (int k = 0; k < n; k++) {
      lower[k] = this.tokens[k].lower();
    }
  }

  int size() {
    return n;
  }

  /** Token {@code k}, which must exist. */
  Token get(int k) {
    return tokens[k];
  }

  /** The lower-case text of token {@code k}; "" outside the text. */
  String w(int k) {
    return k >= 0 && k < n ? lower[k] : "";
  }

  /** Token {@code k}; null outside the text. */
  Token tok(int k) {
    return k >= 0 && k < n ? tokens[k] : null;
  }

  boolean is(int k, String lower) {
    return w(k).equals(lower);
  }

  /** Whether tokens {@code k} and {@code k + 1} are a possessive "'s" (the tokenizer splits it). */
  boolean possessive(int k) {
    return (is(k, "'") || is(k, "\u2019")) && is(k + 1, "s") && joined(k) && joined(k + 1);
  }

  /** Whether token {@code k} follows the one before it without whitespace. */
  boolean joined(int k) {
    return k < n && !tokens[k].spaceBefore();
  }
}
