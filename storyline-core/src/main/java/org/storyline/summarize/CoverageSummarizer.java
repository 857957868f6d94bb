package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.storyline.extract.Extraction;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Span;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.SourcedClaim;
import org.storyline.reconcile.timeline.TimelineEvent;

/**
 * A {@link StorySummarizer} that covers: sentences are taken greedily by how central they are
 * (cosine with the TF-IDF centroid of the story's sentences, a little more for an article's lead),
 * with gains for what the summary does not cover yet (a day no chosen sentence tells of, weighed
 * by the sentences naming it and the articles published on it, as the timeline summary counted
 * before it counted each article once, see docs/summaries.md; a value
 * of a disputed figure not quoted yet, an outlet not quoted yet, a happening of the story's timeline
 * not told yet, weighed by the articles telling it: {@link Happenings}), and none that repeats one
 * chosen. Each happening several articles tell, and a disputed figure's two values, get a sentence
 * before anything gets a second one or background; between sentences, one that reports a happening
 * (its agent and a figure: {@link Reports}) is preferred. Announcements of a day, or of a timeline
 * event, that a later article of the story reports are left out first.
 */
public final class CoverageSummarizer implements StorySummarizer {

  private static final int MIN_WORDS = 6;
  private static final int CANDIDATE_POSITIONS = 12;
  private static final int MAX_SENTENCE_WORDS = 55;
  private static final double REPEAT = 0.45;
  /** What an article's first, second and third sentence gain: in news the lead tells the happening. */
  private static final double[] LEAD_BONUS = {0.25, 0.15, 0.05};
  private static final double NEW_DAY = 0.4;
  /**
   * What a happening of the story's timeline not told yet gains, times its weight ({@link
   * Happenings}): as much as a day (1.0 was tried and did worse on the development check).
   */
  private static final double NEW_EVENT = 0.4;
  private static final double NEW_VALUE = 0.15;
  private static final double NEW_OUTLET = 0.05;
  /**
   * What a sentence reporting a happening (its agent and a figure: {@link Reports}) gains over one
   * of background: less than an article's lead, so that it decides between sentences that tell the
   * same, not what is told.
   */
  private static final double REPORT = 0.1;
  /** What a sentence naming a day ahead adds to the day's weight (the timeline summary's default, {@link DatewiseConfig#DEFAULT}). */
  private static final double ANNOUNCED = 0.5;

  private final Units units = new Units(new RuleTokenizer(), new RuleTimeTagger());

  @Override
  public List<SourcedSentence> summarize(List<Extraction> story, List<ClaimGroup> claims, List<TimelineEvent> events,
      int maxWords) {
    return read(story, claims, events).summary(story, maxWords);
  }

