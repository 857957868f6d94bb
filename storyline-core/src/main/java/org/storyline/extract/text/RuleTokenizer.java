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

  /** The length of the longest abbreviation of {@link #NEVER_FINAL} and {@link #MAY_END}. */
  private static final int LONGEST_ABBREVIATION = java.util.stream.Stream.concat(NEVER_FINAL.stream(), MAY_END.stream())
      .mapToInt(String::length).max().orElse(0);

  /** Words that typically open a sentence, used after an abbreviation that may end one. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
      "these", "those", "his", "her", "their", "its", "our", "there", "as", "after", "before", "while", "when", "if",
      "meanwhile", "however", "still", "yet", "so", "also", "officials", "for", "with", "some", "many", "no", "one");

  /** Clitics after a letter, each with a straight and a curly apostrophe. */
  private static final String[] CLITICS = {"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"};

  @Override
  public List<Sentence> sentences(String text) {
    return new Scan(text).sentences();
  }

  /**
   * The sentences of {@code tokens}, all of one paragraph of a text (no blank line among them) and
   * in order, as {@link #sentences} splits that paragraph's text on its own, the tokens' offsets
   * kept. A caller that has a text's tokens finds each paragraph's sentences without tokenising
   * it again: white space parts every token, so a paragraph's tokens are the same either way.
   */
  public List<Sentence> sentencesOf(List<Token> tokens) {
    return group(tokens, new int[0], 0);
  }

  /** White space, including no-break spaces (U+00A0, U+202F) and zero-width spaces, which news text is full of. */
  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, most characters: the look-ups below cost more than the text's scan
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /**
   * One text being tokenised. Its characters are read from a copy in an array: a text with a
   * single curly quote is stored two bytes a character, and each {@code charAt} of such a string
   * checked its index in a call of its own (the quick compiler does not remove it), a sixth of
   * the tokenizer's time; rarer checks that read a few characters still ask the string.
   */
  private static final class Scan {
    private final String text;
    private final char[] c;
    private final List<Token> tokens = new ArrayList<>();

    Scan(String text) {
      this.text = text;
      this.c = text.toCharArray();
    }

    List<Sentence> sentences() {
      int[] paragraphStarts = new int[8]; // token indices that follow a blank line
      int paragraphs = 0;
      char[] c = this.c;
      int i = 0;
      int n = c.length;
      while (i < n) {
        int newlines = 0;
        while (i < n && isSpace(c[i])) {
          if (c[i] == '\n') {
            newlines++;
          }
          i++;
        }
        if (i >= n) {
          break;
        }
        if (newlines >= 2 && !tokens.isEmpty()) {
          if (paragraphs == paragraphStarts.length) {
            paragraphStarts = java.util.Arrays.copyOf(paragraphStarts, 2 * paragraphs);
          }
          paragraphStarts[paragraphs++] = tokens.size();
        }
        int end = i;
        while (end < n && !isSpace(c[end])) {
          end++;
        }
        splitChunk(i, end);
        i = end;
      }
      return group(tokens, paragraphStarts, paragraphs);
    }

    /** Tokenises one white-space-free chunk {@code [start, end)}. */
    private void splitChunk(int start, int end) {
      // opening quotes and brackets
      while (start < end && isOpening(c[start]) && !isClitic(start, end)) {
        add(start, start + 1);
        start++;
      }
      // closing punctuation, quotes, brackets, ellipses, peeled from the right: most chunks have none,
      // so the list of them is made only when one is found
      List<Token> tail = null;
      for (int cut = trailingCut(start, end); cut < end; cut = trailingCut(start, end)) {
        if (tail == null) {
          tail = new ArrayList<>(2);
        }
        tail.add(token(text, cut, end));
        end = cut;
      }
      if (start < end) {
        splitInner(start, end);
      }
      if (tail != null) {
        for (int k = tail.size() - 1; k >= 0; k--) {
          tokens.add(tail.get(k));
        }
      }
    }

    /**
     * Where the last token of {@code [start, end)} begins when it is closing punctuation, a quote, a
     * bracket, an ellipsis or a sentence's period; {@code end} when the chunk ends otherwise.
     */
    private int trailingCut(int start, int end) {
      if (start >= end) {
        return end;
      }
      char last = c[end - 1];
      if (isTrailing(last) || isClosing(last) || last == '…') {
        return end - 1;
      }
      if (last != '.') {
        return end;
      }
      if (end - start >= 3 && c[end - 2] == '.' && c[end - 3] == '.') {
        return end - 3;
      }
      return keepsPeriod(text, start, end) ? end : end - 1;
    }

    /** Splits dashes, currency and percent signs, and clitics inside a chunk stripped of its edges. */
    private void splitInner(int start, int end) {
      if (isUrlOrEmail(start, end)) {
        add(start, end);
        return;
      }
      int dash = findDash(start, end);
      if (dash >= 0) {
        int dashEnd = c[dash] == '-' ? dash + 2 : dash + 1; // findDash finds a hyphen only as "--"
        if (dash > start) {
          splitInner(start, dash);
        }
        add(dash, dashEnd);
        if (dashEnd < end) {
          splitChunk(dashEnd, end);
        }
        return;
      }
      char first = c[start];
      if ((first == '$' || first == '€' || first == '£' || first == '¥') && end - start > 1) {
        add(start, start + 1);
        start++;
      }
      int percent = c[end - 1] == '%' && end - start > 1 ? end - 1 : -1;
      int wordEnd = percent >= 0 ? percent : end;
      int clitic = cliticStart(start, wordEnd);
      if (clitic > start) {
        add(start, clitic);
        add(clitic, wordEnd);
      } else {
        add(start, wordEnd);
      }
      if (percent >= 0) {
        add(percent, end);
      }
    }

    /** A dash between words: em dash, en dash between letters, or a double hyphen. */
    private int findDash(int start, int end) {
      char[] c = this.c;
      for (int k = start; k < end; k++) {
        char ch = c[k];
        if (ch == '—' || ch == '―') {
          return k;
        }
        if (ch == '–' && !(k > start && k + 1 < end && Character.isDigit(c[k - 1]) && Character.isDigit(c[k + 1]))) {
          return k;
        }
        if (ch == '-' && k + 1 < end && c[k + 1] == '-') {
          return k;
        }
      }
      return -1;
    }

    /** Where a clitic begins ('s, n't, 're, 've, 'll, 'd, 'm, or a bare possessive ’), or -1. */
    private int cliticStart(int start, int end) {
      if (!has(start, end, '\'', '’')) {
        return -1; // every clitic has one; the fast path for most words
      }
      return RuleTokenizer.cliticStart(text, start, end); // rare: the string's case-blind comparisons
    }

    private boolean isClitic(int start, int end) {
      return cliticStart(start, end) == start;
    }

    /** Whether {@code [start, end)} holds {@code a} or {@code b}: one scan for both. */
    private boolean has(int start, int end, char a, char b) {
      char[] c = this.c;
      for (int k = start; k < end; k++) {
        char ch = c[k];
        if (ch == a || ch == b) {
          return true;
        }
      }
      return false;
    }

    private boolean isUrlOrEmail(int start, int end) {
      boolean www = start + 4 <= c.length && c[start] == 'w' && c[start + 1] == 'w' && c[start + 2] == 'w' && c[start + 3] == '.';
      if (!www && !has(start, end, ':', '@')) {
        return false; // the fast path for most words
      }
      String chunk = text.substring(start, end);
      return chunk.contains("://") || chunk.startsWith("www.") || chunk.indexOf('@') > 0 && chunk.indexOf('.') > 0;
    }

    private void add(int start, int end) {
      tokens.add(token(text, start, end));
    }
  }

  private static boolean isOpening(int c) {
    return switch (c) {
      case '"', '“', '‘', '\'', '(', '[', '{', '«' -> true;
      default -> false;
    };
  }

  private static boolean isClosing(char c) {
    return switch (c) {
      case '"', '”', '’', '\'', ')', ']', '}', '»' -> true;
      default -> false;
    };
  }

  private static boolean isTrailing(char c) {
    return switch (c) {
      case ',', ';', ':', '!', '?' -> true;
      default -> false;
    };
  }

  /** Groups tokens into sentences. */
  private static List<Sentence> group(List<Token> tokens, int[] paragraphStarts, int paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    int nextParagraph = 0;
    for (int t = 0; t < tokens.size(); t++) {
      while (nextParagraph < paragraphs && paragraphStarts[nextParagraph] <= from) {
        nextParagraph++;
      }
      boolean paragraphEnds = nextParagraph < paragraphs && paragraphStarts[nextParagraph] == t + 1;
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
    if (last.length() == 1 ? isFinal(last.charAt(0)) : last.equals("...")) {
      return canOpen(next.text());
    }
    if (last.charAt(last.length() - 1) != '.') {
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
    if (q.length() != 1 || q.charAt(0) != '"' && q.charAt(0) != '\'' || i + 1 >= tokens.size()) {
      return false;
    }
    boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < tokens.get(i).start();
    return spaceBefore && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  private static boolean canOpen(String token) {
    int c = token.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || isOpening(c) || c == '—' || c == '-';
  }

  private static boolean isClosing(String token) {
    return token.length() == 1 && isClosing(token.charAt(0));
  }

  /** A token of one character that ends a sentence (when the next can open one): . ! ? … */
  private static boolean isFinal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Whether a chunk ending in '.' keeps it: abbreviations, initials, acronyms like U.S. */
  private static boolean keepsPeriod(String text, int start, int end) {
    String raw = text.substring(start, end);
    if (raw.length() <= LONGEST_ABBREVIATION) { // most words before a period are longer: no case folding, no look-up
      String word = raw.toLowerCase(Locale.ROOT);
      if (NEVER_FINAL.contains(word) || MAY_END.contains(word)) {
        return true;
      }
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

  /** Where a clitic begins in a chunk that holds an apostrophe ('s, n't, 're, 've, 'll, 'd, 'm, or a bare possessive ’), or -1. */
  private static int cliticStart(String text, int start, int end) {
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

  private static boolean endsWithIgnoreCase(String text, int start, int end, String suffix) {
    return end - start >= suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
  }

  private static Token token(String text, int start, int end) {
    return new Token(Span.of(start, end), text.substring(start, end));
  }
}
