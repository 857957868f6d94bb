package org.storyline.reconcile;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Article;

/**
 * Scores an {@link ArticleDater} on articles whose day is known: each dated article is dated again
 * as if it had no date (the dater's contract ignores an article's own date), from its text alone or
 * with the other dated articles of its group (its story, or a topic) as peers, as the engine dates an
 * undated article of a story. The day given is the gold.
 *
 * <pre>{@code
 * DatingEval.Report r = DatingEval.run(List.of(topicArticles), ArticleDater.standard(), true);
 * System.out.print(r.format());
 * }</pre>
 */
public final class DatingEval {

  /** One article dated again: its gold day and the estimate, or null when the dater gave none. */
  public record Outcome(Article article, LocalDate gold, DateEstimate estimate) {
    /** Days from the gold day to the estimate (negative: too early); only when there is an estimate. */
    public long error() {
      return DAYS.between(gold, estimate.date());
    }
  }

  /** The outcomes of a run and their counts. */
  public record Report(List<Outcome> outcomes) {

    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public int articles() {
      return outcomes.size();
    }

    /** Articles the dater gave a day. */
    public int dated() {
      return (int) outcomes.stream().filter(o -> o.estimate() != null).count();
    }

    /** Articles dated within {@code days} of their gold day (0: the very day). */
    public int within(long days) {
      return (int) outcomes.stream().filter(o -> o.estimate() != null && Math.abs(o.error()) <= days).count();
    }

    /** Articles dated more than a year off. */
    public int yearsOff() {
      return (int) outcomes.stream().filter(o -> o.estimate() != null && Math.abs(o.error()) > 366).count();
    }

    /** The median of the absolute errors of the dated articles, in days; -1 with none dated. */
    public long medianError() {
      long[] errors = outcomes.stream().filter(o -> o.estimate() != null).mapToLong(o -> Math.abs(o.error())).sorted().toArray();
      return errors.length == 0 ? -1 : errors[(errors.length - 1) / 2];
    }

    /** The counts, one line each, shares of all articles in brackets. */
    public String format() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "articles %d, dated %d (%s)%n", articles(), dated(), share(dated())));
      for (long d : new long[] {0, 1, 7, 31}) {
        s.append(String.format(Locale.ROOT, "  within %2d day%s  %5d (%s)%n", d, d == 1 ? " " : "s", within(d), share(within(d))));
      }
      s.append(String.format(Locale.ROOT, "  over a year off %4d (%s)%n", yearsOff(), share(yearsOff())));
      s.append(String.format(Locale.ROOT, "  median error of the dated: %d days%n", medianError()));
      return s.toString();
    }

    private String share(int n) {
      return articles() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", n / (double) articles());
    }

    /** The {@code n} dated articles furthest off, furthest first. */
    public List<Outcome> worst(int n) {
      Outcome[] dated = outcomes.stream().filter(o -> o.estimate() != null).toArray(Outcome[]::new);
      Arrays.sort(dated, (a, b) -> Long.compare(Math.abs(b.error()), Math.abs(a.error())));
      return List.of(dated).subList(0, Math.min(n, dated.length));
    }
  }

  private DatingEval() {}

  /**
   * Dates again every dated article of every group; with {@code withPeers} against the other dated
   * articles of its group, else from its text alone. Undated articles are skipped.
   */
  public static Report run(List<List<Article>> groups, ArticleDater dater, boolean withPeers) {
    Objects.requireNonNull(dater, "dater");
    List<Outcome> out = new ArrayList<>();
    for (List<Article> group : groups) {
      List<Article> peers = withPeers ? group.stream().filter(a -> a.published() != null).toList() : List.of();
      for (Article a : group) {
        if (a.published() == null) {
          continue;
        }
        Optional<DateEstimate> e = dater.estimate(a, peers);
        out.add(new Outcome(a, a.published().date(), e.orElse(null)));
      }
    }
    return new Report(out);
  }
}
