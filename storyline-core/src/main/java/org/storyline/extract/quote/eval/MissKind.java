package org.storyline.extract.quote.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/**
 * Why a gold quote was not found with its right speaker: the end-to-end misses by kind.
 *
 * <p>A gold quote no system quote matched is {@link #NOT_FOUND} or {@link #PARTLY_FOUND}. A
 * matched quote with a wrong speaker gets the first kind that applies, in the order declared:
 * what the gold source is (none, a pronoun, a description), where it is (another paragraph,
 * after the quote), then how the system came by its speaker (no speaker, no cue of its own, a
 * cue other than the gold one, or the gold cue with another phrase).
 */
public enum MissKind {
  NOT_FOUND("quote not found"),
  PARTLY_FOUND("quote found in part (under half of it)"),
  NO_GOLD_SOURCE("gold has no source"),
  NO_SPEAKER("quote found, no speaker"),
  ACROSS_PARAGRAPHS("gold source in another paragraph"),
  PRONOUN("gold source a pronoun"),
  DESCRIPTION("gold source a description (no name)"),
  NAME_AFTER_QUOTE("gold source a name after the quote"),
  NO_CUE("name before the quote; system quote has no cue (carried on)"),
  WRONG_CUE("name before the quote; system used another cue"),
  SPAN_BOUNDARY("name before the quote; gold cue, another phrase");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which");

  private final String label;

  MissKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind of a matched quote whose speaker is wrong. */
  static MissKind ofWrongSpeaker(GoldAttribution gold, Quote quote, String text) {
    if (gold.source().isEmpty()) {
      return NO_GOLD_SOURCE;
    }
    if (quote.speaker() == null) {
      return NO_SPEAKER;
    }
    Span source = Span.of(gold.source().get(0).start(), gold.source().get(gold.source().size() - 1).end());
    Span content = Span.of(gold.content().get(0).start(), gold.content().get(gold.content().size() - 1).end());
    if (lineBreakBetween(source, content, text)) {
      return ACROSS_PARAGRAPHS;
    }
    String words = QuoteScorer.normalise(gold.sourceText());
    if (PRONOUNS.contains(words)) {
      return PRONOUN;
    }
    if (isDescription(gold.sourceText())) {
      return DESCRIPTION;
    }
    if (source.start() >= content.end()) {
      return NAME_AFTER_QUOTE;
    }
    if (quote.cue() == null) {
      return NO_CUE;
    }
    return overlaps(gold.cue(), quote.cue()) ? SPAN_BOUNDARY : WRONG_CUE;
  }

  /** No capitalised word after the first: "the official", "a senior aide", "The campaign". */
  private static boolean isDescription(String source) {
    String[] words = source.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
        return false;
      }
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    return words.length > 1 || !Character.isUpperCase(words[0].codePointAt(0)) || first.equals("the");
  }

  private static boolean lineBreakBetween(Span a, Span b, String text) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    return from < to && text.substring(from, to).indexOf('\n') >= 0;
  }

  private static boolean overlaps(List<Span> spans, Span s) {
    return spans.stream().anyMatch(g -> g.overlaps(s));
  }
}
