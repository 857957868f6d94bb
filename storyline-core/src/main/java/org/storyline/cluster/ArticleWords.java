package org.storyline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.lexicon.FirstNames;
import org.storyline.model.Article;
import org.storyline.model.Span;

/**
 * An article's words as {@link Profiler} reads them, found from the article alone: the cleaned
 * title's words and, per line of the text, its hash and its words. It needs none of the
 * clusterer's state, so it can be made ahead, on any thread (the engine makes it beside the
 * extraction); the profiler then only does what depends on the articles seen before (document
 * frequencies, which lines are boilerplate, which words are mostly capitalised). Immutable once made.
 */
final class ArticleWords {

  /** Words that are never terms. */
  static final Set<String> STOP = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
      "would", "could", "should", "may", "might", "must", "can", "that", "this", "these", "those", "it", "its",
      "he", "she", "they", "them", "his", "her", "their", "him", "we", "our", "you", "your", "i", "me", "my",
      "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so", "if", "than", "then",
      "there", "here", "also", "about", "after", "before", "into", "over", "up", "out", "said", "says", "say",
      "just", "more", "most", "some", "any", "all", "one", "two", "new", "other", "s", "t", "mr", "ms", "mrs",
      "while", "during", "through", "because", "until", "against", "between", "both", "each", "only",
      "own", "same", "very", "now", "get", "got", "like", "according", "told", "tell", "per", "via");

  final String title;
  /** The cleaned title's words; null without a title. */
  final Segment titleWords;
  final List<Line> lines;

  private ArticleWords(String title, Segment titleWords, List<Line> lines) {
    this.title = title;
    this.titleWords = titleWords;
    this.lines = lines;
  }

  /**
   * A line of the text: its hash ({@link Profiler#lineHash}), whether it is the headline or the
   * byline, and its words: null for the byline, and for the headline when the article has a title
   * (neither is read then).
   */
  record Line(long hash, boolean head, boolean byline, Segment words) {}

  static ArticleWords of(Article a) {
    String title = Profiler.cleanTitle(a.title());
    Segment titleWords = title == null ? null : Segment.of(title, 0, title.length());
    List<Line> lines = lines(a, title != null, false);
    if (a.layout().headline() != null && !hasBody(lines)) {
      // a record kept by its headline alone (a feed item without a description, a page whose text
      // was not kept) is clustered by what it has: its headline is read as its body, and its words
      // count towards min.words as a body's would, so a short headline still stays alone
      lines = lines(a, title != null, true);
    }
    return new ArticleWords(title, titleWords, lines);
  }

  /** The text's lines; the headline's words are read when {@code titled} is false, and as body lines when {@code headAsBody}. */
  private static List<Line> lines(Article a, boolean titled, boolean headAsBody) {
    String text = a.text();
    Span head = a.layout().headline();
    Span byline = a.layout().byline();
    List<Line> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      boolean isHead = !headAsBody && head != null && head.start() <= start && start < head.end();
      boolean isByline = byline != null && byline.start() <= start && start < byline.end();
      boolean read = isHead ? !titled : !isByline;
      lines.add(new Line(Profiler.lineHash(text, start, end), isHead, isByline, read ? Segment.of(text, start, end) : null));
      start = end + 1;
    }
    return lines;
  }

  private static boolean hasBody(List<Line> lines) {
    for (Line l : lines) {
      if (!l.head() && !l.byline() && l.words() != null && l.words().size() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a span of text in order: each lower-cased, with whether it is capitalised, opens a
   * sentence, is read as a term (two letters or more, not a stop word nor a number of one or two
   * digits) and, for a capitalised one, whether it is a first name, whether only spaces part it
   * from the word before, and whether an age (", 17") follows it.
   */
  static final class Segment {
    static final int UPPER = 1;
    static final int OPENS_SENTENCE = 2;
    static final int TERM = 4;
    /** Set for capitalised words only, as the two below. */
    static final int FIRST_NAME = 8;
    static final int SPACES_BEFORE = 16;
    static final int AGE_AFTER = 32;

    final String[] terms;
    private final byte[] flags;
    /** The figures it names ({@link Figures}). */
    final int[] figures;

    private Segment(String[] terms, byte[] flags, int[] figures) {
      this.terms = terms;
      this.flags = flags;
      this.figures = figures;
    }

    int size() {
      return terms.length;
    }

    /** Whether word {@code k} has {@code flag} (one of the constants above). */
    boolean is(int k, int flag) {
      return (flags[k] & flag) != 0;
    }

    /** The words of {@code s[from, to)}; an age after the last one may be read past {@code to}. */
    static Segment of(String s, int from, int to) {
      List<String> terms = new ArrayList<>();
      List<Byte> flags = new ArrayList<>();
      int i = from;
      int lastEnd = -1;
      boolean sentenceStart = true;
      while (i < to) {
        char c = s.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
          if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201C') {
            sentenceStart = true;
          }
          i++;
          continue;
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        String term = s.substring(start, i).toLowerCase(Locale.ROOT);
        boolean upper = Character.isUpperCase(s.charAt(start));
        int f = (upper ? UPPER : 0) | (sentenceStart ? OPENS_SENTENCE : 0);
        if (i - start >= 2 && !STOP.contains(term) && !isShortNumber(term)) {
          f |= TERM;
        }
        if (upper) {
          f |= (FirstNames.contains(s.substring(start, i)) ? FIRST_NAME : 0)
              | (lastEnd >= 0 && onlySpaces(s, lastEnd, start) ? SPACES_BEFORE : 0)
              | (ageFollows(s, i) ? AGE_AFTER : 0);
        }
        sentenceStart = false;
        terms.add(term);
        flags.add((byte) f);
        lastEnd = i;
      }
      byte[] out = new byte[flags.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = flags.get(k);
      }
      return new Segment(terms.toArray(String[]::new), out, Figures.in(s, from, to));
    }

    private static boolean onlySpaces(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (s.charAt(i) != ' ' && s.charAt(i) != '\u00A0') {
          return false;
        }
      }
      return true;
    }

    /** Whether ", 17" follows {@code at} (one to three digits, not a year): the age reports give after a person's name. */
    private static boolean ageFollows(String s, int at) {
      int i = at;
      if (i >= s.length() || s.charAt(i) != ',') {
        return false;
      }
      i++;
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int digits = 0;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
      return digits >= 1 && digits <= 3 && (i == s.length() || !Character.isLetterOrDigit(s.charAt(i)));
    }

    private static boolean isShortNumber(String term) {
      if (term.length() > 2) {
        return false;
      }
      for (int i = 0; i < term.length(); i++) {
        if (!Character.isDigit(term.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
