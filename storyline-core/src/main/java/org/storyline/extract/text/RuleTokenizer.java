package org.storyline.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Span;

/**
 * A fast rule-based tokenizer and sentence splitter for English news text, in the manner of the
 * Penn Treebank: punctuation, quotes and brackets are tokens of their own, clitics are split
 * ({@code Russia’s} is {@code Russia} + {@code ’s}, {@code don't} is {@code do} + {@code n't}),
 * abbreviations keep their period ({@code U.S.}, {@code Jan.}, {@code p.m.}), numbers keep their
 * separators ({@code 94,300}, {@code 3.5}).
 *
 * <p>A sentence ends after {@code .}, {@code !}, {@code ?} or an ellipsis (with any closing quotes
 * and brackets that follow) when the next token can open a sentence, after an abbreviation that
 * may end one ({@code U.S.}) only when a typical sentence opener follows, and always at a blank
 * line. One pass over the characters; no regular expressions.
 */
public final class RuleTokenizer implements Tokenizer {

  /** Abbreviations that never end a sentence: titles, months, "No.". */
  private static final Set<String> NEVER_FINAL = Set.of(
      "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "maj.", "cmdr.",
      "adm.", "prof.", "rev.", "st.", "pres.", "sec.", "amb.", "supt.", "insp.", "det.", "cpl.", "pvt.", "hon.",
      "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
      "no.", "nos.", "vs.", "v.", "approx.", "est.", "ft.", "mt.", "fig.", "vol.", "e.g.", "i.e.");

  /** Abbreviations that keep their period but may end a sentence. */
  private static final Set<String> MAY_END = Set.of(
      "inc.", "co.", "corp.", "ltd.", "jr.", "sr.", "etc.", "bros.", "llc.", "plc.", "a.m.", "p.m.",
      "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.",
      "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.",
      "pa.", "penn.", "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo.", "ave.", "blvd.", "rd.", "dept.",
      "univ.", "govt.", "gov't.", "min.", "max.", "cf.");

  /** Words that typically open a sentence, used after an abbreviation that may end one. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
      "these", "those", "his", "her", "their", "its", "our", "there", "as", "after", "before", "while", "when", "if",
      "meanwhile", "however", "still", "yet", "so", "also", "officials", "for", "with", "some", "many", "no", "one");

  /** Clitics after a letter, each with a straight and a curly apostrophe. */
  private static final String[] CLITICS = {"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"};

  private static final String OPENING = "\"“‘'([{«";
  private static final String CLOSING = "\"”’')]}»";
  private static final String TRAILING = ",;:!?";

  @Override
  public List<Sentence> sentences(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Integer> paragraphStarts = new ArrayList<>(); // token indices that follow a blank line
    int i = 0;
    int n = text.length();
    while (i < n) {
      int newlines = 0;
      while (i < n && isSpace(text.charAt(i))) {
        if (text.charAt(i) == '\n') {
          newlines++;
        }
        i++;
      }
      if (i >= n) {
        break;
      }
      if (newlines >= 2 && !tokens.isEmpty()) {
        paragraphStarts.add(tokens.size());
      }
      int end = i;
      while (end < n && !isSpace(text.charAt(end))) {
        end++;
      }
      splitChunk(text, i, end, tokens);
      i = end;
    }
    return group(text, tokens, paragraphStarts);
  }

  /** White space, including no-break spaces (U+00A0, U+202F) and zero-width spaces, which news text is full of. */
  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, most characters: the look-ups below cost more than the text's scan
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** Tokenises one white-space-free chunk {@code [start, end)}. */
  private static void splitChunk(String text, int start, int end, List<Token> out) {
    // opening quotes and brackets
    while (start < end && OPENING.indexOf(text.charAt(start)) >= 0 && !isClitic(text, start, end)) {
      out.add(token(text, start, start + 1));
      start++;
    }
    // closing punctuation, quotes, brackets, ellipses, peeled from the right: most chunks have none,
    // so the list of them is made only when one is found
    List<Token> tail = null;
    for (int cut = trailingCut(text, start, end); cut < end; cut = trailingCut(text, start, end)) {
      if (tail == null) {
        tail = new ArrayList<>(2);
      }
      tail.add(token(text, cut, end));
      end = cut;
    }
    if (start < end) {
      splitInner(text, start, end, out);
    }
    if (tail != null) {
      for (int k = tail.size() - 1; k >= 0; k--) {
        out.add(tail.get(k));
      }
    }
  }

