package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

/**
 * Cuts articles into {@link Unit}s: each line into sentences, and each sentence with the calendar
 * days its time expressions name (anchored on the article's publication date). Only what the
 * summarisers need runs: the tokenizer and the time tagger, no entity model.
 */
final class Units {

  private final Tokenizer tokenizer;
  private final TimeTagger tagger;

  Units(Tokenizer tokenizer, TimeTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
  }

  /** The sentences of every article, article by article in the order given, read in parallel. */
  List<Unit> read(List<DatedText> articles) {
    return articles.parallelStream().map(this::read).flatMap(List::stream).toList();
  }

  List<Unit> read(DatedText article) {
    return read(article, span -> days(span, article.text(), article.published()));
  }

  /**
   * The sentences of an extracted article, the days each names taken from the extraction's time
   * expressions (no tagging); empty for an article without a date.
   */
  List<Unit> read(Extraction x) {
    if (x.article().published() == null) {
      return List.of();
    }
    Article a = x.article();
    DatedText article = new DatedText(a.id().value(), a.outlet(), a.published().date(), a.title(), a.text());
    return read(article, span -> days(x.timexes(), span));
  }

  private List<Unit> read(DatedText article, Function<Span, Set<LocalDate>> days) {
    String text = article.text();
    List<Unit> units = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      for (Span[] s : joined(tokenizer.sentences(text.substring(lineStart, lineEnd)), text, lineStart)) {
        Span span = Datelines.skip(text, s[0]);
        String sentence = span.of(text);
        units.add(new Unit(article, units.size(), span, sentence, days.apply(span), Terms.of(sentence), s[1].start()));
      }
      lineStart = lineEnd + 1;
    }
    return units;
  }

  /**
   * The first {@code length} characters of a sentence as a unit of its own (its head, {@link
   * Heads}): the same article and place, the days given (those it tells), its own words.
   */
  Unit head(Unit sentence, int length, Set<LocalDate> days) {
    String text = sentence.text().substring(0, length);
    int tokens = tokenizer.sentences(text).stream().mapToInt(s -> s.tokens().size()).sum();
    return new Unit(sentence.article(), sentence.position(), new Span(sentence.span().start(), sentence.span().start() + length),
        text, days, Terms.of(text), tokens);
  }

  /**
   * The line's sentences as {span in text, [tokens, tokens]}, a sentence that starts in lower case
   * joined to the one before: the splitter cut after an abbreviation ("the U.S. | and NATO").
   */
  private static List<Span[]> joined(List<Sentence> sentences, String text, int offset) {
    List<Span[]> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Span span = s.span().shift(offset);
      int tokens = s.tokens().size();
      if (!out.isEmpty() && Character.isLowerCase(text.charAt(span.start()))) {
        Span[] last = out.remove(out.size() - 1);
        span = new Span(last[0].start(), span.end());
        tokens += last[1].start();
      }
      out.add(new Span[] {span, new Span(tokens, tokens)});
    }
    return out;
  }

  /**
   * The days {@code sentence} names, anchored on {@code published}. Sentences are tagged one by
   * one (the tagger reads tense from the sentence anyway), and only those that may name a day.
   */
  private Set<LocalDate> days(Span span, String text, LocalDate published) {
    String sentence = span.of(text);
    if (!DayWords.mayNameDay(sentence)) {
      return Set.of();
    }
    Set<LocalDate> days = new TreeSet<>();
    for (Timex t : tagger.tag(sentence, published)) {
      LocalDate d = day(t.value());
      if (d != null) {
        days.add(d);
      }
    }
    return Collections.unmodifiableSet(days);
  }

  private static Set<LocalDate> days(List<Timex> timexes, Span span) {
    Set<LocalDate> days = new TreeSet<>();
    for (Timex t : timexes) {
      LocalDate d = span.contains(t.span()) ? day(t.value()) : null;
      if (d != null) {
        days.add(d);
      }
    }
    return Collections.unmodifiableSet(days);
  }

  private static LocalDate day(TimexValue value) {
    if (value instanceof TimexValue.Day d) {
      return d.date();
    }
    if (value instanceof TimexValue.DayPart p) {
      return p.date();
    }
    if (value instanceof TimexValue.Clock c) {
      return c.time().toLocalDate();
    }
    return null;
  }
}
