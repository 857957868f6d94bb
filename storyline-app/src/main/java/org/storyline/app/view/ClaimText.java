package org.storyline.app.view;

import java.util.ArrayList;
import java.util.List;
import org.storyline.engine.ClaimSummary;
import org.storyline.reconcile.claim.ClaimValues;

/**
 * A claim group as text, by value: a heading, when the values disagree the two that show it, then
 * each value with the articles giving it, one line an article ("×2" when it gives the value twice).
 * As many lines as the summary holds values and sources, and one "and N more" line for the rest.
 *
 * <pre>
 * 3f2a.../1  troops (Russia)  COUNT  NONE  DISAGREE  5 claims from 4 articles, 3 values
 *   disagree: estimated 94,300 (Reznikov) vs more than 127,000 (Ukrainian Defense Ministry)
 *   estimated 94,300  1 article
 *     2022-01-24  Reuters            4c0d1e2f3a4b  Reznikov
 *   ...
 * </pre>
 */
public final class ClaimText {

  private ClaimText() {}

  /** The group's lines, without line ends. */
  public static List<String> lines(ClaimSummary g) {
    ClaimValues v = g.values();
    List<String> out = new ArrayList<>();
    out.add(g.id() + "  " + g.thing() + g.owner().map(o -> " (" + o + ")").orElse("") + "  " + g.modality() + "  " + g.unit()
        + (g.disagreement() ? "  DISAGREE" : "") + "  " + count(v.claims(), "claim") + " from " + count(v.articles(), "article")
        + ", " + count(v.distinct(), "value"));
    if (g.disagreement() && v.values().size() > 1) {
      ClaimValues.Value low = v.values().get(0);
      ClaimValues.Value high = v.values().get(1);
      out.add("  disagree: " + low.text() + " " + who(low) + " vs " + high.text() + " " + who(high));
    }
    for (ClaimValues.Value value : v.values()) {
      out.add("  " + value.text() + "  " + count(value.articles(), "article")
          + (value.claims() > value.articles() ? " (" + count(value.claims(), "claim") + ")" : ""));
      for (ClaimValues.Source s : value.sources()) {
        out.add(sourceLine(s));
      }
      if (value.moreSources() > 0) {
        out.add("    and " + count(value.moreSources(), "more article"));
      }
    }
    if (v.moreValues() > 0) {
      out.add("  and " + count(v.moreValues(), "more value") + ": storyline claims " + g.id());
    }
    return out;
  }

  /**
   * "    2022-01-24  Reuters            4c0d1e2f3a4b  Reznikov ×2": padded by hand, as a page can hold
   * thousands of these lines and a format string per line was most of the command's time.
   */
  private static String sourceLine(ClaimValues.Source s) {
    StringBuilder line = new StringBuilder(120).append("    ");
    padded(line, s.published().map(Object::toString).orElse("undated"), 10).append("  ");
    padded(line, Summaries.clip(s.outlet().orElse("-"), 18), 18).append(' ');
    String id = s.article().value();
    padded(line, id.substring(0, Math.min(12, id.length())), 12).append("  ").append(Summaries.clip(s.by(), 60));
    return (s.times() > 1 ? line.append(" ×").append(s.times()) : line).toString();
  }

  private static StringBuilder padded(StringBuilder line, String text, int width) {
    line.append(text);
    for (int i = text.length(); i < width; i++) {
      line.append(' ');
    }
    return line;
  }

  /** "(Reznikov)", "(the article)": who gives a value first. */
  private static String who(ClaimValues.Value v) {
    String by = Summaries.clip(v.sources().get(0).by(), 60);
    return by.startsWith("(") ? by : "(" + by + ")";
  }

  /** "1 article", "3 articles". */
  static String count(int n, String what) {
    return grouped(n) + " " + what + (n == 1 ? "" : "s");
  }

  /** "1,234": digits in groups of three, as {@code %,d} writes them in the root locale. */
  static String grouped(int n) {
    String digits = Long.toString(Math.abs((long) n));
    StringBuilder out = new StringBuilder(digits.length() + 4);
    if (n < 0) {
      out.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
