package org.storyline.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.model.Span;

/**
 * A rule-based {@link ClaimExtractor} for English news. Only the sentences that may hold a figure
 * ({@link Candidates}) are tokenised ({@link RuleTokenizer}); in each: the quantities
 * ({@link QuantityFinder}, minus what {@link NotAClaim} rules out), the thing each counts with its
 * owner and place ({@link SubjectFinder}), the nearest time expression, the source
 * ({@link Attributions}) and the modality ({@link ModalityCue}).
 *
 * <pre>{@code
 * // "At this point, Russia has approximately 100,000 troops on the border with Ukraine."
 * // Claim[100000 APPROXIMATELY, subject "troops" (owner Russia), place "on the border with Ukraine", COUNT]
 * }</pre>
 *
 * <p>A sentence without a source of its own takes the "according to" of the next sentence of its
 * paragraph when that one gives no figure ("... moving 1,000 to 5,000 troops. Precisely, both to
 * shore up allies ..., according to a senior defense official.").
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleClaimExtractor implements ClaimExtractor {

  private final Tokenizer tokenizer = new RuleTokenizer();

  @Override
  public List<Claim> claims(String text, List<Timex> timexes, Optional<LocalDate> published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(timexes, "timexes");
    Objects.requireNonNull(published, "published");
    List<Claim> claims = new ArrayList<>();
    int t = 0;
    for (Span stretch : Candidates.stretches(text)) {
      while (t < timexes.size() && timexes.get(t).span().end() <= stretch.start()) {
        t++;
      }
      List<Timex> local = new ArrayList<>();
      for (int k = t; k < timexes.size() && timexes.get(k).span().start() < stretch.end(); k++) {
        Timex x = timexes.get(k);
        if (stretch.contains(x.span())) {
          local.add(new Timex(x.span().shift(-stretch.start()), x.type(), x.value(), x.mod(), x.text()));
        }
      }
      String part = stretch.of(text);
      for (Claim c : claims(text, stretch, part, tokenizer.sentences(part), local, published)) {
        claims.add(shift(c, stretch.start()));
      }
    }
    return claims;
  }

  /**
   * Reuses the sentences of the whole text: only those that meet a stretch that may hold a figure
   * are looked at, as in {@link #claims(String, List, Optional)}.
   */
  @Override
  public List<Claim> claims(String text, List<Sentence> sentences, List<Timex> timexes, Optional<LocalDate> published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(timexes, "timexes");
    Objects.requireNonNull(published, "published");
    List<Span> stretches = Candidates.stretches(text);
    boolean[] candidate = new boolean[sentences.size()];
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Span span = sentences.get(s).span();
      while (k < stretches.size() && stretches.get(k).end() <= span.start()) {
        k++;
      }
      candidate[s] = k < stretches.size() && stretches.get(k).overlaps(span);
    }
    return claims(text, Span.of(0, text.length()), text, sentences, candidate, timexes, published);
  }

  /** The claims of one stretch {@code part} of {@code text}; their spans index {@code part}. */
  private List<Claim> claims(String text, Span stretch, String part, List<Sentence> sentences, List<Timex> timexes,
      Optional<LocalDate> published) {
    return claims(text, stretch, part, sentences, null, timexes, published);
  }

  /** As above, looking only at the sentences marked in {@code consider} (all when null). */
  private List<Claim> claims(String text, Span stretch, String part, List<Sentence> sentences, boolean[] consider,
      List<Timex> timexes, Optional<LocalDate> published) {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (consider != null && !consider[s]) {
        continue;
      }
      Sentence sentence = sentences.get(s);
      List<Timex> own = timexes.stream().filter(x -> sentence.span().contains(x.span())).toList();
      QuantityFinder f = new QuantityFinder(part, sentence, own, text, stretch.start());
      List<QuantityFinder.Found> found = f.find();
      if (found.isEmpty()) {
        continue;
      }
      SubjectFinder subjects = new SubjectFinder(f, own);
      Optional<Attribution> next = null;
      for (QuantityFinder.Found q : found) {
        Optional<Attribution> source = Attributions.find(f, q.qualifierFrom(), q.to());
        if (source.isEmpty()) {
          next = next != null ? next : nextInParagraph(text, stretch, part, sentences, s);
          source = next;
        }
        SubjectFinder.Claimed c = subjects.find(q);
        claims.add(new Claim(q.quantity(), c.subject(), c.place(), nearest(own, q), source,
            ModalityCue.of(f, q.qualifierFrom(), own, published), c.happening()));
      }
    }
    return claims;
  }

  /**
   * The "according to" of the sentence after sentence {@code s} when it is in the same paragraph
   * and gives no figure of its own; its span indexes {@code part}.
   */
  private Optional<Attribution> nextInParagraph(String text, Span stretch, String part, List<Sentence> sentences, int s) {
    int end = sentences.get(s).span().end();
    if (s + 1 < sentences.size()) {
      return accordingToIfNoFigure(part, sentences.get(s + 1), part.substring(end, sentences.get(s + 1).span().start()));
    }
    int from = stretch.end();
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (from >= text.length() || text.substring(stretch.end(), from).chars().filter(c -> c == '\n').count() >= 2) {
      return Optional.empty();
    }
    int until = Math.min(text.length(), from + 600);
    if (!text.substring(from, until).contains("according to")) {
      return Optional.empty(); // the common case, without tokenising
    }
    String after = text.substring(from, until);
    List<Sentence> following = tokenizer.sentences(after);
    int by = from - stretch.start();
    return following.isEmpty() ? Optional.empty()
        : accordingToIfNoFigure(after, following.get(0), "").map(a -> shift(a, by));
  }

  private static Optional<Attribution> accordingToIfNoFigure(String text, Sentence next, String gap) {
    if (gap.chars().filter(c -> c == '\n').count() >= 2) {
      return Optional.empty();
    }
    QuantityFinder f = new QuantityFinder(text, next, List.of());
    if (!f.find().isEmpty()) {
      return Optional.empty();
    }
    return Attributions.accordingTo(f, 0);
  }

  private static Optional<Timex> nearest(List<Timex> own, QuantityFinder.Found q) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : own) {
      if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
        continue;
      }
      int d = Math.abs(t.span().start() - q.quantity().span().start());
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Claim shift(Claim c, int by) {
    Quantity q = c.quantity();
    Subject s = c.subject();
    return new Claim(
        new Quantity(q.span().shift(by), q.amount(), q.qualifier(), q.unit(), q.currency(), q.text()),
        new Subject(s.span().shift(by), s.text(), s.head(), s.owner()),
        c.place().map(p -> new Place(p.span().shift(by), p.text(), p.names())),
        c.when().map(x -> new Timex(x.span().shift(by), x.type(), x.value(), x.mod(), x.text())),
        c.source().map(a -> shift(a, by)),
        c.modality(),
        new Happening(c.happening().span().map(x -> x.shift(by)), c.happening().key(), c.happening().part()));
  }

  private static Attribution shift(Attribution a, int by) {
    return new Attribution(a.span().shift(by), a.name(), a.cue());
  }

}
