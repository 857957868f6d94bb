package org.storyline.cluster;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.Span;

/**
 * Turns an article into its {@link ArticleProfile}, counting its terms into the document
 * frequencies first (so IDF is that of the articles seen so far, this one included).
 *
 * <p>Terms are lower-cased words of letters and digits, stop words and one-letter words left out.
 * A word capitalised inside a sentence (a name, a place, a street) weighs {@code caps.boost}; a
 * title word {@code title.boost}. The title loses a trailing site name ("... :: WRAL.com").
 *
 * <p>A line that recent articles have already had {@code boilerplate.docs} times (a sign-in box,
 * a site's footer, a newsletter plea) is left out, and its words do not count towards {@code
 * min.words}: such lines would otherwise tie together unrelated articles of one site.
 */
final class Profiler {

  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
      "would", "could", "should", "may", "might", "must", "can", "that", "this", "these", "those", "it", "its",
      "he", "she", "they", "them", "his", "her", "their", "him", "we", "our", "you", "your", "i", "me", "my",
      "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so", "if", "than", "then",
      "there", "here", "also", "about", "after", "before", "into", "over", "up", "out", "said", "says", "say",
      "just", "more", "most", "some", "any", "all", "one", "two", "new", "other", "s", "t", "mr", "ms", "mrs",
      "while", "during", "through", "because", "until", "against", "between", "both", "each", "only",
      "own", "same", "very", "now", "get", "got", "like", "according", "told", "tell", "per", "via");

  private final Vocabulary vocabulary;
  private final LineCounter lines;
  private final int boilerplateDocs;
  private final int articleTerms;
  private final float capsBoost;
  private final float titleBoost;

  Profiler(Vocabulary vocabulary, ClusterConfig config) {
    this.vocabulary = vocabulary;
    this.lines = new LineCounter(config.getInt("boilerplate.generation"));
    this.boilerplateDocs = config.getInt("boilerplate.docs");
    this.articleTerms = config.getInt("terms.article");
    this.capsBoost = (float) config.get("caps.boost");
    this.titleBoost = (float) config.get("title.boost");
  }

  ArticleProfile profile(Article a) {
    Map<Integer, float[]> tf = new HashMap<>(); // id -> {text weight, title weight, capitalised count}
    String title = cleanTitle(a.title());
    if (title != null) {
      scan(title, 0, title.length(), tf, titleBoost, true);
    }
    String text = a.text();
    Span head = a.layout().headline();
    Span byline = a.layout().byline();
    int words = 0;
    List<Long> hashes = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      boolean isHead = head != null && head.start() <= start && start < head.end();
      boolean isByline = byline != null && byline.start() <= start && start < byline.end();
      long h = lineHash(text, start, end);
      if (h != 0) {
        hashes.add(h);
      }
      if (isHead) {
        if (title == null) {
          scan(text, start, end, tf, titleBoost, true);
        }
      } else if (!isByline && (h == 0 || lines.count(h) < boilerplateDocs)) {
        words += scan(text, start, end, tf, 1, false);
      }
      start = end + 1;
    }
    lines.countDocument(hashes);
    int n = tf.size();
    int[] ids = new int[n];
    float[] textW = new float[n];
    float[] titleW = new float[n];
    float[] namesW = new float[n];
    int i = 0;
    for (Map.Entry<Integer, float[]> e : tf.entrySet()) {
      ids[i] = e.getKey();
      textW[i] = e.getValue()[0];
      titleW[i] = e.getValue()[1];
      namesW[i] = e.getValue()[2];
      i++;
    }
    vocabulary.countDocument(ids, n);
    for (int k = 0; k < n; k++) {
      double idf = vocabulary.idf(ids[k]);
      textW[k] = textW[k] > 0 ? (float) ((1 + Math.log(textW[k])) * idf) : 0;
      titleW[k] = titleW[k] > 0 ? (float) idf : 0;
      namesW[k] = namesW[k] > 0 ? (float) ((1 + Math.log(namesW[k])) * idf * idf) : 0;
    }
    TermVector textVector = TermVector.of(ids, textW, n, articleTerms);
    TermVector titleVector = TermVector.of(ids, titleW, n, articleTerms);
    TermVector namesVector = TermVector.of(ids, namesW, n, articleTerms);
    var date = a.publishedOpt().map(p -> p.date()).orElse(null);
    return new ArticleProfile(a.id(), textVector, titleVector, namesVector, date, date, words, outlet(a));
  }

  /**
   * Adds the terms of {@code s[from, to)} (minus {@code skip}) to {@code tf}: into slot 0 with the
   * given base weight (caps-boosted), and also into slot 1 (title) when {@code title}. Returns the
   * number of words seen.
   */
  private int scan(String s, int from, int to, Map<Integer, float[]> tf, float weight, boolean title) {
    int words = 0;
    int i = from;
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
      words++;
      boolean upper = Character.isUpperCase(s.charAt(start));
      boolean initial = sentenceStart;
      sentenceStart = false;
      if (i - start < 2) {
        continue;
      }
      String term = s.substring(start, i).toLowerCase(Locale.ROOT);
      if (STOP.contains(term) || isShortNumber(term)) {
        continue;
      }
      int id = vocabulary.id(term);
      if (!initial && !title) {
        vocabulary.countCase(id, upper);
      }
      // a capitalised first word of a sentence is a name when the word is mostly seen capitalised
      boolean caps = upper && (!initial || vocabulary.mostlyCapitalised(id));
      float[] slot = tf.computeIfAbsent(id, k -> new float[3]);
      if (caps && !title) {
        slot[2] += 1;
      }
      slot[0] += caps ? weight * capsBoost : weight;
      if (title) {
        slot[1] += 1;
      }
    }
    return words;
  }

  /** A hash of the letters of a line, lower-cased; 0 for a line of fewer than 8 letters. */
  static long lineHash(String s, int from, int to) {
    long h = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        h = h * 1_000_003 + Character.toLowerCase(c);
        letters++;
      }
    }
    return letters < 8 ? 0 : h | 1;
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

  /** The title without a site name after " | ", " :: ", " - " or " — ": the longest part is kept. */
  static String cleanTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = title.split(" (\\||::|-|\u2013|\u2014) ");
    return Arrays.stream(parts).max((x, y) -> Integer.compare(x.length(), y.length())).orElse(title).strip();
  }

  /** The title without a site name, else the text's headline line, else its opening words. */
  static String headline(Article a) {
    String title = cleanTitle(a.title());
    if (title != null) {
      return title;
    }
    String text = a.text();
    Span head = a.layout().headline();
    String line = head != null ? head.of(text) : text.strip().split("\n", 2)[0];
    line = line.replaceAll("\\s+", " ").strip();
    return line.length() <= 100 ? line : line.substring(0, 99) + "\u2026";
  }

  /** The outlet, else the host of the address without {@code www.}; null when neither is known. */
  static String outlet(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet().strip();
    }
    if (a.url() == null) {
      return null;
    }
    try {
      String url = a.url();
      int wayback = url.indexOf("/http", 8);
      if (url.contains("web.archive.org") && wayback > 0) {
        url = url.substring(wayback + 1);
      }
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