  /**
   * Where the last token of {@code [start, end)} begins when it is closing punctuation, a quote, a
   * bracket, an ellipsis or a sentence's period; {@code end} when the chunk ends otherwise.
   */
  private static int trailingCut(String text, int start, int end) {
    if (start >= end) {
      return end;
    }
    char last = text.charAt(end - 1);
    if (TRAILING.indexOf(last) >= 0 || CLOSING.indexOf(last) >= 0 || last == '…') {
      return end - 1;
    }
    if (endsWith(text, start, end, "...")) {
      return end - 3;
    }
    if (last == '.' && !keepsPeriod(text, start, end)) {
      return end - 1;
    }
    return end;
  }

  /** Splits dashes, currency and percent signs, and clitics inside a chunk stripped of its edges. */
  private static void splitInner(String text, int start, int end, List<Token> out) {
    if (isUrlOrEmail(text, start, end)) {
      out.add(token(text, start, end));
      return;
    }
    int dash = findDash(text, start, end);
    if (dash >= 0) {
      int dashEnd = text.startsWith("--", dash) ? dash + 2 : dash + 1;
      if (dash > start) {
        splitInner(text, start, dash, out);
      }
      out.add(token(text, dash, dashEnd));
      if (dashEnd < end) {
        splitChunk(text, dashEnd, end, out);
      }
      return;
    }
    char first = text.charAt(start);
    if ((first == '$' || first == '€' || first == '£' || first == '¥') && end - start > 1) {
      out.add(token(text, start, start + 1));
      start++;
    }
    int percent = text.charAt(end - 1) == '%' && end - start > 1 ? end - 1 : -1;
    int wordEnd = percent >= 0 ? percent : end;
    int clitic = cliticStart(text, start, wordEnd);
    if (clitic > start) {
      out.add(token(text, start, clitic));
      out.add(token(text, clitic, wordEnd));
    } else {
      out.add(token(text, start, wordEnd));
    }
    if (percent >= 0) {
      out.add(token(text, percent, end));
    }
  }

  /** Groups tokens into sentences. */
  private static List<Sentence> group(String text, List<Token> tokens, List<Integer> paragraphStarts) {
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    int nextParagraph = 0;
    for (int t = 0; t < tokens.size(); t++) {
      while (nextParagraph < paragraphStarts.size() && paragraphStarts.get(nextParagraph) <= from) {
        nextParagraph++;
      }
      boolean paragraphEnds = nextParagraph < paragraphStarts.size() && paragraphStarts.get(nextParagraph) == t + 1;
      if (t + 1 == tokens.size() || paragraphEnds || endsSentence(tokens, t)) {
        sentences.add(sentence(sentences.size(), tokens.subList(from, t + 1)));
        from = t + 1;
      }
    }
    return sentences;
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    return new Sentence(index, Span.of(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()), tokens);
  }

