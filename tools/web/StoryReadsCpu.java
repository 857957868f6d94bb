import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.storyline.engine.StoreReader;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.store.JdbcStore;

/**
 * The CPU time of the store reads a story page makes, call by call, in one thread, without the web
 * server: the first half of the story ids warms the JIT, the second half is measured (each story read
 * once, as a page never asked before). Run with the built jar:
 *
 * <pre>java -cp storyline-app/target/storyline.jar tools/web/StoryReadsCpu.java COPY-OF-STORE.db story-ids.txt</pre>
 */
public class StoryReadsCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<String, long[]> COST = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    List<String> ids = Files.readAllLines(Path.of(args[1])).stream().filter(x -> !x.isBlank()).toList();
    try (JdbcStore store = JdbcStore.open(Path.of(args[0]))) {
      int half = ids.size() / 2;
      read(store, ids.subList(0, half));
      COST.clear();
      long start = THREADS.getCurrentThreadCpuTime();
      read(store, ids.subList(half, ids.size()));
      int n = ids.size() - half;
      System.out.printf("%d stories: %.3f ms of CPU per story%n", n, (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / n);
      COST.forEach((call, c) -> System.out.printf("  %-11s %.3f ms%n", call, c[0] / 1e6 / c[1]));
    }
  }

  private static void read(StoreReader r, List<String> ids) {
    for (String id : ids) {
      Story s = time("story", () -> r.story(id).orElseThrow());
      time("articles", () -> {
        List<Article> out = new ArrayList<>();
        for (ArticleId a : s.articles()) {
          r.article(a).ifPresent(out::add);
        }
        return out;
      });
      time("headline", () -> r.headline(s));
      time("entitiesOf", () -> r.entitiesOf(s.id()));
      time("claims", () -> r.claims(s.id()));
      time("quotes", () -> r.quotes(s.articles()));
      time("summary", () -> r.summary(s.id()));
      time("timeline", () -> r.timeline(s.id()));
    }
  }

  private static <T> T time(String call, Supplier<T> read) {
    long start = THREADS.getCurrentThreadCpuTime();
    T value = read.get();
    long[] c = COST.computeIfAbsent(call, k -> new long[2]);
    c[0] += THREADS.getCurrentThreadCpuTime() - start;
    c[1]++;
    return value;
  }
}
