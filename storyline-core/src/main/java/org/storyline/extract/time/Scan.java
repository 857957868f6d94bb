package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.model.Span;

/**
 * One tagging run of {@link RuleTimeTagger} over one text: the tokens, the {@link Grammar} tried
 * at each token, and the dating cues of what it found.
 *
 * <p>Scanning resumes after each match, so the result is sorted and non-overlapping by
 * construction. Each match is noted in the {@link ScanContext} before the next is looked for, so
 * that "a year earlier" counts from the last date mentioned.
 */
final class Scan {

  private final String text;
  private final ScanTokens tokens;
  private final ScanContext context;
  private final Grammar grammar;
  private final SecondDay secondDays;
  private final List<DatingCue> cues = new ArrayList<>();

  Scan(String text, LocalDate dct) {
    List<Token> list = Tokenizer.tokenize(text);
    this.text = text;
    this.tokens = new ScanTokens(list);
    this.context = new ScanContext(tokens, dct, new TenseDetector(list));
    this.grammar = new Grammar(context);
    this.secondDays = new SecondDay(context);
  }

  List<Timex> run() {
    List<Timex> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Match m = tried(i) ? grammar.matchAt(i) : null;
      if (m == null) {
        i++;
        continue;
      }
      Span span = Span.of(tokens.get(i).start(), tokens.get(m.end() - 1).end());
      out.add(new Timex(span, m.type(), m.value(), m.mod(), span.of(text)));
      if (m.cue() != null) {
        cues.add(m.cue().make(span, span.of(text), m.mod()));
      }
      context.found(i, m);
      i = m.end();
      Match second = m.type() == DATE && m.value() instanceof Day d ? secondDays.secondDay(i, d.date()) : null;
      if (second != null) { // "April 24 and 25": the 25th is a date of its own
        Span at = Span.of(tokens.get(second.end() - 1).start(), tokens.get(second.end() - 1).end());
        out.add(new Timex(at, DATE, second.value(), null, at.of(text)));
        i = second.end();
      }
    }
    return out;
  }

  /** Whether the rules are tried at token {@code i}: no expression starts at punctuation but "'90s", nor at most words. */
  private boolean tried(int i) {
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.PUNCT ? t.lower().equals("'") : FirstWords.mayStart(t);
  }

  /** The dating cues of the expressions {@link #run()} found, in text order. */
  List<DatingCue> cues() {
    return List.copyOf(cues);
  }
}
