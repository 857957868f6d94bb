package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.storyline.extract.event.EventType;
import org.storyline.model.ArticleId;
import org.storyline.reconcile.event.EventLemmas;
import org.storyline.reconcile.timeline.TimelineEvent.Source;

/**
 * How much a timeline event matters to a reader, and which events a story's timeline lists by
 * default: a points rule read from the stored event alone (and its articles' titles), so that the
 * stored timeline keeps every event and an old store is read the same way.
 *
 * <p>An event earns a point for each of these, as far as its sources show them:
 * <ul>
 *   <li>{@link Reason#ARTICLES}: each article beyond the first that tells it, up to {@link
 *       Weights#maxArticles} (what several reports tell is what the story is about);
 *   <li>{@link Reason#OUTLETS}: two outlets or more tell it (reports copied within one outlet
 *       corroborate less);
 *   <li>{@link Reason#KIND}: its kind is a happening news names ({@link EventType}: an attack, a
 *       charge, a call, a sale), not {@code OTHER} nor a statement;
 *   <li>{@link Reason#DAY}: it is dated to a day, not a week or a month ("on Monday", not "earlier
 *       this month": what a reader places on a calendar);
 *   <li>{@link Reason#OWN_DATES}: two articles or more give its date in the sentence that tells it;
 *   <li>{@link Reason#TITLE}: its word stands in the title of an article that tells it ("Teen
 *       critical after <i>shooting</i> at basketball court");
 *   <li>{@link Reason#LEAD}: an article tells it in its first {@value #LEAD_CHARACTERS}
 *       characters, the lead that says what the report is about;
 *   <li>{@link Reason#NAMED}: a participant is named (a capitalised name, not a pronoun);
 * </ul>
 * and loses {@link Weights#light} when most of its words are light or aspectual verbs ({@link
 * Reason#LIGHT}: "Our prayers <i>go</i> out", "police are <i>working</i> to", "<i>trying</i> to
 * find"), whose happening is another word's. An event is listed when its points reach {@link
 * Weights#threshold}; a story with fewer listed than {@link Weights#minimum} lists its minimum best
 * (most points, then most articles, then the earliest). Each point's weight and the threshold were
 * chosen on Timeline17's development topics, leaving one topic out (docs/timeline.md, "Which
 * events a timeline lists"); with {@link #DEFAULT}, an event dated to a day is listed unless a
 * light word tells it and nothing else speaks for it:
 * <pre>
 *   "[go] Our prayers go out to those affected by today's shooting" (one article, a day, light): 2 - 2 = 0, left out
 *   "[shooting] ... the shooting on Monday" (two articles, a day): 1 + 2 = 3, listed
 *   "[held] The two leaders held a video call earlier this month" (one article, a month): 0, left out
 * </pre>
 */
public final class EventSalience {

  /** The characters of an article's text that count as its lead (a title line and a sentence or two). */
  public static final int LEAD_CHARACTERS = 300;

