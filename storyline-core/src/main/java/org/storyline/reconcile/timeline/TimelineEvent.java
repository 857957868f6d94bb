package org.storyline.reconcile.timeline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.Spaces;

/**
 * One happening of a story, as its articles tell it.
 *
 * @param label what happened, in the words of its best source (its sentence, shortened)
 * @param type the kind of event
 * @param when the best-supported date: the one given by the most articles (finer precision first)
 * @param status whether some source says it took place, or all only announce it
 * @param announced the earliest publication date of a source announcing it, when one did
 * @param participants its participants' entity names, most often named first
 * @param sources every mention of it, in story order
 * @param conflicts the other dates its sources give, each with the articles giving it
 */
public record TimelineEvent(
    String label,
    EventType type,
    Dated when,
    Status status,
    Optional<LocalDate> announced,
    List<String> participants,
    List<Source> sources,
    List<Conflict> conflicts) {

  /** How many of its words {@link #wordsAndLabel} shows. */
  public static final int SHOWN_WORDS = 3;

  /** Whether a happening took place as far as the story's articles say. */
  public enum Status {
    /** At least one source reports it as done. */
    HAPPENED,
    /** Its sources only announce or plan it. */
    PLANNED
  }

  /** A calendar interval with its grain: a day, or the week, month or year a source gives. */
  public record Dated(LocalDate first, LocalDate last, Precision precision) implements Comparable<Dated> {
    public Dated {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      Objects.requireNonNull(precision, "precision");
      if (precision == Precision.NONE || last.isBefore(first)) {
        throw new IllegalArgumentException("a dated interval needs a grain and must not end before it starts");
      }
    }

    /** Whether the two intervals share a day (a day within the month another source gives agrees with it). */
    public boolean overlaps(Dated other) {
      return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    /**
     * The record's equality and hash, written out: a timeline build keys maps and sets by dates,
     * and the record's own methods, made at run time, cost several times these under the quick
     * compiler {@code analyze} runs with. The hash is the record's ({@code 31 * h + } each part's).
     */
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Dated d && first.equals(d.first) && last.equals(d.last) && precision == d.precision;
    }

    @Override
    public int hashCode() {
      return (31 * first.hashCode() + last.hashCode()) * 31 + precision.hashCode();
    }

    @Override
    public int compareTo(Dated o) {
      int c = first.compareTo(o.first);
      return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
      return switch (precision) {
        case DAY -> first.toString();
        case MONTH -> first.toString().substring(0, 7);
        case YEAR -> first.toString().substring(0, 4);
        default -> first + ".." + last;
      };
    }
  }

  /**
   * One mention of the event.
   *
   * @param article the article it is in
   * @param outlet the article's outlet, when known
   * @param published the article's publication date, when known
   * @param trigger the words naming the event, as a span of the article's cleaned text
   * @param text those words
   * @param sentence the span of the sentence around it
   * @param modality what the sentence says of it: happened, planned, ...
   * @param when the date this mention gives, when its sentence gives one
   */
  public record Source(ArticleId article, Optional<String> outlet, Optional<LocalDate> published, Span trigger, String text,
      Span sentence, Modality modality, Optional<Dated> when) {
    public Source {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(modality, "modality");
      Objects.requireNonNull(when, "when");
    }
  }

  /** A date some sources give that does not agree with {@link #when}. */
  public record Conflict(Dated when, List<ArticleId> articles) {
    public Conflict {
      Objects.requireNonNull(when, "when");
      articles = List.copyOf(articles);
    }
  }

  public TimelineEvent {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(announced, "announced");
    participants = List.copyOf(participants);
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an event on a timeline has a source");
    }
  }

  /** The distinct articles that mention it, in story order. */
  public List<ArticleId> articles() {
    return sources.stream().map(Source::article).distinct().toList();
  }

  /**
   * Its words as its sources write them, in lower case, at most {@code max}, in source order:
   * what tells apart two happenings told in one sentence, whose labels are that same sentence.
   */
  public List<String> words(int max) {
    Set<String> words = new LinkedHashSet<>();
    for (Source s : sources) {
      if (words.size() == max) {
        break;
      }
      words.add(Spaces.fold(s.text()).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(words);
  }

  /** Its words in brackets, then its label: "[charged, assault] Police records show Gordon was charged ...". */
  public String wordsAndLabel() {
    List<String> words = words(SHOWN_WORDS);
    return words.isEmpty() ? label : "[" + String.join(", ", words) + "] " + label;
  }
}
