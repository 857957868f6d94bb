package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into {@link Token}s in one pass, and into sentences: a sentence ends after ".",
 * "!" or "?" (a dot that belongs to a known abbreviation does not end one) and at a blank line.
 */
final class Tokenizer {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
      "capt", "prof", "inc", "corp", "co", "ltd", "vs", "no", "ft", "mt", "rev", "hon", "pres");

  /** US state abbreviations ("Birmingham, Ala."): capitalised only, since some are words too ("Ill.", "Wash."). */
  private static final Set<String> STATES = Set.of(
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
      "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
      "va", "vt", "wash", "wis", "wyo");

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 8);
    int n = text.length();
    int i = 0;
    int sentence = 0;
    boolean endSentence = false;
    while (i < n) {
      int wsStart = i;
      int newlines = 0;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        if (text.charAt(i) == '\n') {
          newlines++;
        }
        i++;
      }
      if (i >= n) {
        break;
      }
      boolean space = i > wsStart || out.isEmpty();
      if (endSentence || newlines >= 2) {
        if (!out.isEmpty()) {
          sentence++;
        }
        endSentence = false;
      }
      char c = text.charAt(i);
      int end;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        end = wordEnd(text, i);
        kind = Token.Kind.WORD;
      } else if (Character.isDigit(c)) {
        end = numberEnd(text, i);
        kind = Token.Kind.NUMBER;
      } else {
        end = i + 1;
        kind = Token.Kind.PUNCT;
      }
      String t = text.substring(i, end);
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".")) {
        lower = lower.substring(0, lower.length() - 1);
      }
      out.add(new Token(i, end, t, lower, kind, space, sentence));
      if (kind == Token.Kind.PUNCT && (c == '.' || c == '!' || c == '?')) {
        endSentence = true;
      }
      i = end;
    }
    return out;
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    // single letters joined by dots: "p.m.", "U.S."
    if (i - start == 1 && i + 1 < n && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))) {
      int j = i;
      while (j + 1 < n && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))
          && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2)))) {
        j += 2;
      }
      if (j < n && text.charAt(j) == '.') {
        j++;
      }
      return j;
    }
    // contractions that are not a possessive: "we'll", "won't"
    if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && Character.isLetter(text.charAt(i + 1))) {
      int j = i + 1;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String suffix = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
      if (!suffix.equals("s")) {
        i = j;
      }
    }
    if (i < n && text.charAt(i) == '.') { // the word is looked up only before a dot: most words are not
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(word) || (STATES.contains(word) && Character.isUpperCase(text.charAt(start)))) {
        i++;
      }
    }
    return i;
  }

  private static int numberEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n && Character.isDigit(text.charAt(i))) {
      i++;
    }
    while (i + 1 < n && ",.:/".indexOf(text.charAt(i)) >= 0 && Character.isDigit(text.charAt(i + 1))) {
      i++;
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    int j = i;
    while (j < n && Character.isLetter(text.charAt(j))) {
      j++;
    }
    // lower-casing never shortens a text, so a suffix of more than two letters is none of these
    String suffix = j - i > 2 ? "" : text.substring(i, j).toLowerCase(Locale.ROOT);
    if (suffix.equals("s") || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
      return j;
    }
    return i;
  }
}