  /** Whether a sentence ends after token {@code t} (the next token exists). */
  private static boolean endsSentence(List<Token> tokens, int t) {
    Token next = tokens.get(t + 1);
    if (opensQuote(tokens, t)) {
      return false; // a straight quote that opens the next sentence already
    }
    if (isClosing(next.text()) && !opensQuote(tokens, t + 1)) {
      return false; // the closing quote belongs to this sentence
    }
    int end = t;
    while (end > 0 && isClosing(tokens.get(end).text())) {
      end--;
    }
    String last = tokens.get(end).text();
    if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("…") || last.equals("...")) {
      return canOpen(next.text());
    }
    if (!last.endsWith(".")) {
      return false; // most tokens: no abbreviation, nothing to look up
    }
    if (last.length() > 1 && MAY_END.contains(last.toLowerCase(Locale.ROOT)) || isAcronym(last)) {
      return OPENERS.contains(next.text().toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** A straight quote with a space before it and a word right after it: {@code said. "We} opens. */
  private static boolean opensQuote(List<Token> tokens, int i) {
    String q = tokens.get(i).text();
    if (!q.equals("\"") && !q.equals("'") || i + 1 >= tokens.size()) {
      return false;
    }
    boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < tokens.get(i).start();
    return spaceBefore && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  private static boolean canOpen(String token) {
    int c = token.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0 || c == '—' || c == '-';
  }

  private static boolean isClosing(String token) {
    return token.length() == 1 && CLOSING.indexOf(token.charAt(0)) >= 0;
  }

  /** Whether a chunk ending in '.' keeps it: abbreviations, initials, acronyms like U.S. */
  private static boolean keepsPeriod(String text, int start, int end) {
    String raw = text.substring(start, end);
    String word = raw.toLowerCase(Locale.ROOT);
    if (NEVER_FINAL.contains(word) || MAY_END.contains(word)) {
      return true;
    }
    return raw.length() == 2 && Character.isUpperCase(raw.charAt(0)) || isAcronym(raw);
  }

  /** Letters alternating with periods: U.S., U.K., p.m., D.C. */
  private static boolean isAcronym(String word) {
    if (word.length() < 4 || !word.endsWith(".")) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      boolean letterPlace = k % 2 == 0;
      char c = word.charAt(k);
      if (letterPlace ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Where a clitic begins ('s, n't, 're, 've, 'll, 'd, 'm, or a bare possessive ’), or -1. */
  private static int cliticStart(String text, int start, int end) {
    if (!hasApostrophe(text, start, end)) {
      return -1; // every clitic has one; the fast path for most words
    }
    int len = end - start;
    if (len > 3 && endsWithIgnoreCase(text, start, end, "n't") || len > 3 && endsWithIgnoreCase(text, start, end, "n’t")) {
      return end - 3;
    }
    for (String c : CLITICS) {
      if (len > c.length() && endsWithIgnoreCase(text, start, end, c) && Character.isLetter(text.charAt(end - c.length() - 1))) {
        return end - c.length();
      }
    }
    return -1;
  }

  private static boolean isClitic(String text, int start, int end) {
    return cliticStart(text, start, end) == start;
  }

  /** A dash between words: em dash, en dash between letters, or a double hyphen. */
  private static int findDash(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '—' || c == '―') {
        return k;
      }
      if (c == '–' && !(k > start && k + 1 < end && Character.isDigit(text.charAt(k - 1)) && Character.isDigit(text.charAt(k + 1)))) {
        return k;
      }
      if (c == '-' && k + 1 < end && text.charAt(k + 1) == '-') {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasApostrophe(String text, int start, int end) {
    return has(text, start, end, '\'', '’');
  }

  /** Whether {@code [start, end)} holds {@code a} or {@code b}: one scan for both. */
  private static boolean has(String text, int start, int end, char a, char b) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == a || c == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUrlOrEmail(String text, int start, int end) {
    if (!has(text, start, end, ':', '@') && !text.startsWith("www.", start)) {
      return false; // the fast path for most words
    }
    String chunk = text.substring(start, end);
    return chunk.contains("://") || chunk.startsWith("www.") || chunk.indexOf('@') > 0 && chunk.indexOf('.') > 0;
  }

  private static boolean endsWith(String text, int start, int end, String suffix) {
    return end - start >= suffix.length() && text.startsWith(suffix, end - suffix.length());
  }

  private static boolean endsWithIgnoreCase(String text, int start, int end, String suffix) {
    return end - start >= suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
  }

  private static Token token(String text, int start, int end) {
    return new Token(Span.of(start, end), text.substring(start, end));
  }
}