  /** Light and aspectual verbs, by {@link EventLemmas#key} ("going" too: the key keeps a stem that short whole). */
  private static final Set<String> LIGHT = keys("go", "going", "get", "make", "take", "try", "want", "work", "seem", "come",
      "keep", "begin", "continue", "do", "have", "give", "put", "let", "help", "need", "use", "become", "remain", "stay",
      "look", "hope", "seek", "attempt", "manage", "able", "wish");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
      "this", "that", "who", "which", "one");

  /** Why an event earns or loses points. */
  public enum Reason { ARTICLES, OUTLETS, KIND, DAY, OWN_DATES, TITLE, LEAD, NAMED, LIGHT }

  /**
   * The points of each reason, the threshold and the minimum a story lists.
   *
   * @param perArticle points for each article beyond the first
   * @param maxArticles the most articles beyond the first that earn points
   * @param outlets points for two outlets or more
   * @param kind points for a kind news names
   * @param day points for a date to the day
   * @param ownDates points for a date two articles give in their own sentences
   * @param title points for a word in a title
   * @param lead points for a lead
   * @param named points for a named participant
   * @param light points taken from a light or aspectual word
   * @param threshold the points an event needs to be listed
   * @param minimum the events a story lists at least (its best), when it has that many
   */
  public record Weights(int perArticle, int maxArticles, int outlets, int kind, int day, int ownDates, int title, int lead,
      int named, int light, int threshold, int minimum) {
    public Weights {
      if (perArticle < 0 || maxArticles < 0 || outlets < 0 || kind < 0 || day < 0 || ownDates < 0 || title < 0 || lead < 0
          || named < 0 || light < 0) {
        throw new IllegalArgumentException("salience points must not be negative (the light word's are taken away)");
      }
      if (minimum < 0) {
        throw new IllegalArgumentException("the minimum of listed events must not be negative");
      }
    }
  }

  /**
   * The weights chosen on Timeline17's three development topics among the settings that still list
   * every event a careful reader takes from the samples (docs/timeline.md): a point an article
   * beyond the first (up to 3), two for a day, one for a named participant, two taken from a light
   * word; listed from one point. Outlets, kind, own dates, title and lead earned nothing there; the
   * weights best on those topics alone (a threshold of 5) list 9 of the samples' 37 events and 7 of
   * their 14.
   */
  public static final Weights DEFAULT = new Weights(1, 3, 0, 0, 2, 0, 0, 0, 1, 2, 1, 0);

  /**
   * An event's points and what earned them.
   *
   * @param score the sum of the points
   * @param points each reason's points (negative for {@link Reason#LIGHT}), reasons that earned none left out
   */
  public record Salience(int score, Map<Reason, Integer> points) {
    public Salience {
      points = Map.copyOf(points);
    }

    /** The reasons in a short form for a reader: "3 articles, 2 outlets, title, light verb". */
    public String why() {
      List<String> out = new ArrayList<>();
      for (Reason r : Reason.values()) {
        if (points.containsKey(r)) {
          out.add(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
      }
      return String.join(", ", out);
    }
  }

  private final Weights weights;

  public EventSalience(Weights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** With {@link #DEFAULT}. */
  public static EventSalience withDefaults() {
    return new EventSalience(DEFAULT);
  }

  /**
   * The event's salience.
   *
   * @param titles each article's title, null when it has none
   */
  public Salience of(TimelineEvent e, Function<ArticleId, String> titles) {
    Objects.requireNonNull(e, "event");
    Objects.requireNonNull(titles, "titles");
    Map<Reason, Integer> points = new EnumMap<>(Reason.class);
    int articles = e.articles().size();
    add(points, Reason.ARTICLES, weights.perArticle * Math.min(articles - 1, weights.maxArticles));
    add(points, Reason.OUTLETS, outlets(e) >= 2 ? weights.outlets : 0);
    add(points, Reason.KIND, e.type() != EventType.OTHER && e.type() != EventType.STATEMENT ? weights.kind : 0);
    add(points, Reason.DAY, e.when().precision() == org.storyline.extract.event.EventTime.Precision.DAY ? weights.day : 0);
    add(points, Reason.OWN_DATES, datingArticles(e) >= 2 ? weights.ownDates : 0);
    add(points, Reason.TITLE, inTitle(e, titles) ? weights.title : 0);
    add(points, Reason.LEAD, inLead(e) ? weights.lead : 0);
    add(points, Reason.NAMED, named(e) ? weights.named : 0);
    add(points, Reason.LIGHT, light(e) ? -weights.light : 0);
    int score = 0;
    for (int p : points.values()) {
      score += p;
    }
    return new Salience(score, points);
  }

  /**
   * The events a timeline lists by default, in its order: those whose points reach the threshold,
   * or, when fewer than {@link Weights#minimum} do, the minimum's best.
   */
  public List<TimelineEvent> listed(StoryTimeline timeline, Function<ArticleId, String> titles) {
    List<TimelineEvent> events = timeline.events();
    Map<TimelineEvent, Integer> scores = new java.util.IdentityHashMap<>();
    Set<TimelineEvent> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (TimelineEvent e : events) {
      int score = of(e, titles).score();
      scores.put(e, score);
      if (score >= weights.threshold) {
        kept.add(e);
      }
    }
    if (kept.size() < weights.minimum) {
      events.stream().sorted(Comparator.comparingInt((TimelineEvent e) -> -scores.get(e))
              .thenComparingInt(e -> -e.articles().size()))
          .limit(weights.minimum).forEach(kept::add);
    }
    return events.stream().filter(kept::contains).toList();
  }

  private static void add(Map<Reason, Integer> points, Reason reason, int p) {
    if (p != 0) {
      points.put(reason, p);
    }
  }

  private static int outlets(TimelineEvent e) {
    Set<String> outlets = new HashSet<>();
    for (Source s : e.sources()) {
      outlets.add(s.outlet().orElse(s.article().value()));
    }
    return outlets.size();
  }

  /** The articles that date it in the sentence that tells it. */
  private static int datingArticles(TimelineEvent e) {
    Set<ArticleId> out = new HashSet<>();
    for (Source s : e.sources()) {
      if (s.when().isPresent()) {
        out.add(s.article());
      }
    }
    return out.size();
  }

  private static boolean inTitle(TimelineEvent e, Function<ArticleId, String> titles) {
    for (Source s : e.sources()) {
      String title = titles.apply(s.article());
      if (title != null && !title.isBlank() && words(title).contains(EventLemmas.key(Whitespace.lastWord(s.text())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inLead(TimelineEvent e) {
    for (Source s : e.sources()) {
      if (s.trigger().start() < LEAD_CHARACTERS) {
        return true;
      }
    }
    return false;
  }

  private static boolean named(TimelineEvent e) {
    for (String p : e.participants()) {
      if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !PRONOUNS.contains(p.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether most of its sources' words are light or aspectual verbs (their last word: "go out" is "out"'s, so any word). */
  private static boolean light(TimelineEvent e) {
    int light = 0;
    for (Source s : e.sources()) {
      for (String w : s.text().split("\\s+")) {
        if (LIGHT.contains(EventLemmas.key(w))) {
          light++;
          break;
        }
      }
    }
    return 2 * light > e.sources().size();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(EventLemmas.key(w));
      }
    }
    return out;
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(EventLemmas.key(w));
    }
    return Set.copyOf(out);
  }
}
