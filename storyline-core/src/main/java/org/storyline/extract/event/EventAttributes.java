package org.storyline.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/**
 * What one sentence says of each of its triggers, by rules over the words around it: nominal or
 * verbal, tense and aspect (the auxiliaries to its left), modality (negation, denial, condition,
 * plan), participants (the closest person or organisation on each side, roles swapped in the
 * passive), place (a location after "in", "at", "near") and time (the closest dated time
 * expression of the sentence, else the tense and the publication date).
 *
 * <p>Built once per sentence that has triggers; not thread-safe, cheap to build.
 */
final class EventAttributes {

  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "any",
      "no", "each", "every", "'s", "’s", "another", "such", "of");
  private static final Set<String> VERBAL_LEFT = Set.of(
      "to", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "'ll", "did", "do", "does",
      "has", "have", "had", "'ve", "'d", "is", "are", "am", "was", "were", "be", "been", "being", "he", "she", "they",
      "we", "i", "it", "who", "not", "n't");
  private static final Set<String> SKIPPED = Set.of("not", "n't", "never", "also", "already", "just", "still", "now",
      "reportedly", "allegedly", "recently", "then", "only", "even", "finally", "previously");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> DENIALS = Set.of("deny", "denial", "reject", "dismiss", "refute", "rebut");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "should", "lest");
  private static final Set<String> MODALS = Set.of("could", "might", "may", "would", "should", "can");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  private static final Set<String> PLANS = Set.of("plan", "intend", "expect", "schedule", "prepare", "aim", "want",
      "hope", "seek", "set", "agree", "decide", "propose", "due", "upcoming", "planned", "scheduled", "proposed",
      "expected", "forthcoming", "planning", "going", "ready", "poised", "threaten", "vow", "pledge", "promise");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across");

  private final String text;
  private final List<Token> tokens;
  private final String[] lower;
  private final String[] lemma;
  private final List<Timex> timexes;
  private final List<Mention> mentions;
  private final Optional<LocalDate> published;

  EventAttributes(String text, Sentence sentence, List<Timex> allTimexes, List<Mention> allMentions, Optional<LocalDate> published) {
    this.text = text;
    this.tokens = sentence.tokens();
    this.lower = new String[tokens.size()];
    this.lemma = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      lemma[i] = Lemmas.of(tokens.get(i).text());
    }
    Span span = sentence.span();
    this.timexes = allTimexes.stream().filter(t -> span.contains(t.span())).toList();
    this.mentions = allMentions.stream().filter(m -> span.contains(m.span())).toList();
    this.published = published;
  }

  EventMention describe(PerceptronEventDetector.Trigger t) {
    int i = t.token();
    boolean nominal = isNominal(i);
    Tense tense = Tense.NONE;
    Aspect aspect = Aspect.NONE;
    boolean passive = false;
    if (!nominal) {
      Verb v = verb(i);
      tense = v.tense;
      aspect = v.aspect;
      passive = v.passive;
    }
    EventTime time = time(i, tense, aspect);
    Modality modality = modality(i, tense, time);
    EventType type = NewsTypes.of(lemma[i], lower[i], t.timeMlClass());
    return new EventMention(t.span(), t.span().of(text), t.timeMlClass(), type, nominal, modality, tense, aspect,
        participants(i, nominal, passive), place(i), time);
  }

  private boolean isNominal(int i) {
    String prev = i > 0 ? lower[i - 1] : "";
    if (DETERMINERS.contains(prev) || (i > 1 && DETERMINERS.contains(lower[i - 2]) && !VERBAL_LEFT.contains(prev)
        && !prev.endsWith("ly"))) {
      return true;
    }
    if (VERBAL_LEFT.contains(prev)) {
      return false;
    }
    String w = lower[i];
    if (w.endsWith("ed") || w.endsWith("ing")) {
      return false;
    }
    return w.endsWith("tion") || w.endsWith("sion") || w.endsWith("ment") || w.endsWith("ance") || w.endsWith("ence")
        || w.endsWith("ure") || w.endsWith("ship") || w.endsWith("ism") || i + 1 < lower.length && lower[i + 1].equals("of");
  }

  private record Verb(Tense tense, Aspect aspect, boolean passive) {}

  /** Tense, aspect and voice from the auxiliaries left of the verb (adverbs and "not" skipped). */
  private Verb verb(int i) {
    List<String> aux = new ArrayList<>();
    for (int j = i - 1; j >= Math.max(0, i - 5) && aux.size() < 3; j--) {
      String w = lower[j];
      if (SKIPPED.contains(w) || w.endsWith("ly")) {
        continue;
      }
      if (!VERBAL_LEFT.contains(w) || w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we")
          || w.equals("i") || w.equals("it") || w.equals("who") || w.equals("to")) {
        if (w.equals("to") && j > 0 && (lower[j - 1].equals("going") || PLANS.contains(lemma[j - 1]))) {
          return new Verb(Tense.FUTURE, Aspect.NONE, false);
        }
        break;
      }
      aux.add(0, w);
    }
    String w = lower[i];
    boolean ing = w.endsWith("ing");
    boolean participle = w.endsWith("ed") || w.endsWith("en") || !Lemmas.of(w).equals(w) && !w.endsWith("s") && !ing;
    boolean future = aux.stream().anyMatch(FUTURE::contains);
    boolean perfectPast = aux.contains("had") || aux.contains("'d") && participle;
    boolean perfect = perfectPast || aux.contains("has") || aux.contains("have") || aux.contains("'ve");
    boolean be = aux.stream().anyMatch(a -> Set.of("is", "are", "am", "was", "were", "be", "been", "being").contains(a));
    boolean progressive = be && ing;
    boolean passive = be && participle && !ing;
    Aspect aspect = perfect && progressive ? Aspect.PERFECTIVE_PROGRESSIVE
        : perfect ? Aspect.PERFECTIVE : progressive ? Aspect.PROGRESSIVE : Aspect.NONE;
    Tense tense;
    if (future) {
      tense = Tense.FUTURE;
    } else if (perfectPast || aux.contains("was") || aux.contains("were") || aux.contains("did")) {
      tense = Tense.PAST;
    } else if (perfect || aux.contains("is") || aux.contains("are") || aux.contains("am") || aux.contains("do")
        || aux.contains("does")) {
      tense = Tense.PRESENT;
    } else if (aux.isEmpty() && (w.endsWith("ed") || participle && !w.endsWith("en"))) {
      tense = Tense.PAST;
    } else if (aux.isEmpty() && !ing && (w.endsWith("s") || i > 0 && Set.of("they", "we", "i", "you").contains(lower[i - 1]))) {
      tense = Tense.PRESENT;
    } else {
      tense = Tense.NONE;
    }
    return new Verb(tense, aspect, passive);
  }

  private Modality modality(int i, Tense tense, EventTime time) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (NEGATIONS.contains(lower[j])) {
        return Modality.NEGATED;
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
      if (DENIALS.contains(lemma[j])) {
        return Modality.DENIED;
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
      if (CONDITIONS.contains(lower[j]) && !(lower[j].equals("should") && j < i - 3)) {
        return Modality.HYPOTHETICAL;
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (MODALS.contains(lower[j])) {
        return Modality.HYPOTHETICAL;
      }
    }
    if (tense == Tense.FUTURE) {
      return Modality.PLANNED;
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (PLANS.contains(lemma[j]) || PLANS.contains(lower[j])) {
        return Modality.PLANNED;
      }
    }
    if (time.isKnown() && published.isPresent() && time.first().isAfter(published.get())) {
      return Modality.PLANNED;
    }
    return Modality.HAPPENED;
  }

  /** Token index range [first, last] of a mention, or null when it does not fall on tokens of this sentence. */
  private int[] tokenRange(Span s) {
    int a = -1;
    int b = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (a < 0 && t.end() > s.start()) {
        a = k;
      }
      if (t.start() < s.end()) {
        b = k;
      }
    }
    return a < 0 || b < a ? null : new int[] {a, b};
  }

  private List<Participant> participants(int i, boolean nominal, boolean passive) {
    List<Participant> out = new ArrayList<>();
    Mention before = null;
    int beforeEnd = -1;
    Mention after = null;
    int afterStart = Integer.MAX_VALUE;
    Mention byAgent = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int[] r = tokenRange(m.span());
      if (r == null) {
        continue;
      }
      if (r[1] < i && i - r[1] <= 8 && r[1] > beforeEnd) {
        before = m;
        beforeEnd = r[1];
      } else if (r[0] > i && r[0] - i <= 4 && r[0] < afterStart) {
        after = m;
        afterStart = r[0];
        if (r[0] >= 1 && lower[r[0] - 1].equals("by")) {
          byAgent = m;
        }
      }
    }
    for (Mention m : mentions) {
      Participant.Role role;
      if (m == before) {
        role = passive ? Participant.Role.PATIENT : Participant.Role.AGENT;
      } else if (m == after) {
        role = m == byAgent && (passive || nominal) ? Participant.Role.AGENT : Participant.Role.PATIENT;
      } else {
        continue;
      }
      out.add(new Participant(m.span(), role));
    }
    return out;
  }

  private Span place(int i) {
    Span best = null;
    int distance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      int[] r = tokenRange(m.span());
      if (r == null || r[0] == 0 || !PLACE_PREPOSITIONS.contains(lower[r[0] - 1])) {
        continue;
      }
      int d = Math.abs(r[0] - i);
      if (d < distance) {
        best = m.span();
        distance = d;
      }
    }
    return best;
  }

  /** The closest dated time expression of the sentence, else the tense against the publication date. */
  private EventTime time(int i, Tense tense, Aspect aspect) {
    Span trigger = tokens.get(i).span();
    EventTime best = null;
    int distance = Integer.MAX_VALUE;
    for (Timex x : timexes) {
      if (x.type() != TimexType.DATE && x.type() != TimexType.TIME) {
        continue;
      }
      EventTime t = interval(x);
      int d = x.span().start() >= trigger.end() ? x.span().start() - trigger.end() : trigger.start() - x.span().end();
      if (t != null && d < distance) {
        best = t;
        distance = d;
      }
    }
    if (best != null) {
      return best;
    }
    if (published.isEmpty()) {
      return EventTime.unknown();
    }
    LocalDate day = published.get();
    if (tense == Tense.PRESENT && aspect != Aspect.PERFECTIVE) {
      return new EventTime(day, day, EventTime.Precision.DAY, EventTime.Source.TENSE, null);
    }
    if (tense == Tense.PAST || aspect == Aspect.PERFECTIVE) {
      // a news report's past is mostly the days before it: the week up to publication
      return new EventTime(day.minusDays(6), day, EventTime.Precision.WEEK, EventTime.Source.TENSE, null);
    }
    return EventTime.unknown();
  }

  static EventTime interval(Timex x) {
    TimexValue v = x.value();
    EventTime.Source s = EventTime.Source.TIMEX;
    if (v instanceof TimexValue.Day d) {
      return new EventTime(d.date(), d.date(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.DayPart d) {
      return new EventTime(d.date(), d.date(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.Clock c) {
      return new EventTime(c.time().toLocalDate(), c.time().toLocalDate(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.Week w) {
      LocalDate monday = LocalDate.of(w.weekBasedYear(), 6, 1)
          .with(IsoFields.WEEK_BASED_YEAR, w.weekBasedYear())
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week())
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate first = w.weekend() ? monday.plusDays(5) : monday;
      return new EventTime(first, monday.plusDays(6), EventTime.Precision.WEEK, s, x.span());
    }
    if (v instanceof TimexValue.Month m) {
      return new EventTime(m.month().atDay(1), m.month().atEndOfMonth(), EventTime.Precision.MONTH, s, x.span());
    }
    if (v instanceof TimexValue.Year y) {
      return new EventTime(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31), EventTime.Precision.YEAR, s, x.span());
    }
    if (v instanceof TimexValue.YearPart y) {
      return new EventTime(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31), EventTime.Precision.YEAR, s, x.span());
    }
    return null;
  }
}
