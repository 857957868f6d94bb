package org.storyline.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.time.Timex;
import org.storyline.model.Span;

/**
 * Finds what a quantity counts, whose it is and where: the noun phrase after the number
 * ("175,000 troops", "two of her top aides", "millions of voters"), else the one after "the number
 * of", else the plural noun a growth verb reports on ("Russian forces ..., growing to an estimated
 * 100,000"); the owner from a nationality in the phrase or from the subject of "has"/"deployed";
 * the place from the locative phrase after it.
 */
final class SubjectFinder {

  /** Words between a count and what it counts that do not change it: "40 more children". */
  private static final Set<String> ADDED = Set.of("more", "other", "additional", "extra", "further");

  private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "stood", "stands", "reached", "hit");

  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "her", "his", "their", "its", "our", "those", "these", "this", "that", "my", "your", "all");

  private static final Set<String> GROWTH = Set.of(
      "to", "at", "reached", "reach", "reaching", "hit", "totaling", "totalling", "numbering", "of");

  /** Verbs that say who holds the things counted ("Russia has deployed 127,000 troops"), not what happened to them. */
  static final Set<String> HOLDING = Set.of(
      "has", "have", "had", "deployed", "massed", "amassed", "placed", "sent", "stationed", "concentrated", "moved",
      "mobilized", "mobilised", "gathered", "positioned", "keeps", "kept", "maintains", "maintained", "deploys", "sends",
      "sending", "deploying", "put", "built", "assembled");

  private static final Set<String> AUXILIARIES = Set.of(
      "has", "have", "had", "now", "also", "already", "reportedly", "since", "recently", "is", "was", "been", "will");

  private static final Set<String> LOCATIVE = Set.of(
      "near", "on", "along", "in", "at", "inside", "across", "around", "to", "into", "off", "outside", "within",
      "throughout", "from");

  private static final Set<String> PLACE_STOPS = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "that", "which", "who", "according", "said", "says", "will",
      "would", "could", "to", "for", "as", "but", "while", "after", "before", "because", "since", "if");

  private static final Set<String> NOUNS_IN_LY = Set.of(
      "family", "ally", "rally", "supply", "assembly", "belly", "bully", "lily", "fly", "july", "italy", "anomaly");

  /** Words that make a locative-looking phrase a time: "in early 2022", "in the past week". */
  private static final Set<String> TIME_MODIFIERS = Set.of("early", "late", "mid", "last", "next", "past", "coming", "recent");

  private final QuantityFinder f;
  private final List<Timex> timexes;
  private final Happenings happenings;

  SubjectFinder(QuantityFinder f, List<Timex> timexes) {
    this.f = f;
    this.timexes = timexes;
    this.happenings = new Happenings(f);
  }

  /** What {@code q} counts, where those things are and what happened to them. */
  Claimed find(QuantityFinder.Found q) {
    int j = q.to();
    boolean count = q.quantity().unit() == Unit.NONE;
    if (f.lw(j).equals("of")) {
      j++;
      while (DETERMINERS.contains(f.lw(j))) {
        j++;
      }
    }
    Happening.Part part = partOf(q);
    if (count && ADDED.contains(f.lw(j)) && !f.lw(j + 1).equals("than")) {
      // "three other people are injured" beside one dead is a count of its own; "three more" adds to one
      part = f.lw(j).equals("other") ? part : Happening.Part.MORE;
      j++;
    }
    int[] head = labelled(q, j);
    if (head == null) {
      head = headOfRun(j, count && q.quantity().amount().high() > 1);
    }
    if (head != null && f.lw(head[1]).equals("worth") && f.lw(head[1] + 1).equals("of")) {
      head = headOfRun(head[1] + 2, false);
    }
    if (head == null) {
      head = coordinated(j, count);
    }
    if (head == null) {
      int numberOf = numberOf(q.qualifierFrom());
      if (numberOf >= 0) {
        head = headOfRun(numberOf, true);
      }
    }
    if (head == null && GROWTH.contains(f.lw(q.qualifierFrom() - 1)) && count) {
      head = pluralBefore(q.qualifierFrom() - 1);
    }
    if (head == null && !count) {
      head = measured(q, j);
    }
    if (head == null) {
      Span at = Span.of(q.quantity().span().end(), q.quantity().span().end());
      return new Claimed(new Subject(at, "", "", owner(q, -1, -1)), Optional.empty(), happenings.find(q, -1, q.to(), part));
    }
    int end = complementEnd(head[1]);
    Span span = Span.of(f.tokens.get(head[0]).start(), f.tokens.get(end).end());
    Subject subject = new Subject(span, span.of(f.text), f.lw(head[1]), owner(q, head[0], head[1]));
    return new Claimed(subject, place(end + 1), happenings.find(q, head[0], end + 1, part));
  }

  /**
   * Some of things counted before ("two of the victims", "three of their children"), more of them
   * ("another two"), or the things themselves.
   */
  private Happening.Part partOf(QuantityFinder.Found q) {
    if (f.lw(q.to()).equals("of") && DETERMINERS.contains(f.lw(q.to() + 1)) && !f.lw(q.to() + 1).startsWith("a")) {
      return Happening.Part.SOME;
    }
    return f.lw(q.qualifierFrom() - 1).equals("another") ? Happening.Part.MORE : Happening.Part.WHOLE;
  }

  /**
   * The last token of what a head names with its complement: "counts of attempted first-degree
   * murder", "rounds of ammunition" (lower-case words after "of", no determiner), else the head.
   */
  private int complementEnd(int head) {
    if (!f.lw(head + 1).equals("of")) {
      return head;
    }
    int end = head + 1;
    while (end + 1 < f.size() && end - head < 6 && isPlainNoun(end + 1)
        && !(f.lw(end + 1).endsWith("ed") && !isPlainNoun(end + 2))) {
      end++;
    }
    return end > head + 1 ? end : head;
  }

  /**
   * What a measure without a noun after it measures: "$1 million in damage", "a loss of $473
   * million", "a mortality rate of between 60 and 70 percent", "His blood-alcohol level was 0.41
   * percent", "The margin of error for the poll was six points". Counts are left out: "of" and a
   * copula before a count usually introduce the thing counted elsewhere ("the death toll rose to").
   */
  private int[] measured(QuantityFinder.Found q, int after) {
    Unit unit = q.quantity().unit();
    if (unit == Unit.MONEY && f.lw(after).equals("in") && isPlainNoun(after + 1) && !f.lw(after + 1).endsWith("ing")) {
      return new int[] {after + 1, after + 1};
    }
    int k = q.qualifierFrom() - 1;
    if (f.lw(k).equals("between")) {
      k--;
    }
    if (f.lw(k).equals("of") && isPlainNoun(k - 1)) {
      return new int[] {k - 1, k - 1};
    }
    if (f.lw(k).equals("at") && f.lw(k - 1).startsWith("st")) {
      k--;
    }
    // a distance after a copula places its subject ("The trailer is 100 yards east of"); a share or a price measures it
    boolean share = unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINTS || unit == Unit.MONEY;
    return share && COPULAS.contains(f.lw(k)) ? copulaSubject(k) : null;
  }

  /**
   * The head of the noun phrase before a copula at {@code copula}: the word before it, or, when
   * the phrase is "X of Y [for Z]", X ("The margin of error for the poll was").
   */
  private int[] copulaSubject(int copula) {
    int head = copula - 1;
    if (!isPlainNoun(head)) {
      return null;
    }
    for (int k = head - 1; k >= 0 && k > copula - 9; k--) {
      String l = f.lw(k);
      if (l.equals("of") && isPlainNoun(k - 1)) {
        head = k - 1;
      } else if (!l.equals("for") && !DETERMINERS.contains(l) && !isNounish(k)) {
        break;
      }
    }
    return new int[] {head, head};
  }

  /**
   * The label of a figure in a list or a fact box, "Property crime incidents: 4 Violent crime
   * incidents: 6", "Deaths: 12": the noun before the colon when nothing follows the figure but the
   * next label (a capitalised word) or the end.
   */
  private int[] labelled(QuantityFinder.Found q, int after) {
    int colon = q.qualifierFrom() - 1;
    if (!f.lw(colon).equals(":") || !isNounish(colon - 1) || isNounish(after) && !Words.isCapitalised(f.tok(after))) {
      return null;
    }
    int head = colon - 1;
    int start = head;
    for (int k = head - 1; k >= 0 && k > colon - 9; k--) {
      String l = f.lw(k);
      boolean link = l.equals("of") || l.equals("per");
      if (link && isNounish(k - 1)) {
        head = k - 1;
      } else if (!link && !isNounish(k) && !(Words.isNumberLike(f.tok(k)) && f.lw(k - 1).equals("per"))) {
        break;
      }
      start = k;
    }
    return new int[] {start, head};
  }

  /** A lower-case noun-like word at {@code k}: not a name, a number or a function word. */
  private boolean isPlainNoun(int k) {
    String t = f.tok(k);
    return isNounish(k) && !Words.isCapitalised(t);
  }

  /**
   * The thing counted by the second of two coordinated amounts: "Hundreds and thousands of
   * travellers", "two or three dozen protesters".
   */
  private int[] coordinated(int j, boolean count) {
    if (!count || !f.lw(j).equals("and") && !f.lw(j).equals("or")) {
      return null;
    }
    int k = j + 1;
    if (!Words.isNumberLike(f.tok(k))) {
      return null;
    }
    while (Words.isNumberLike(f.tok(k))) {
      k++;
    }
    if (f.lw(k).equals("of")) {
      k++;
      while (DETERMINERS.contains(f.lw(k))) {
        k++;
      }
    }
    return headOfRun(k, true);
  }

  /** A subject and a place. */
  record Claimed(Subject subject, Optional<Place> place, Happening happening) {}

  /**
   * The noun run from {@code j}: {start, head} token indices, or null. The head is the run's last
   * plural noun ("two shooting victims running" gives "victims"); without one, the run's last word
   * unless {@code plural} requires one.
   */
  private int[] headOfRun(int j, boolean plural) {
    int end = j;
    while (end < f.size() && end - j < 9 && isNounish(end) && !verbAfterPlural(end, j)) {
      end++;
    }
    if (end == j) {
      return null;
    }
    for (int k = end - 1; k >= j; k--) {
      if (Words.looksPlural(f.tok(k))) {
        return new int[] {j, k};
      }
    }
    return plural ? null : new int[] {j, end - 1};
  }

  /** A past-tense verb after the run's plural noun ends it: "43 crew members exhibited symptoms". */
  private boolean verbAfterPlural(int k, int runStart) {
    return k > runStart && f.lw(k).endsWith("ed") && f.lw(k).length() > 4 && Words.looksPlural(f.tok(k - 1));
  }

  private boolean isNounish(int k) {
    String t = f.tok(k);
    String l = f.lw(k);
    return Words.isWord(t) && !Words.PHRASE_STOPS.contains(l) && !Words.TIME_WORDS.contains(l)
        && !Numbers.isNumberWord(l) && !Words.MONTHS.contains(l) && !Words.WEEKDAYS.contains(l)
        && !(l.endsWith("ly") && !NOUNS_IN_LY.contains(l));
  }

  /** The token after "the number of" before {@code before}, or -1. */
  private int numberOf(int before) {
    for (int k = before - 2; k >= 1 && k > before - 25; k--) {
      if (f.lw(k).equals("of") && (f.lw(k - 1).equals("number") || f.lw(k - 1).equals("total"))) {
        int j = k + 1;
        while (DETERMINERS.contains(f.lw(j))) {
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  /** The nearest plural noun before {@code before}, with the modifiers before it: {start, head}. */
  private int[] pluralBefore(int before) {
    for (int k = before - 1; k >= 0 && k > before - 12; k--) {
      if (f.lw(k).equals(".") || f.lw(k).equals(";")) {
        return null;
      }
      if (Words.looksPlural(f.tok(k)) && isNounish(k)) {
        int start = k;
        while (start > 0 && isNounish(start - 1)) {
          start--;
        }
        return new int[] {start, k};
      }
    }
    return null;
  }

  /** A nationality in the phrase, a possessive before the number, or the subject of "has"/"deployed". */
  private Optional<String> owner(QuantityFinder.Found q, int start, int head) {
    for (int k = start; k >= 0 && k < head; k++) {
      Optional<String> o = Owners.of(f.tok(k));
      if (o.isPresent()) {
        return o;
      }
    }
    int k = q.qualifierFrom() - 1;
    if (f.lw(k).equals("'s") || f.lw(k).equals("’s")) {
      return Owners.of(f.tok(k - 1));
    }
    if (!HOLDING.contains(f.lw(k))) {
      return Optional.empty();
    }
    k--;
    while (k >= 0 && AUXILIARIES.contains(f.lw(k))) {
      k--;
    }
    if (f.lw(k).equals("which") && f.lw(k - 1).equals(",")) {
      k -= 2;
    }
    List<String> name = new ArrayList<>();
    while (k >= 0 && (Words.isCapitalised(f.tok(k)) || f.lw(k).equals("the")) && name.size() < 4) {
      if (!f.lw(k).equals("the")) {
        name.add(0, f.tok(k));
      }
      k--;
    }
    return name.isEmpty() ? Optional.empty() : Owners.of(String.join(" ", name)).or(() -> Owners.of(name.get(name.size() - 1)));
  }

  /** The locative phrase at {@code k}: "on the border with Ukraine", "near Ukraine and in Crimea". */
  private Optional<Place> place(int k) {
    if (!LOCATIVE.contains(f.lw(k))) {
      return Optional.empty();
    }
    int end = k + 1;
    List<String> names = new ArrayList<>();
    while (end < f.size() && end - k < 12) {
      String t = f.tok(end);
      String l = f.lw(end);
      if (!Words.isWord(t) && !l.equals("’s") && !l.equals("'s") || PLACE_STOPS.contains(l) && end > k + 1) {
        break;
      }
      if (Words.MONTHS.contains(l) || Words.WEEKDAYS.contains(l) || Words.TIME_WORDS.contains(l) || inTimex(end)
          || TIME_MODIFIERS.contains(l) || Character.isDigit(f.tok(end + 1).isEmpty() ? 'x' : f.tok(end + 1).charAt(0))) {
        return Optional.empty();
      }
      if (Words.isCapitalised(t) && Words.isWord(t)) {
        names.add(t);
      }
      end++;
    }
    if (end == k + 1) {
      return Optional.empty();
    }
    Span span = Span.of(f.tokens.get(k).start(), f.tokens.get(end - 1).end());
    return Optional.of(new Place(span, span.of(f.text), names));
  }

  private boolean inTimex(int k) {
    Span s = f.tokens.get(k).span();
    return timexes.stream().anyMatch(t -> t.span().overlaps(s));
  }
}
