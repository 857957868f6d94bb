package org.storyline.eval;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.eval.TimelineScores.Prf;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexValue;
import org.storyline.summarize.SourcedSentence;

/**
 * How well a story summary (a few sentences, no dates of its own) covers a reference timeline of
 * the same articles: the reference's dates it tells of, and its words (ROUGE, counted as
 * {@link TimelineScores} counts them, against all the reference's sentences at once).
 *
 * <p>The day a summary sentence tells of is each day its time expressions name up to its article's
 * publication ("on Tuesday", "a Dec. 7 call"), or, when it names none, the publication day: the
 * day a news sentence without a date usually reports. A day named ahead ("will speak on Friday")
 * is not told.
 *
 * @param dates precision: the share of the summary's sentences that tell of a reference date;
 *     recall: the share of the reference's dates told by a sentence
 * @param rouge1 ROUGE-1 of the summary against the reference's sentences
 * @param rouge2 ROUGE-2 likewise
 */
public record SummaryScores(Prf dates, Prf rouge1, Prf rouge2) {

  public SummaryScores {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(rouge1, "rouge1");
    Objects.requireNonNull(rouge2, "rouge2");
  }

  /** Scores {@code summary} against {@code reference} (date to sentences), the days told found by {@code tagger}. */
  public static SummaryScores of(List<SourcedSentence> summary, Map<LocalDate, List<String>> reference, TimeTagger tagger) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reference, "reference");
    Set<LocalDate> told = new HashSet<>();
    int onReference = 0;
    for (SourcedSentence s : summary) {
      Set<LocalDate> days = daysTold(s, tagger);
      told.addAll(days);
      if (days.stream().anyMatch(reference::containsKey)) {
        onReference++;
      }
    }
    long covered = reference.keySet().stream().filter(told::contains).count();
    Prf dates = Prf.of(onReference, summary.size(), covered, reference.size());
    List<String> system = summary.stream().map(SourcedSentence::text).map(String::strip).toList();
    List<String> model = new TreeSet<>(reference.keySet()).stream().flatMap(d -> reference.get(d).stream()).toList();
    Prf[] rouge = new Prf[3];
    for (int n = 1; n <= 2; n++) {
      Rouge.Counts c = Rouge.instance().counts(system, model, n);
      rouge[n] = Prf.of(c.hits(), c.peer(), c.hits(), c.model());
    }
    return new SummaryScores(dates, rouge[1], rouge[2]);
  }

  /** The days {@code s} tells of: those it names up to its publication, else its publication day. */
  static Set<LocalDate> daysTold(SourcedSentence s, TimeTagger tagger) {
    Set<LocalDate> days = new TreeSet<>();
    for (Timex t : tagger.tag(s.text(), s.published())) {
      LocalDate d = day(t.value());
      if (d != null && !d.isAfter(s.published())) {
        days.add(d);
      }
    }
    return days.isEmpty() ? Set.of(s.published()) : days;
  }

  private static LocalDate day(TimexValue value) {
    if (value instanceof TimexValue.Day d) {
      return d.date();
    }
    if (value instanceof TimexValue.DayPart p) {
      return p.date();
    }
    return value instanceof TimexValue.Clock c ? c.time().toLocalDate() : null;
  }

  /** The mean precision and mean recall of each score over {@code scores}. */
  public static SummaryScores average(List<SummaryScores> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("nothing to average");
    }
    return new SummaryScores(mean(scores.stream().map(SummaryScores::dates).toList()),
        mean(scores.stream().map(SummaryScores::rouge1).toList()), mean(scores.stream().map(SummaryScores::rouge2).toList()));
  }

  private static Prf mean(List<Prf> all) {
    return new Prf(all.stream().mapToDouble(Prf::precision).average().orElse(0),
        all.stream().mapToDouble(Prf::recall).average().orElse(0));
  }
}
