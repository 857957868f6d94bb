import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.extract.Extraction;
import org.storyline.extract.ExtractionCodec;
import org.storyline.extract.Extractor;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.reconcile.timeline.ArticleEvents;
import org.storyline.reconcile.timeline.EventTimelineBuilder;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineCodec;
import org.storyline.store.Stores;

/**
 * What events cost beside the rest of extraction (issue 17: events, event coreference and the
 * timeline add at most 25% to the extract stage), in thread CPU time, one thread, over the articles
 * and stories of a store made by {@code analyze} (say, of GVA dev). Each round replays what the
 * engine does with events: the articles in the store's order (by date) in batches of 100 (the
 * engine's default batch); each batch first extracted, by an {@code Extractor} without the event
 * detector (its tokenizer the shipped extractor's), then by the event detector over what that
 * gave (as {@code Extractor.extract} hands it over), each timed; then every story the
 * batch touched built again from its articles so far, in story order, by one remembering builder
 * ({@code EventTimelineBuilder.withDefaults()}, as the engine keeps one) with the story's entities
 * (resolved, not timed): event coreference and the timeline.
 *
 * <p>Prints each round's CPU seconds, the share (event detector + timeline) / (extract without
 * events), and the md5 of every extraction's JSON and of every story's last timeline, which must
 * not move when only speed was meant to. Run with the built jar and the flags of {@code analyze}:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/events/EventsCpu.java STORE.db [ROUNDS]</pre>
 */
public class EventsCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int BATCH = 100;

  public static void main(String[] args) throws Exception {
    List<Article> articles;
    List<Story> stories;
    try (Store store = Stores.open(Path.of(args[0]))) {
      articles = store.articles(0, Integer.MAX_VALUE);
      stories = store.stories(StoreReader.StoryOrder.LARGEST, 0, Integer.MAX_VALUE);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Map<ArticleId, Story> storyOf = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s)));
    Tokenizer tokenizer = sharedTokenizer();
    Extractor withoutEvents = new Extractor(tokenizer, new RuleTimeTagger(), PerceptronRecognizer.shipped(),
        new RuleQuoteExtractor(), new RuleClaimExtractor(), null);
    PerceptronEventDetector events = PerceptronEventDetector.shipped();
    System.out.printf("%d articles, %d stories%n", articles.size(), stories.size());
    for (int round = 1; round <= rounds; round++) {
      long rest = 0;
      long detect = 0;
      MessageDigest extracted = MessageDigest.getInstance("MD5");
      Map<ArticleId, Extraction> byId = new HashMap<>();
      Replay replay = new Replay(storyOf, byId);
      for (int i = 0; i < articles.size(); i += BATCH) {
        List<Article> batch = articles.subList(i, Math.min(articles.size(), i + BATCH));
        for (Article a : batch) {
          long t = cpu();
          Extraction x = withoutEvents.extract(a);
          rest += cpu() - t;
          List<Sentence> sentences = tokenizer.sentences(a.text()); // what Extractor.extract hands the detector
          t = cpu();
          List<EventMention> found = events.detect(a.text(), sentences, x.timexes(), x.mentions(), x.timeAnchor());
          detect += cpu() - t;
          x = new Extraction(a, x.timeAnchor(), x.timexes(), x.mentions(), x.quotes(), x.claims(), found);
          extracted.update(ExtractionCodec.encode(x));
          byId.put(a.id(), x);
        }
        replay.batch(batch);
      }
      MessageDigest timelines = MessageDigest.getInstance("MD5");
      replay.last.values().forEach(t -> t.events().forEach(e -> timelines.update(TimelineCodec.encode(e))));
      System.out.printf("round %d, CPU s: extract without events %.2f | event detector %.2f | timeline %.2f (%d builds)%n",
          round, rest / 1e9, detect / 1e9, replay.cpu / 1e9, replay.builds);
      System.out.printf("  events %.1f%% + timeline %.1f%% = %.1f%% of extract without events%n", 100.0 * detect / rest,
          100.0 * replay.cpu / rest, 100.0 * (detect + replay.cpu) / rest);
      System.out.println("  md5 extractions " + HexFormat.of().formatHex(extracted.digest()) + ", timelines "
          + HexFormat.of().formatHex(timelines.digest()));
    }
  }

  /**
   * The tokenizer the shipped extractor uses: the one it shares with the timeline where this
   * Storyline has it (looked up by name, so that this harness also runs on a jar from before it).
   */
  private static Tokenizer sharedTokenizer() {
    try {
      return (Tokenizer) Class.forName("org.storyline.extract.RememberingTokenizer").getMethod("shared").invoke(null);
    } catch (ReflectiveOperationException e) {
      return new RuleTokenizer();
    }
  }

  /** The engine's reconcile of events replayed batch by batch: each story a batch touched built again, timed. */
  private static final class Replay {
    final EventTimelineBuilder builder = EventTimelineBuilder.withDefaults();
    final RuleEntityResolver resolver = new RuleEntityResolver();
    final Map<ArticleId, Story> storyOf;
    final Map<ArticleId, Extraction> extracted;
    final Set<ArticleId> arrived = new HashSet<>();
    final Map<Story, StoryTimeline> last = new LinkedHashMap<>();
    long cpu;
    long builds;

    Replay(Map<ArticleId, Story> storyOf, Map<ArticleId, Extraction> extracted) {
      this.storyOf = storyOf;
      this.extracted = extracted;
    }

    void batch(List<Article> batch) {
      Set<Story> touched = new LinkedHashSet<>();
      for (Article a : batch) {
        arrived.add(a.id());
        Story s = storyOf.get(a.id());
        if (s != null) {
          touched.add(s);
        }
      }
      for (Story s : touched) {
        List<Extraction> members = s.articles().stream().filter(arrived::contains).map(extracted::get).toList();
        List<ArticleMentions> mentions = members.stream()
            .map(x -> new ArticleMentions(x.article().id(), x.article().text(), x.mentions())).toList();
        List<Entity> found = resolver.resolve(mentions, List.of());
        List<ArticleEvents> input = members.stream().map(x -> new ArticleEvents(x.article(), x.events())).toList();
        long t = cpu();
        StoryTimeline timeline = builder.build(s.id(), input, found);
        cpu += cpu() - t;
        builds++;
        last.put(s, timeline);
      }
    }
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