  /**
   * Reads each article into sentences once, however many parts of the story are summarised, and
   * weighs a part's sentences once for all the lengths asked of it (a story and its only sub-event
   * are one part at two lengths).
   */
  @Override
  public Read read(List<Extraction> story, List<ClaimGroup> claims, List<TimelineEvent> events) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(events, "events");
    return new StoryRead(story, claims, events);
  }

  /**
   * The summary of a story given as plain dated texts (an evaluation's articles, not extracted):
   * the days each sentence names are tagged here, and there are no claim groups.
   */
  public List<SourcedSentence> summarizeTexts(List<DatedText> story, int maxWords) {
    Objects.requireNonNull(story, "story");
    checkWords(maxWords);
    List<DatedText> sorted = story.stream().sorted(Comparator.comparing(DatedText::id)).toList();
    return prepare(units.read(sorted), List.of(), List.of(), Reports.none()).summary(maxWords);
  }

  private static void checkWords(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be at least 1, not " + maxWords);
    }
  }

  /**
   * One story's articles read once: their sentences by article, and each part's weighed sentences
   * by its extractions in id order. Extractions are told apart by identity (a record's hash walks
   * every mention), as the summary of a part made alone would read each of them.
   */
  private final class StoryRead implements Read {
    private final Set<Extraction> story = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<ClaimGroup> claims;
    private final List<TimelineEvent> events;
    private final Map<Extraction, List<Unit>> sentences = new IdentityHashMap<>();
    private final Map<Part, Picker> parts = new HashMap<>();

    StoryRead(List<Extraction> story, List<ClaimGroup> claims, List<TimelineEvent> events) {
      this.story.addAll(story);
      this.claims = claims;
      this.events = events;
    }

    @Override
    public List<SourcedSentence> summary(List<Extraction> part, int maxWords) {
      Objects.requireNonNull(part, "part");
      checkWords(maxWords);
      List<Extraction> sorted = part.stream().sorted(Comparator.comparing((Extraction x) -> x.article().id().value())).toList();
      for (Extraction x : sorted) {
        if (!story.contains(x)) {
          throw new IllegalArgumentException("article " + x.article().id() + " is not one of the story read");
        }
      }
      return parts.computeIfAbsent(new Part(sorted), k -> prepare(sentences(sorted), claims, events, Reports.of(sorted)))
          .summary(maxWords);
    }

    /** The part's sentences; an extraction given twice is read twice, its sentences two units each, as alone. */
    private List<Unit> sentences(List<Extraction> sorted) {
      Set<Extraction> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Unit> all = new ArrayList<>();
      for (Extraction x : sorted) {
        all.addAll(seen.add(x) ? sentences.computeIfAbsent(x, units::read) : units.read(x));
      }
      return all;
    }
  }

  /** A part of a story: its extractions in id order, compared by identity. */
  private record Part(List<Extraction> extractions) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Part other) || other.extractions.size() != extractions.size()) {
        return false;
      }
      for (int i = 0; i < extractions.size(); i++) {
        if (other.extractions.get(i) != extractions.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (Extraction x : extractions) {
        h = 31 * h + System.identityHashCode(x);
      }
      return h;
    }
  }

  /** The sentences {@code all} weighed for the greedy choice, which may then be made at any length. */
  private Picker prepare(List<Unit> all, List<ClaimGroup> claims, List<TimelineEvent> events, Reports reports) {
    Happenings happenings = Happenings.of(all, events);
    List<Unit> sentences = candidates(all).stream().filter(u -> !happenings.onlyAnnouncesReported(u)).toList();
    List<Unit> heads = heads(sentences, happenings);
    List<Unit> usable = new ArrayList<>(sentences);
    usable.addAll(heads);
    Map<Unit, Set<String>> disputed = disputedValues(usable, claims);
    // an article's happening is in its first sentences; further down only a disputed figure or a
    // happening several articles tell is worth quoting (and the greedy choice costs candidates
    // times sentences chosen)
    List<Unit> candidates = usable.stream().filter(u -> u.position() < CANDIDATE_POSITIONS || disputed.containsKey(u)
        || tellsAHappening(u, happenings)).toList();
    Set<Unit> headSet = Collections.newSetFromMap(new IdentityHashMap<>());
    headSet.addAll(heads);
    return new Picker(all, candidates, headSet, disputed, happenings, reports);
  }

  /**
   * The heads of the sentences that tell a happening of the timeline ({@link Heads}): each up to the
   * end of the clause that holds a trigger of each happening it tells, naming the days of those
   * happenings it names. A report that tells a happening in a long sentence ("The talks follow a
   * Dec. 7 call in which ...") competes with its nine words, not its thirty-seven.
   */
  private List<Unit> heads(List<Unit> sentences, Happenings happenings) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : sentences) {
      Optional<Integer> last = happenings.reach(u);
      OptionalInt end = last.isEmpty() ? OptionalInt.empty() : Heads.end(u.text(), last.get() - u.span().start());
      if (end.isPresent()) {
        Unit head = units.head(u, end.getAsInt(), toldDays(u, happenings));
        happenings.tellsAs(head, u);
        out.add(head);
      }
    }
    return out;
  }

  /** The days {@code u} names that fall within the dates of the happenings it tells: those its head names. */
  private static Set<LocalDate> toldDays(Unit u, Happenings happenings) {
    Set<LocalDate> days = new HashSet<>();
    for (LocalDate d : u.mentioned()) {
      if (happenings.dates(u).stream().anyMatch(w -> !d.isBefore(w.first()) && !d.isAfter(w.last()))) {
        days.add(d);
      }
    }
    return days;
  }

  private static boolean tellsAHappening(Unit u, Happenings happenings) {
    return happenings.told(u).stream().anyMatch(e -> happenings.weight(e) > 0);
  }

  /** Sentences of a usable length, announcements of days that a later article reports left out. */
  private static List<Unit> candidates(List<Unit> all) {
    Set<LocalDate> reported = new HashSet<>();
    for (Unit u : all) {
      reported.add(u.article().published());
      u.mentioned().stream().filter(d -> !d.isAfter(u.article().published())).forEach(reported::add);
    }
    List<Unit> out = new ArrayList<>();
    for (Unit u : all) {
      // a sentence that starts in lower case is the tail of one the splitter cut wrongly
      if (u.words() < MIN_WORDS || u.words() > MAX_SENTENCE_WORDS || u.terms().size() < 3
          || Character.isLowerCase(u.text().charAt(0)) || !endsLikeSentence(u.text())) {
        continue;
      }
      LocalDate published = u.article().published();
      if (u.mentioned().stream().noneMatch(d -> d.isAfter(published) && reported.contains(d))) {
        out.add(u);
      }
    }
    return out;
  }

  /** Whether the text ends as a sentence does, not as a subheading or a caption ("US deployment in Europe amid warnings"). */
  private static boolean endsLikeSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?\"'\u201d\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** The days a sentence tells of: those it names up to its publication, else its publication day. */
  static Set<LocalDate> days(Unit u) {
    LocalDate published = u.article().published();
    Set<LocalDate> days = new HashSet<>();
    u.mentioned().stream().filter(d -> !d.isAfter(published)).forEach(days::add);
    return days.isEmpty() ? Set.of(published) : days;
  }

  /** The day a sentence tells of, to order the summary by: the earliest of {@link #days}. */
  static LocalDate day(Unit u) {
    return Collections.min(days(u));
  }

  /** For each sentence holding a value of a figure the sources disagree on: "group#value" keys. */
  private static Map<Unit, Set<String>> disputedValues(List<Unit> candidates, List<ClaimGroup> claims) {
    Map<Unit, Set<String>> out = new IdentityHashMap<>();
    int g = 0;
    for (ClaimGroup group : claims) {
      g++;
      if (!group.disagreement()) {
        continue;
      }
      for (SourcedClaim m : group.members()) {
        Span at = m.claim().quantity().span();
        for (Unit u : candidates) {
          if (u.article().id().equals(m.article().value()) && u.span().contains(at)) {
            out.computeIfAbsent(u, k -> new HashSet<>()).add(g + "#" + m.claim().quantity().amount());
          }
        }
      }
    }
    return out;
  }

  /** What the sentences chosen so far tell. */
  private static final class Covered {
    final Set<LocalDate> days = new HashSet<>();
    final Set<Integer> events = new HashSet<>();
    final Set<String> values = new HashSet<>();
    final Set<String> outlets = new HashSet<>();
  }

  /** The greedy choice. */
  private static final class Picker {
    private final List<Unit> candidates;
    private final Map<Unit, Set<String>> disputed;
    // identity: a record's hash walks its lists, and the greedy loop looks units up often
    private final Map<Unit, Vector> vectors = new IdentityHashMap<>();
    private final Vector centroid = new Vector();
    private final Map<LocalDate, Double> dayWeight = new HashMap<>();
    private final Happenings happenings;
    private final Reports reports;

    /**
     * @param heads those of the candidates that are heads of others: scored as any, but the
     *     story's centroid is of whole sentences
     */
    Picker(List<Unit> all, List<Unit> candidates, Set<Unit> heads, Map<Unit, Set<String>> disputed, Happenings happenings,
        Reports reports) {
      this.candidates = candidates;
      this.disputed = disputed;
      this.happenings = happenings;
      this.reports = reports;
      weighDays(all);
      Map<String, Double> idf = Unit.idf(all);
      for (Unit u : candidates) {
        Vector v = Vector.tfIdf(Terms.counts(u.terms()), idf);
        v = v.norm() > 0 ? v.scaledBy(1 / v.norm()) : v;
        vectors.put(u, v);
        if (!heads.contains(u)) {
          centroid.add(v);
        }
      }
    }

    /**
     * How much each day is a happening of the story: sentences naming it (up to their publication)
     * and articles published on it, scaled so the busiest day is 1 (the timeline summary now counts
     * each article once a day, {@code DayScores}; not tried here yet).
     */
    private void weighDays(List<Unit> all) {
      Set<String> articles = new HashSet<>();
      for (Unit u : all) {
        LocalDate published = u.article().published();
        if (articles.add(u.article().id())) {
          dayWeight.merge(published, 2.0, Double::sum);
        }
        u.mentioned().forEach(d -> dayWeight.merge(d, !d.isAfter(published) ? 1.0 : ANNOUNCED, Double::sum));
      }
      double max = dayWeight.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      dayWeight.replaceAll((d, w) -> w / max);
    }

    /** The sentences chosen within {@code maxWords}, in the summary's order, cited. */
    List<SourcedSentence> summary(int maxWords) {
      List<Unit> chosen = pick(maxWords);
      chosen.sort(Comparator.comparing(CoverageSummarizer::day).thenComparing(u -> u.article().published())
          .thenComparing(u -> u.article().id()).thenComparing(Unit::position));
      return chosen.stream().map(Unit::cite).toList();
    }

    /**
     * Greedily, in two rounds: first only sentences that tell what the summary does not tell yet (a
     * happening of the story several articles tell, a value of a disputed figure while fewer than
     * two are shown), so that each of the story's happenings and its disagreements gets a sentence
     * before any gets a second one or background; then any sentence, as long as words are left.
     */
    private List<Unit> pick(int maxWords) {
      List<Unit> chosen = new ArrayList<>();
      Map<Unit, Boolean> taken = new IdentityHashMap<>();
      Covered covered = new Covered();
      int words = 0;
      boolean newsOnly = true;
      while (true) {
        Unit best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (Unit u : candidates) {
          if (words + u.words() > maxWords || taken.containsKey(u) || repeats(u, chosen)
              || newsOnly && !tellsNews(u, covered)) {
            continue;
          }
          // per word spent, softened: a long sentence must say more to be worth its words
          double gain = (quality(u) + coverage(u, covered)) / Math.sqrt(Math.max(u.words(), 15));
          if (gain > bestGain) {
            best = u;
            bestGain = gain;
          }
        }
        if (best == null && newsOnly) {
          newsOnly = false;
          continue;
        }
        if (best == null) {
          return chosen;
        }
        chosen.add(best);
        taken.put(best, true);
        words += best.words();
        covered.days.addAll(days(best));
        covered.events.addAll(happenings.told(best));
        covered.values.addAll(disputed.getOrDefault(best, Set.of()));
        covered.outlets.add(String.valueOf(best.article().outlet()));
      }
    }

    /** How central the sentence is, whether it leads its article, whether it reports a happening. */
    private double quality(Unit u) {
      return vectors.get(u).cosine(centroid) + (u.position() < LEAD_BONUS.length ? LEAD_BONUS[u.position()] : 0)
          + (reports.reports(u) ? REPORT : 0);
    }

    /** Whether {@code u} tells a happening of the story not told yet, or shows a disputed figure's first or second value. */
    private boolean tellsNews(Unit u, Covered covered) {
      for (int e : happenings.told(u)) {
        if (!covered.events.contains(e) && happenings.weight(e) > 0) {
          return true;
        }
      }
      for (String v : disputed.getOrDefault(u, Set.of())) {
        if (!covered.values.contains(v) && valuesOf(group(v), covered.values) < 2) {
          return true;
        }
      }
      return false;
    }

    /** What the sentence tells that the summary does not yet: days, happenings, values of a disputed figure, an outlet. */
    private double coverage(Unit u, Covered covered) {
      double g = 0;
      for (LocalDate d : days(u)) {
        if (!covered.days.contains(d)) {
          g += NEW_DAY * dayWeight.getOrDefault(d, 0.0);
        }
      }
      for (int e : happenings.told(u)) {
        if (!covered.events.contains(e)) {
          g += NEW_EVENT * happenings.weight(e);
        }
      }
      Set<String> values = covered.values;
      // a disputed figure is shown by two of its values: the second, which makes the disagreement
      // visible, gains twice the first; more would crowd out the happenings
      double valueGain = 0;
      for (String v : disputed.getOrDefault(u, Set.of())) {
        long shown = valuesOf(group(v), values);
        if (!values.contains(v) && shown < 2) {
          valueGain = Math.max(valueGain, NEW_VALUE * (shown + 1));
        }
      }
      g += valueGain;
      if (!covered.outlets.contains(String.valueOf(u.article().outlet()))) {
        g += NEW_OUTLET;
      }
      return g;
    }

    private static String group(String value) {
      return value.substring(0, value.indexOf('#'));
    }

    private static long valuesOf(String group, Set<String> values) {
      return values.stream().filter(v -> group(v).equals(group)).count();
    }

    /** A sentence and its head: one is quoted at most. */
    private static boolean sameSentence(Unit u, Unit c) {
      return u.article().id().equals(c.article().id()) && u.position() == c.position();
    }

    private boolean repeats(Unit u, List<Unit> chosen) {
      for (Unit c : chosen) {
        if (vectors.get(u).cosine(vectors.get(c)) > REPEAT || u.text().equals(c.text()) || sameSentence(u, c)) {
          return true;
        }
      }
      return false;
    }
  }
}
