package org.storyline.reconcile.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Qualifier;
import org.storyline.extract.claim.Quantity;
import org.storyline.model.ArticleId;

/**
 * What a claim group says, value by value: each distinct value once (its qualifier and amount, so
 * "100,000" and "100000" are one), with the articles that give it, each article once with how many
 * times it gives it. A gallery page that repeats a caption gives one source "×2", not two lines.
 *
 * <p>Order: when the group disagrees, first the two values that show it: of the pairs that allow no
 * common value, the one whose two values are the most precise (the least width between the
 * smallest and the largest value each allows, relative to the largest: a vague "tens of thousands"
 * or an open "more than" weighs more than an "estimated"), ties to the smaller one's lowest ceiling
 * and then the larger one's highest floor, smaller first ("estimated 94,300" then "more than
 * 127,000", not "tens of thousands" then "more than 127,000"); then the others by how many articles
 * give them, most first, ties by first appearance. A value's sources are in the group's member
 * order.
 *
 * <p>{@link #first} bounds it for a page of groups; the counts stay those of the whole group, so
 * "and N more" can be said without the rest.
 *
 * @param claims the group's claims
 * @param articles the articles they come from
 * @param distinct the group's distinct values ({@code values} may hold fewer, see {@link #first})
 * @param values the values, in the order above
 */
public record ClaimValues(int claims, int articles, int distinct, List<Value> values) {

  /** The values a page of groups shows of each group, and the sources it shows of each value. */
  public static final int PAGE_VALUES = 5;
  public static final int PAGE_SOURCES = 3;

  public ClaimValues {
    values = List.copyOf(values);
    if (values.size() > distinct || claims < articles || distinct < 1) {
      throw new IllegalArgumentException("counts do not fit: " + claims + " claims, " + articles + " articles, "
          + distinct + " values, " + values.size() + " given");
    }
  }

  /**
   * One distinct value.
   *
   * @param text as the first claim giving it writes it, its qualifier spelt out ("approximately 100,000")
   * @param low the smallest value it allows
   * @param high the largest value it allows; infinite for "more than"
   * @param claims the claims giving it
   * @param articles the articles giving it ({@code sources} may hold fewer)
   * @param sources one per article, in member order
   */
  public record Value(String text, double low, double high, int claims, int articles, List<Source> sources) {
    public Value {
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
      if (sources.size() > articles || articles > claims || articles < 1) {
        throw new IllegalArgumentException("counts do not fit: " + claims + " claims, " + articles + " articles, "
            + sources.size() + " sources given, for " + text);
      }
    }

    /** The articles that give it and are not in {@code sources}. */
    public int moreSources() {
      return articles - sources.size();
    }
  }

  /**
   * One article giving a value.
   *
   * @param source who the article says gave the value (its first claim of the value), if it says
   * @param times how many of the group's claims of this article give the value (a caption repeated: 2)
   */
  public record Source(ArticleId article, Optional<String> outlet, Optional<LocalDate> published, Optional<String> source, int times) {
    public Source {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(source, "source");
      if (times < 1) {
        throw new IllegalArgumentException("a source gives a value at least once: " + times);
      }
    }

    /** Who asserts it: the source the text names, else the outlet, else "(the article)", as {@link SourcedClaim#assertedBy}. */
    public String by() {
      return source.orElse(outlet.orElse("(the article)"));
    }
  }

  /** The values of a whole group. */
  public static ClaimValues of(ClaimGroup group) {
    Map<Key, Draft> drafts = new LinkedHashMap<>();
    for (SourcedClaim m : group.members()) {
      drafts.computeIfAbsent(Key.of(m.claim().quantity()), k -> new Draft(m.claim().quantity())).add(m);
    }
    List<Draft> order = new ArrayList<>(drafts.values());
    List<Draft> first = new ArrayList<>();
    if (group.disagreement()) {
      first.addAll(showingPair(order));
      order.removeAll(first);
    }
    order.sort(Comparator.comparingInt((Draft d) -> -d.sources.size())); // stable: first appearance breaks ties
    first.addAll(order);
    long articles = group.members().stream().map(SourcedClaim::article).distinct().count();
    return new ClaimValues(group.members().size(), (int) articles, first.size(), first.stream().map(Draft::value).toList());
  }

  /** The two values that show the disagreement best (see the order above); empty when none disagree. */
  private static List<Draft> showingPair(List<Draft> values) {
    Draft smaller = null;
    Draft larger = null;
    for (Draft s : values) {
      for (Draft l : values) {
        if (s.high < l.low && (smaller == null || showsBetter(s, l, smaller, larger))) {
          smaller = s;
          larger = l;
        }
      }
    }
    return smaller == null ? List.of() : List.of(smaller, larger);
  }

  private static boolean showsBetter(Draft s, Draft l, Draft bestSmaller, Draft bestLarger) {
    int byWidth = Double.compare(s.width() + l.width(), bestSmaller.width() + bestLarger.width());
    if (byWidth != 0) {
      return byWidth < 0;
    }
    return s.high < bestSmaller.high || (s.high == bestSmaller.high && l.low > bestLarger.low);
  }

  /** The first {@code values} values, each with its first {@code sources} sources; counts unchanged. */
  public ClaimValues first(int values, int sources) {
    return new ClaimValues(claims, articles, distinct, this.values.stream().limit(values)
        .map(v -> new Value(v.text(), v.low(), v.high(), v.claims(), v.articles(), v.sources().stream().limit(sources).toList()))
        .toList());
  }

  /** The values not in {@link #values}. */
  public int moreValues() {
    return distinct - values.size();
  }

  /** "approximately 100,000": the qualifier, if any, and the number as written. */
  public static String text(Quantity q) {
    return q.qualifier() == Qualifier.NONE ? q.text() : q.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + q.text();
  }

  /** Two claims give the same value when their qualifier, amount and currency are the same. */
  private record Key(Qualifier qualifier, double low, double high, String currency) {
    static Key of(Quantity q) {
      return new Key(q.qualifier(), q.amount().low(), q.amount().high(), q.currency().map(c -> c.getCurrencyCode()).orElse(""));
    }
  }

  /** A value being counted: its sources by article, in member order. */
  private static final class Draft {
    final String text;
    final double low;
    final double high;
    final Map<ArticleId, Source> sources = new LinkedHashMap<>();
    int claims;

    Draft(Quantity q) {
      this.text = text(q);
      this.low = q.low();
      this.high = q.high();
    }

    /** How vague the value is: its range relative to its largest value, 0 when exact, 1 at most (open). */
    double width() {
      if (Double.isInfinite(high) || Double.isInfinite(low)) {
        return 1;
      }
      double scale = Math.max(Math.abs(high), Math.abs(low));
      return scale == 0 ? 0 : Math.min(1, (high - low) / scale);
    }

    void add(SourcedClaim m) {
      claims++;
      sources.merge(m.article(), new Source(m.article(), m.outlet(), m.published(), m.claim().source().map(a -> a.name()), 1),
          (had, one) -> new Source(had.article(), had.outlet(), had.published(), had.source(), had.times() + 1));
    }

    Value value() {
      return new Value(text, low, high, claims, sources.size(), List.copyOf(sources.values()));
    }
  }
}
