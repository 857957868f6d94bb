package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's body metric: token 4-shingle overlap.
 *
 * <p>Tokens are the {@code \w+} runs of a text, Unicode-aware (letters, digits, marks and
 * connectors of any script). A text becomes the multiset of its shingles, each run of 4
 * consecutive tokens; a text of 1 to 3 tokens is one shingle of all its tokens, and a text
 * without tokens has no shingles. For one page, {@code tp} is the size of the multiset
 * intersection of the extracted and the expected shingles, {@code fp} what is only extracted and
 * {@code fn} what is only expected. Each page's counts are divided by {@code tp + fp + fn} so
 * that every page weighs the same.
 *
 * <p>Per page, precision is {@code tp / (tp + fp)} and recall {@code tp / (tp + fn)}, with two
 * edge rules: a page with {@code fp = fn = 0} (both texts equal as shingles, both empty
 * included) scores 1 on both; otherwise a page with {@code tp = 0} (nothing right, an empty
 * extraction of a non-empty body included) scores 0 on both. Over many pages, precision and
 * recall are the means of the per-page values and F1 is the harmonic mean of the two means (0
 * when both are 0).
 *
 * <p>Example: expected {@code "a b c d e"} has shingles {@code (a b c d), (b c d e)}; extracted
 * {@code "a b c d"} has {@code (a b c d)}: tp 1, fp 0, fn 1, precision 1, recall 0.5.
 */
public final class ShingleMetric {

  /** Shingle length in tokens. */
  public static final int SHINGLE = 4;

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleMetric() {}

  /** One page's overlap, already divided by {@code tp + fp + fn} (all 0 when both texts have no shingles). */
  public record Counts(double tp, double fp, double fn) {

    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Mean precision and recall over pages, and their harmonic mean. */
  public record Score(double precision, double recall, int pages) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static Score of(List<Counts> pages) {
      Objects.requireNonNull(pages, "pages");
      if (pages.isEmpty()) {
        throw new IllegalArgumentException("no pages to score");
      }
      double p = 0;
      double r = 0;
      for (Counts c : pages) {
        p += c.precision();
        r += c.recall();
      }
      return new Score(p / pages.size(), r / pages.size(), pages.size());
    }
  }

  /** The tokens of {@code text}. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of shingles of {@code text}, each shingle its tokens joined by a space. */
  public static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      shingles.merge(shingle, 1, Integer::sum);
    }
    return shingles;
  }

  /** Compares an extracted text with the expected one. */
  public static Counts compare(String extracted, String expected) {
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(expected, "expected");
    Map<String, Integer> predicted = shingles(extracted);
    Map<String, Integer> truth = shingles(expected);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<String, Integer> e : predicted.entrySet()) {
      int both = Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
      tp += both;
      fp += e.getValue() - both;
    }
    long fn = truth.values().stream().mapToLong(Integer::longValue).sum() - tp;
    long all = tp + fp + fn;
    return all == 0 ? new Counts(0, 0, 0) : new Counts((double) tp / all, (double) fp / all, (double) fn / all);
  }
}
