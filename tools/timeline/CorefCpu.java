import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.extract.Extraction;
import org.storyline.extract.RememberingTokenizer;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.reconcile.event.CachingCoreferencer;
import org.storyline.reconcile.event.EventCluster;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;
import org.storyline.reconcile.timeline.ArticleEvents;
import org.storyline.reconcile.timeline.EventTimelineBuilder;
import org.storyline.store.Stores;

/**
 * Event coreference alone, in thread CPU time, on the blocks of mentions the timeline hands it
 * while the engine's batches are replayed over a store made by {@code analyze} (say, of GVA dev):
 * the stored extractions' stories are built batch by batch as {@code tools/events/EventsCpu.java}
 * builds them (batches of 100 articles in the store's order, every story a batch touched built
 * again), once, untimed, and every block the builder gave its coreferencer is recorded. Then each
 * round gives the recorded blocks, in order, to a fresh {@code CachingCoreferencer} over a fresh
 * {@code PairwiseEventCoreferencer.shipped()} (what {@code EventTimelineBuilder.withDefaults()}
 * makes), timed. No entities are given (they do not reach coreference).
 *
 * <p>Prints each round's CPU seconds and the md5 of every answer (each cluster's mentions as their
 * positions in the block), which must not move when only speed was meant to. Run with the built
 * jar and the flags of {@code analyze}, alternately with another jar:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/timeline/CorefCpu.java STORE.db [ROUNDS]</pre>
 */
public class CorefCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int BATCH = 100;

  public static void main(String[] args) throws Exception {
    List<Article> articles;
    List<Story> stories;
    Map<ArticleId, Extraction> extracted;
    try (Store store = Stores.open(Path.of(args[0]))) {
      articles = store.articles(0, Integer.MAX_VALUE);
      stories = store.stories(StoreReader.StoryOrder.LARGEST, 0, Integer.MAX_VALUE);
      extracted = store.extractions(articles.stream().map(Article::id).toList());
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Map<ArticleId, Story> storyOf = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s)));
    List<List<EventMention>> blocks = record(articles, storyOf, extracted);
    long pairs = blocks.stream().mapToLong(b -> (long) b.size() * (b.size() - 1) / 2).sum();
    System.out.printf("%d articles, %d stories, %d blocks, %d pairs given%n", articles.size(), stories.size(),
        blocks.size(), pairs);
    for (int round = 1; round <= rounds; round++) {
      EventCoreferencer coreferencer = new CachingCoreferencer(PairwiseEventCoreferencer.shipped(), 2_048);
      MessageDigest answers = MessageDigest.getInstance("MD5");
      long cpu = 0;
      for (List<EventMention> block : blocks) {
        long t = THREADS.getCurrentThreadCpuTime();
        List<EventCluster> clusters = coreferencer.cluster(block);
        cpu += THREADS.getCurrentThreadCpuTime() - t;
        digest(answers, block, clusters);
      }
      System.out.printf("round %d, CPU s: coreference %.3f; md5 %s%n", round, cpu / 1e9,
          HexFormat.of().formatHex(answers.digest()));
    }
  }

  /** The blocks a remembering builder gives its coreferencer while the batches are replayed. */
  private static List<List<EventMention>> record(List<Article> articles, Map<ArticleId, Story> storyOf,
      Map<ArticleId, Extraction> extracted) {
    List<List<EventMention>> blocks = new ArrayList<>();
    EventCoreferencer shipped = new CachingCoreferencer(PairwiseEventCoreferencer.shipped(), 2_048);
    EventCoreferencer recorder = block -> {
      blocks.add(List.copyOf(block));
      return shipped.cluster(block);
    };
    EventTimelineBuilder builder = new EventTimelineBuilder(recorder, RememberingTokenizer.shared());
    Set<ArticleId> arrived = new HashSet<>();
    for (int i = 0; i < articles.size(); i += BATCH) {
      Set<Story> touched = new LinkedHashSet<>();
      for (Article a : articles.subList(i, Math.min(articles.size(), i + BATCH))) {
        arrived.add(a.id());
        Story s = storyOf.get(a.id());
        if (s != null) {
          touched.add(s);
        }
      }
      for (Story s : touched) {
        List<ArticleEvents> input = s.articles().stream().filter(arrived::contains).map(extracted::get)
            .filter(x -> x != null).map(x -> new ArticleEvents(x.article(), x.events())).toList();
        builder.build(s.id(), input, List.of());
      }
    }
    return blocks;
  }

  /** Each cluster as its mentions' positions in the block (first position of equal mentions). */
  private static void digest(MessageDigest md, List<EventMention> block, List<EventCluster> clusters) {
    Map<EventMention, Integer> at = new HashMap<>();
    for (int i = 0; i < block.size(); i++) {
      at.putIfAbsent(block.get(i), i);
    }
    StringBuilder out = new StringBuilder();
    for (EventCluster c : clusters) {
      for (EventMention m : c.mentions()) {
        out.append(at.get(m)).append(',');
      }
      out.append(';');
    }
    md.update(out.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
