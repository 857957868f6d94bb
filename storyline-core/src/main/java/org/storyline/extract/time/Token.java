package org.storyline.extract.time;

/**
 * One token of a text: a word (with its abbreviation dot, "Jan.", "p.m."), a number ("10",
 * "200,000", "10:30", "1990s", "10th") or one punctuation character.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param text the chars as written
 * @param lower {@code text} in lower case, with a trailing dot removed
 * @param kind what the token is
 * @param spaceBefore whether whitespace separates it from the token before
 * @param sentence index of the sentence the token is in
 */
record Token(int start, int end, String text, String lower, Kind kind, boolean spaceBefore, int sentence) {

  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** The integer value of a plain number token, or -1 when it is not one. */
  int intValue() {
    if (kind != Kind.NUMBER || text.length() > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
