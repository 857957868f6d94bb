import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.reconcile.event.EventLemmas;
import org.storyline.reconcile.timeline.EventSalience;
import org.storyline.reconcile.timeline.EventSalience.Weights;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineEvent;
import org.storyline.store.Stores;

/**
 * Which events a timeline lists, against Timeline17's reference timelines (issue 17's proxy).
 *
 * <p>Usage: {@code java -cp storyline-app/target/storyline.jar tools/timeline/SalienceT17.java
 * STORES_DIR T17_DIR [TOPIC...]}, where {@code STORES_DIR/t17-TOPIC.db} is the store {@code analyze
 * T17_DIR/TOPIC/articles.jsonl} made. For each reference timeline of a topic, the events of every
 * story of the topic whose dates meet the reference's window: an event listed by default is a
 * <i>hit</i> when it is dated to a day, its day is a reference date and its words (label and triggers, by {@link
 * EventLemmas#key}, stop words out) share at least {@value #OVERLAP} with that date's reference
 * sentences; precision is hits over listed events, recall the reference dates some hit covers, F1
 * their harmonic mean (each a mean over the topic's references). Printed: every event, the same
 * number per story taken in date order, {@link EventSalience#DEFAULT}; then a grid of weights
 * with each topic scored by the weights best on the other two (leave one topic out).
 */
public final class SalienceT17 {

  static final int OVERLAP = 2;
  /** F-beta's beta squared: 0.25 weighs precision twice as much as recall (a default view is judged by what it shows). */
  static final double BETA2 = Double.parseDouble(System.getProperty("beta2", "0.25"));
  private static final Set<String> STOP = Set.of(("the a an of to in and or for on at by with from as is was were be been "
      + "has have had it its that this which who said says will would not but after before about into than also he she they "
      + "his her their them we our you i are there more one two new over up out all no can could may last first "
      + "year years day days week month time people").split(" "));

  record Ref(String name, LocalDate start, LocalDate end, Map<LocalDate, Set<String>> dates) {}

  /** An event with its words; {@code day} is its day when it is dated to one, else null (it lists, and never hits). */
  record Ev(TimelineEvent event, String story, LocalDate first, LocalDate last, LocalDate day, Set<String> words) {
    boolean in(Ref ref) {
      return !last.isBefore(ref.start) && !first.isAfter(ref.end);
    }

    boolean hits(Ref ref) {
      Set<String> w = day == null ? null : ref.dates.get(day);
      return w != null && overlap(words, w) >= OVERLAP;
    }
  }

  record Topic(String name, List<Ref> refs, List<Ev> events, Map<String, List<TimelineEvent>> byStory, Function<ArticleId, String> titles) {}

  record Score(double p, double r, double f, double listed) {}

