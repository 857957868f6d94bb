import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StoreWriter;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.extract.RememberingTokenizer;
import org.storyline.extract.text.Tokenizer;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.model.SubEvent;
import org.storyline.store.Stores;

/**
 * What the engine's reconcile stage ({@code engine.StoryReconciler}: dates, entities, claims,
 * timeline, summaries) costs, in thread CPU time, one thread, over the articles and stories of a
 * store made by {@code analyze} (say, of GVA dev). Each round replays the engine's batches: the
 * articles in the store's order in batches of 100 (the engine's default batch); after each batch,
 * every story the batch touched, as it stood then (its articles so far, its sub-events cut to
 * them), is reconciled by the engine's own reconciler (reached by reflection: it is package-private),
 * one story a call so that all its work runs on this thread. The stories' extractions are read
 * from the store before the clock starts and handed over as fresh ones, so the store's reads are
 * not timed; nor is the split of the batch's articles into the tokenizer the extractor shares with the
 * timeline, which the engine's extraction fills just before. One reconciler serves every round, as
 * the engine keeps one (its caches warm).
 *
 * <p>Prints each round's CPU seconds and the md5 of every story's last results (entities, claims,
 * timeline, summaries, as their records print), which must not move when only speed was meant to.
 * Run with the built jar and the flags of {@code analyze}:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/engine/ReconcileCpu.java STORE.db [ROUNDS]</pre>
 */
public class ReconcileCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int BATCH = 100;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (Store store = Stores.open(Path.of(args[0]))) {
      List<Article> articles = store.articles(0, Integer.MAX_VALUE);
      List<Story> stories = store.stories(StoreReader.StoryOrder.LARGEST, 0, Integer.MAX_VALUE);
      Map<ArticleId, Story> storyOf = new HashMap<>();
      stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s)));
      Map<ArticleId, Extraction> extractions = new HashMap<>();
      List<ArticleId> ids = articles.stream().map(Article::id).toList();
      for (int i = 0; i < ids.size(); i += 500) {
        extractions.putAll(store.extractions(ids.subList(i, Math.min(ids.size(), i + 500))));
      }
      System.out.printf("%d articles, %d stories, %d extractions%n", articles.size(), stories.size(), extractions.size());
      Object reconciler = reconciler(store);
      Tokenizer shared = RememberingTokenizer.shared();
      Method reconcile = reconciler.getClass().getDeclaredMethod("reconcile", List.class, Map.class, List.class);
      reconcile.setAccessible(true);
      for (int round = 1; round <= rounds; round++) {
        Set<ArticleId> seen = new HashSet<>();
        Map<Object, String> last = new LinkedHashMap<>();
        long cpu = 0;
        int calls = 0;
        for (int i = 0; i < articles.size(); i += BATCH) {
          List<Article> batch = articles.subList(i, Math.min(articles.size(), i + BATCH));
          Set<Story> touched = new LinkedHashSet<>();
          for (Article a : batch) {
            seen.add(a.id());
            touched.add(storyOf.get(a.id()));
          }
          // the engine's extractor split the batch's articles a moment ago, into the tokenizer the timeline shares
          batch.forEach(a -> shared.sentences(a.text()));
          for (Story whole : touched) {
            Story s = soFar(whole, seen);
            Map<ArticleId, Extraction> fresh = new HashMap<>();
            s.articles().forEach(a -> fresh.put(a, extractions.get(a)));
            long t = THREADS.getCurrentThreadCpuTime();
            Object result = reconcile.invoke(reconciler, List.of(s), fresh, List.of());
            cpu += THREADS.getCurrentThreadCpuTime() - t;
            calls++;
            last.put(s.id(), printed(result));
          }
        }
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        last.values().forEach(r -> md5.update(r.getBytes(StandardCharsets.UTF_8)));
        System.out.printf("round %d: reconcile CPU %.2f s (%d calls), md5 of results %s%n", round, cpu / 1e9, calls,
            HexFormat.of().formatHex(md5.digest()));
      }
    }
  }

  /** The story with only the articles seen so far, its sub-events cut to them (those left empty dropped). */
  private static Story soFar(Story s, Set<ArticleId> seen) {
    List<ArticleId> articles = s.articles().stream().filter(seen::contains).toList();
    List<SubEvent> subEvents = new ArrayList<>();
    for (SubEvent e : s.subEvents()) {
      List<ArticleId> in = e.articles().stream().filter(seen::contains).toList();
      if (!in.isEmpty()) {
        subEvents.add(new SubEvent(e.story(), e.number(), e.first(), e.last(), in));
      }
    }
    return new Story(s.id(), s.headline(), s.first(), s.last(), articles, s.outlets(), subEvents);
  }

  /** What a reconcile gave, as its records print (the redone extractions and dates left out: there are none on a dated store). */
  private static String printed(Object result) throws ReflectiveOperationException {
    StringBuilder out = new StringBuilder();
    for (String part : List.of("entities", "claims", "timelines", "summaries")) {
      Method m = result.getClass().getDeclaredMethod(part);
      m.setAccessible(true);
      out.append(m.invoke(result)).append('\n');
    }
    return out.toString();
  }

  /** The engine's reconciler over {@code store}, with a writer it never uses and one extraction thread. */
  private static Object reconciler(Store store) throws ReflectiveOperationException {
    Class<?> poolClass = Class.forName("org.storyline.engine.ExtractionPool");
    Constructor<?> pool = poolClass.getDeclaredConstructor(int.class, Supplier.class);
    pool.setAccessible(true);
    Supplier<Extractor> standard = Extractor::withDefaults;
    StoreWriter writer = (StoreWriter) Proxy.newProxyInstance(StoreWriter.class.getClassLoader(), new Class<?>[] {StoreWriter.class},
        (proxy, method, a) -> {
          throw new UnsupportedOperationException("reconcile wrote: " + method.getName());
        });
    Constructor<?> c = Class.forName("org.storyline.engine.StoryReconciler").getDeclaredConstructor(StoreReader.class,
        StoreWriter.class, poolClass);
    c.setAccessible(true);
    return c.newInstance(store, writer, pool.newInstance(1, standard));
  }
}
