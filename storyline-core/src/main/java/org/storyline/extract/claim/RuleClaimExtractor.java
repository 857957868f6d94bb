package org.storyline.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;

/**
 * A rule-based {@link ClaimExtractor} for English news. For each sentence that holds a digit or a
 * number word: the quantities ({@link QuantityFinder}, minus what {@link NotAClaim} rules out), the
 * thing each counts with its owner and place ({@link SubjectFinder}), the nearest time expression,
 * the source ({@link Attributions}) and the modality ({@link ModalityCue}).
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

  private static final Set<String> CANDIDATES = candidates();

  @Override
  public List<Claim> claims(String text, List<Sentence> sentences, List<Timex> timexes, Optional<LocalDate> published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    List<Claim> claims = new ArrayList<>();
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      if (!hasCandidate(sentence)) {
        continue;
      }
      while (t < timexes.size() && timexes.get(t).span().end() <= sentence.span().start()) {
        t++;
      }
      List<Timex> own = new ArrayList<>();
      for (int k = t; k < timexes.size() && timexes.get(k).span().start() < sentence.span().end(); k++) {
        own.add(timexes.get(k));
      }
      QuantityFinder f = new QuantityFinder(text, sentence, own);
      List<QuantityFinder.Found> found = f.find();
      if (found.isEmpty()) {
        continue;
      }
      SubjectFinder subjects = new SubjectFinder(f, own);
      Optional<Attribution> next = Optional.empty();
      for (QuantityFinder.Found q : found) {
        Optional<Attribution> source = Attributions.find(f, q.qualifierFrom(), q.to());
        if (source.isEmpty()) {
          next = next.isPresent() ? next : nextInParagraph(text, sentences, s, timexes);
          source = next;
        }
        SubjectFinder.Claimed c = subjects.find(q);
        claims.add(new Claim(q.quantity(), c.subject(), c.place(), nearest(own, q), source,
            ModalityCue.of(f, q.qualifierFrom(), own, published)));
      }
    }
    return claims;
  }

  /** The "according to" of the next sentence when it is in the same paragraph and gives no figure. */
  private static Optional<Attribution> nextInParagraph(String text, List<Sentence> sentences, int s, List<Timex> timexes) {
    if (s + 1 >= sentences.size()) {
      return Optional.empty();
    }
    Sentence next = sentences.get(s + 1);
    String gap = text.substring(sentences.get(s).span().end(), next.span().start());
    if (gap.chars().filter(c -> c == '\n').count() >= 2) {
      return Optional.empty();
    }
    QuantityFinder f = new QuantityFinder(text, next, List.of());
    if (hasCandidate(next) && !f.find().isEmpty()) {
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

  private static boolean hasCandidate(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      String t = token.text();
      char c = t.charAt(0);
      if (Character.isDigit(c) || c == '$' || c == '€' || c == '£' || c == '¥') {
        return true;
      }
      if (Character.isLetter(c) && t.length() >= 3 && CANDIDATES.contains(firstPart(Words.lower(t)))) {
        return true;
      }
    }
    return false;
  }

  private static String firstPart(String w) {
    int dash = w.indexOf('-');
    return dash > 0 ? w.substring(0, dash) : w;
  }

  private static Set<String> candidates() {
    Set<String> words = new java.util.HashSet<>();
    words.addAll(Numbers.SMALL.keySet());
    words.addAll(Numbers.TENS.keySet());
    words.addAll(Numbers.SCALES.keySet());
    words.addAll(Set.of("dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "half", "third",
        "quarter"));
    return Set.copyOf(words);
  }
}
