package org.storyline.extract.quote.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/**
 * Scores extracted quotes against PolNeAR attributions.
 *
 * <p>A system quote matches a gold attribution when the characters they share are at least half
 * of the gold content; pairs are made one to one, greedily by overlap. The speaker of a match is
 * right when the system's speaker mention overlaps the gold source, or the speaker's name equals,
 * case-insensitively and without surrounding punctuation, the source text or its last word.
 */
public final class QuoteScorer {

  /** Which gold attributions count, and how much of them. */
  public enum Variant {
    /** Gold: attributions whose content holds a double quotation mark; system: quotes with quoted words. */
    DIRECT("direct quotes"),
    /** As {@link #DIRECT}, with each gold content cut down to its quoted words, marks included. */
    QUOTED_WORDS("direct quotes, gold cut to the quoted words"),
    /** Every attribution and every quote, direct or indirect. */
    ALL("all attributions");

    final String label;

    Variant(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What went wrong with one quote, for error listings.
   *
   * @param miss why a gold quote was not found with its speaker; null for a spurious quote
   */
  public record Error(String document, String kind, Span span, String detail, MissKind miss) {}

  private QuoteScorer() {}

  /** Scores one document's quotes into {@code counts}; errors go to {@code errors}. */
  public static void score(PolnearDocument doc, List<Quote> quotes, Variant variant, Counts counts,
      Consumer<Error> errors) {
    String text = doc.text();
    List<GoldAttribution> gold = new ArrayList<>();
    List<List<Span>> goldSpans = new ArrayList<>();
    for (GoldAttribution g : doc.attributions()) {
      if (variant == Variant.ALL || g.isDirect(text)) {
        List<Span> spans = variant == Variant.QUOTED_WORDS ? quotedWords(g.content(), text) : g.content();
        if (!spans.isEmpty()) {
          gold.add(g);
          goldSpans.add(spans);
        }
      }
    }
    List<Quote> system = variant == Variant.ALL ? quotes : quotes.stream().filter(Quote::isDirect).toList();
    record Pair(int gold, int system, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int size = length(goldSpans.get(g));
      for (int s = 0; s < system.size(); s++) {
        int overlap = overlap(goldSpans.get(g), system.get(s).content());
        if (overlap > 0 && 2 * overlap >= size) {
          pairs.add(new Pair(g, s, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] systemUsed = new boolean[system.size()];
    int matched = 0;
    int right = 0;
    for (Pair p : pairs) {
      if (goldUsed[p.gold()] || systemUsed[p.system()]) {
        continue;
      }
      goldUsed[p.gold()] = true;
      systemUsed[p.system()] = true;
      matched++;
      GoldAttribution g = gold.get(p.gold());
      Speaker speaker = system.get(p.system()).speaker();
      if (speakerRight(speaker, g, text)) {
        right++;
      } else {
        errors.accept(new Error(doc.name(), "wrong speaker", system.get(p.system()).span(),
            "system " + (speaker == null ? "none" : "'" + speaker.name() + "' at '" + speaker.mention().of(text) + "'")
                + ", gold '" + g.sourceText() + "'", MissKind.ofWrongSpeaker(g, system.get(p.system()), text)));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldUsed[g]) {
        Span all = Span.of(goldSpans.get(g).get(0).start(), goldSpans.get(g).get(goldSpans.get(g).size() - 1).end());
        List<Span> spans = goldSpans.get(g);
        boolean partly = system.stream().anyMatch(q -> overlap(spans, q.content()) > 0);
        errors.accept(new Error(doc.name(), "missed", all, "gold source '" + gold.get(g).sourceText() + "'",
            partly ? MissKind.PARTLY_FOUND : MissKind.NOT_FOUND));
      }
    }
    for (int s = 0; s < system.size(); s++) {
      if (!systemUsed[s]) {
        Speaker speaker = system.get(s).speaker();
        errors.accept(new Error(doc.name(), "spurious", system.get(s).span(),
            "system speaker " + (speaker == null ? "none" : "'" + speaker.name() + "'"), null));
      }
    }
    counts.add(gold.size(), system.size(), matched, right);
  }

  static boolean speakerRight(Speaker speaker, GoldAttribution gold, String text) {
    if (speaker == null || gold.source().isEmpty()) {
      return false;
    }
    for (Span s : gold.source()) {
      if (s.overlaps(speaker.mention())) {
        return true;
      }
    }
    String name = normalise(speaker.name());
    String source = normalise(gold.sourceText());
    String lastWord = normalise(source.substring(source.lastIndexOf(' ') + 1));
    return !name.isEmpty() && (name.equals(source) || name.equals(lastWord));
  }

  static String normalise(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** The parts of a content between paired double quotation marks, marks included. */
  static List<Span> quotedWords(List<Span> content, String text) {
    List<Integer> marks = new ArrayList<>();
    for (Span s : content) {
      for (int k = s.start(); k < s.end(); k++) {
        char c = text.charAt(k);
        if (c == '"' || c == '“' || c == '”') {
          marks.add(k);
        }
      }
    }
    List<Span> out = new ArrayList<>();
    int end = content.get(content.size() - 1).end();
    for (int i = 0; i < marks.size(); i += 2) {
      int from = marks.get(i);
      int to = i + 1 < marks.size() ? marks.get(i + 1) + 1 : end;
      for (Span s : content) {
        int a = Math.max(from, s.start());
        int b = Math.min(to, s.end());
        if (a < b) {
          out.add(Span.of(a, b));
        }
      }
    }
    return out;
  }

  static int overlap(List<Span> a, List<Span> b) {
    int shared = 0;
    for (Span x : a) {
      for (Span y : b) {
        shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return shared;
  }

  private static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }

  /** Running totals of one variant. */
  public static final class Counts {
    private int gold;
    private int system;
    private int matched;
    private int speakerRight;

    void add(int gold, int system, int matched, int speakerRight) {
      this.gold += gold;
      this.system += system;
      this.matched += matched;
      this.speakerRight += speakerRight;
    }

    public int gold() {
      return gold;
    }

    public int system() {
      return system;
    }

    public int matched() {
      return matched;
    }

    public int speakerRight() {
      return speakerRight;
    }

    public double precision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Of the matched quotes, the share with the right speaker. */
    public double speakerAccuracy() {
      return matched == 0 ? 0 : (double) speakerRight / matched;
    }

    /** Of the gold quotes, the share found with the right speaker. */
    public double endToEndRecall() {
      return gold == 0 ? 0 : (double) speakerRight / gold;
    }
  }
}