  public static void main(String[] args) throws Exception {
    Path stores = Path.of(args[0]);
    Path data = Path.of(args[1]);
    List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("H1N1", "MJ", "haiti");
    List<Topic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(topic(name, stores.resolve("t17-" + name + ".db"), data.resolve(name)));
    }
    if (System.getenv("FEATURES") != null) {
      features(topics);
      return;
    }
    System.out.println("topic  setting                  P      R      F      listed (per reference; F = F-beta, beta^2 " + BETA2 + ")");
    for (Topic t : topics) {
      print(t.name, "all events", score(t, e -> true));
      Set<TimelineEvent> chosen = listed(t, EventSalience.DEFAULT);
      print(t.name, "date order, same number", score(t, dateOrder(t, chosen)::contains));
      print(t.name, "salience (default)", score(t, chosen::contains));
    }
    List<Weights> grid = grid();
    String gate = System.getProperty("gate");
    if (gate != null) {
      grid = gated(grid, gate.split(","));
    }
    // each setting's F on each topic, once: the folds and the final choice read this table
    double[][] f = new double[grid.size()][topics.size()];
    for (int i = 0; i < grid.size(); i++) {
      for (int j = 0; j < topics.size(); j++) {
        Set<TimelineEvent> c = listedFast(topics.get(j), grid.get(i));
        f[i][j] = score(topics.get(j), c::contains).f;
      }
    }
    System.out.println("\nleave one topic out over " + grid.size() + " settings:");
    for (int held = 0; held < topics.size() && topics.size() > 1; held++) {
      int best = best(f, held);
      Topic t = topics.get(held);
      Set<TimelineEvent> c = listed(t, grid.get(best));
      if (!c.equals(listedFast(t, grid.get(best)))) {
        throw new IllegalStateException("the grid's fast listing differs from EventSalience.listed");
      }
      System.out.println(t.name + ": chosen on the others: " + grid.get(best));
      print(t.name, "held out, salience", score(t, c::contains));
      print(t.name, "held out, date order", score(t, dateOrder(t, c)::contains));
    }
    int best = best(f, -1);
    System.out.println("chosen on every topic: " + grid.get(best));
  }

  /**
   * The settings that still list by default every event of {@code keys} (a JSON list of events, each
   * by its first day and its sources' triggers, as {@code FOUND_KEYS=FILE tools/engine/timeline-vs-gold.py}
   * writes the samples' gold events found) in story {@code story} of store {@code store}: the
   * samples' check, applied as a condition on the settings, never as a score.
   */
  static List<Weights> gated(List<Weights> grid, String[] storeStoryKeys) throws Exception {
    Set<String> wanted = new HashSet<>();
    for (JsonNode e : new ObjectMapper().readTree(Path.of(storeStoryKeys[2]).toFile())) {
      List<String> sources = new ArrayList<>();
      e.get("sources").forEach(x -> sources.add(x.get("article").asText() + ":" + x.get("start").asInt() + ":" + x.get("end").asInt()));
      wanted.add(key(e.get("first").asText(), sources));
    }
    List<Weights> out = new ArrayList<>();
    try (Store s = Stores.open(Path.of(storeStoryKeys[0]))) {
      StoryTimeline t = s.timeline(s.story(storeStoryKeys[1]).orElseThrow().id());
      Map<ArticleId, String> titles = new HashMap<>();
      t.events().forEach(e -> e.sources().forEach(x -> titles.put(x.article(), s.article(x.article()).map(Article::title).orElse(null))));
      for (Weights w : grid) {
        Set<String> listed = new HashSet<>();
        for (TimelineEvent e : new EventSalience(w).listed(t, titles::get)) {
          listed.add(key(e.when().first().toString(), e.sources().stream()
              .map(x -> x.article().value() + ":" + x.trigger().start() + ":" + x.trigger().end()).toList()));
        }
        if (listed.containsAll(wanted)) {
          out.add(w);
        }
      }
    }
    System.out.println("settings that list the " + wanted.size() + " events of " + storeStoryKeys[2] + ": " + out.size() + " of " + grid.size());
    return out;
  }

  private static String key(String first, List<String> sources) {
    return first + " " + new java.util.TreeSet<>(sources);
  }

  /** The setting with the best mean F over the topics other than {@code held} (-1: all); the first of equals. */
  static int best(double[][] f, int held) {
    int best = -1;
    double bestF = -1;
    for (int i = 0; i < f.length; i++) {
      double sum = 0;
      for (int j = 0; j < f[i].length; j++) {
        sum += j == held ? 0 : f[i][j];
      }
      if (sum > bestF + 1e-9) {
        bestF = sum;
        best = i;
      }
    }
    return best;
  }

  /** For each reason and each count of articles: events with it, and the share of them that hit a reference. */
  static void features(List<Topic> topics) {
    EventSalience unit = new EventSalience(new Weights(1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0));
    for (Topic t : topics) {
      Map<String, int[]> counts = new java.util.TreeMap<>();
      for (Ev e : t.events) {
        boolean inWindow = false;
        boolean hit = false;
        for (Ref ref : t.refs) {
          if (e.in(ref)) {
            inWindow = true;
            hit |= e.hits(ref);
          }
        }
        if (!inWindow) {
          continue;
        }
        var s = unit.of(e.event, t.titles);
        List<String> keys = new ArrayList<>();
        keys.add("all");
        keys.add("articles=" + Math.min(e.event.articles().size(), 5));
        keys.add("type=" + e.event.type());
        keys.add("status=" + e.event.status());
        keys.add("score=" + s.score());
        for (var r : EventSalience.Reason.values()) {
          keys.add(r + "=" + s.points().containsKey(r));
        }
        for (String k : keys) {
          int[] c = counts.computeIfAbsent(k, x -> new int[2]);
          c[0]++;
          c[1] += hit ? 1 : 0;
        }
      }
      System.out.println(t.name);
      counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-30s %5d  %.3f%n", k, c[0], (double) c[1] / c[0]));
    }
  }

  static List<Weights> grid() {
    List<Weights> out = new ArrayList<>();
    for (int threshold = 0; threshold <= 7; threshold++) {
      for (int perArticle : new int[] {1, 2}) {
        for (int outlets : new int[] {0, 1}) {
          for (int light : new int[] {0, 2, 3}) {
            for (int lead : new int[] {0, 1, 2}) {
              for (int named : new int[] {0, 1}) {
                for (int kind : new int[] {0, 1}) {
                  for (int day : new int[] {0, 1, 2}) {
                    for (int ownDates : new int[] {0, 1}) {
                      for (int minimum : new int[] {0}) {
                        out.add(new Weights(perArticle, 3, outlets, kind, day, ownDates, lead, lead, named, light, threshold, minimum));
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** Each event's reasons with unit points (articles beyond the first, capped), computed once for the grid. */
  static final Map<TimelineEvent, int[]> UNIT = new java.util.IdentityHashMap<>();
  static final EventSalience.Reason[] REASONS = EventSalience.Reason.values();

  static int[] unit(TimelineEvent e, Topic t) {
    return UNIT.computeIfAbsent(e, x -> {
      var s = new EventSalience(new Weights(1, 1_000, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0)).of(x, t.titles);
      int[] f = new int[REASONS.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = Math.abs(s.points().getOrDefault(REASONS[i], 0));
      }
      return f;
    });
  }

  /** {@link EventSalience#listed} with the points summed from {@link #unit}: the same rule, fast enough for the grid. */
  static Set<TimelineEvent> listedFast(Topic t, Weights w) {
    Set<TimelineEvent> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<TimelineEvent> events : t.byStory.values()) {
      Map<TimelineEvent, Integer> scores = new java.util.IdentityHashMap<>();
      int kept = 0;
      for (TimelineEvent e : events) {
        int[] f = unit(e, t);
        int score = w.perArticle() * Math.min(f[0], w.maxArticles()) + w.outlets() * f[1] + w.kind() * f[2] + w.day() * f[3]
            + w.ownDates() * f[4] + w.title() * f[5] + w.lead() * f[6] + w.named() * f[7] - w.light() * f[8];
        scores.put(e, score);
        if (score >= w.threshold()) {
          out.add(e);
          kept++;
        }
      }
      if (kept < w.minimum()) {
        events.stream().sorted(Comparator.comparingInt((TimelineEvent e) -> -scores.get(e))
            .thenComparingInt(e -> -e.articles().size())).limit(w.minimum()).forEach(out::add);
      }
    }
    return out;
  }

  static Set<TimelineEvent> listed(Topic t, Weights w) {
    EventSalience s = new EventSalience(w);
    Set<TimelineEvent> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (var e : t.byStory.entrySet()) {
      out.addAll(s.listed(new StoryTimeline(new org.storyline.model.StoryId(e.getKey()), e.getValue()), t.titles));
    }
    return out;
  }

  /** Each story's first events in date order, as many as {@code chosen} holds of that story. */
  static Set<TimelineEvent> dateOrder(Topic t, Set<TimelineEvent> chosen) {
    Set<TimelineEvent> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<TimelineEvent> events : t.byStory.values()) {
      long n = events.stream().filter(chosen::contains).count();
      events.stream().limit(n).forEach(out::add);
    }
    return out;
  }

  static void print(String topic, String setting, Score s) {
    System.out.printf(Locale.ROOT, "%-6s %-24s %.3f  %.3f  %.3f  %.0f%n", topic, setting, s.p, s.r, s.f, s.listed);
  }

  /** Mean precision and recall over the topic's references, F1 of the means (as news-tls averages). */
  static Score score(Topic t, java.util.function.Predicate<TimelineEvent> listed) {
    double p = 0;
    double r = 0;
    double n = 0;
    for (Ref ref : t.refs) {
      int shown = 0;
      int hits = 0;
      Set<LocalDate> covered = new HashSet<>();
      for (Ev e : t.events) {
        if (!e.in(ref) || !listed.test(e.event)) {
          continue;
        }
        shown++;
        if (e.hits(ref)) {
          hits++;
          covered.add(e.day);
        }
      }
      p += shown == 0 ? 0 : (double) hits / shown;
      r += (double) covered.size() / ref.dates.size();
      n += shown;
    }
    p /= t.refs.size();
    r /= t.refs.size();
    return new Score(p, r, p + r == 0 ? 0 : (1 + BETA2) * p * r / (BETA2 * p + r), n / t.refs.size());
  }

  static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(EventLemmas.key(w));
      }
    }
    return out;
  }

  static Topic topic(String name, Path store, Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Ref> refs = new ArrayList<>();
    for (JsonNode task : json.readTree(dir.resolve("tasks.json").toFile())) {
      String ref = task.get("reference").asText();
      Map<LocalDate, Set<String>> dates = new HashMap<>();
      for (JsonNode d : json.readTree(dir.resolve("timelines").resolve(ref + ".json").toFile())) {
        Set<String> w = dates.computeIfAbsent(LocalDate.parse(d.get("date").asText()), k -> new HashSet<>());
        d.get("sentences").forEach(s -> w.addAll(words(s.asText())));
      }
      refs.add(new Ref(ref, LocalDate.parse(task.get("start").asText()), LocalDate.parse(task.get("end").asText()), dates));
    }
    List<Ev> events = new ArrayList<>();
    Map<String, List<TimelineEvent>> byStory = new HashMap<>();
    Map<ArticleId, String> titles = new HashMap<>();
    try (Store s = Stores.open(store)) {
      for (Story story : s.stories(StoreReader.StoryOrder.LARGEST, 0, Integer.MAX_VALUE)) {
        StoryTimeline t = s.timeline(story.id());
        byStory.put(story.id().value(), t.events());
        for (TimelineEvent e : t.events()) {
          StringBuilder text = new StringBuilder(e.label());
          e.sources().forEach(x -> text.append(' ').append(x.text()));
          events.add(new Ev(e, story.id().value(), e.when().first(), e.when().last(),
              e.when().precision() == Precision.DAY ? e.when().first() : null, words(text.toString())));
          for (TimelineEvent.Source x : e.sources()) {
            if (!titles.containsKey(x.article())) {
              titles.put(x.article(), s.article(x.article()).map(Article::title).orElse(null));
            }
          }
        }
      }
    }
    System.err.println(name + ": " + byStory.size() + " stories, " + events.size() + " events, references "
        + refs.stream().map(r -> r.name + " (" + r.dates.size() + " dates)").toList());
    return new Topic(name, refs, events, byStory, titles::get);
  }
}
