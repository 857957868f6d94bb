import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.store.index.IndexSource;
import org.storyline.store.index.IndexedArticle;
import org.storyline.store.index.IndexedArticle.EntityName;
import org.storyline.store.index.IndexedArticle.Facts;
import org.storyline.store.index.LuceneIndex;

/**
 * The CPU of the index following a store, without the rest of an ingest: the articles of STORE (in
 * the order they were stored, with their final stories, dates and entities, read into memory first)
 * are given to a new index in OUT by an in-memory source, BATCH a change, each sync catching up
 * PER changes (so PER is how many batches a commit holds). Prints the syncing thread's CPU and that
 * of Lucene's merge threads (read every 2 ms):
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/index/SyncCpu.java STORE.db OUT 100 PER</pre>
 */
public class SyncCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<Long, Long> CPU = new ConcurrentHashMap<>();
  private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    List<IndexedArticle> all = read(args[0]);
    int batch = Integer.parseInt(args[2]);
    int per = Integer.parseInt(args[3]);
    Replay source = new Replay(all, batch);
    Thread poller = new Thread(SyncCpu::poll, "poller");
    poller.setDaemon(true);
    poller.start();
    int changes = (all.size() + batch - 1) / batch;
    long start = THREADS.getCurrentThreadCpuTime();
    try (LuceneIndex index = LuceneIndex.open(Path.of(args[1]))) {
      index.sync(source); // an empty index of the store
      for (int c = per; source.last < changes; c += per) {
        source.last = Math.min(c, changes);
        index.sync(source);
      }
      long sync = THREADS.getCurrentThreadCpuTime() - start;
      Thread.sleep(300);
      long merges = 0;
      for (Map.Entry<Long, Long> e : CPU.entrySet()) {
        merges += NAMES.get(e.getKey()).startsWith("Lucene Merge") ? e.getValue() : 0;
      }
      System.out.printf("%d articles, %d a change, %d changes a sync: syncing thread %.2f s, merges %.2f s, total %.2f s%n",
          all.size(), batch, per, sync / 1e9, merges / 1e9, (sync + merges) / 1e9);
    }
  }

  private static List<IndexedArticle> read(String store) throws Exception {
    List<IndexedArticle> all = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store)) {
      Map<String, TreeSet<EntityName>> entities = new HashMap<>();
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT DISTINCT l.article_id, e.id, e.canonical_name FROM entity_links l JOIN entities e ON e.id = l.entity_id")) {
        while (rs.next()) {
          entities.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(new EntityName(rs.getString(2), rs.getString(3)));
        }
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT a.id, a.title, a.outlet, a.text, a.published, s.story_id"
          + " FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id ORDER BY a.batch, a.arrival")) {
        while (rs.next()) {
          String id = rs.getString(1);
          Facts f = new Facts(new ArticleId(id), Optional.ofNullable(rs.getString(6)).map(StoryId::new),
              Optional.ofNullable(rs.getString(5)).map(LocalDate::parse), List.copyOf(entities.getOrDefault(id, new TreeSet<>())));
          all.add(new IndexedArticle(f, Objects.toString(rs.getString(2), ""), Objects.toString(rs.getString(3), ""), rs.getString(4)));
        }
      }
    }
    return all;
  }

  /** The articles as a store that logged {@code batch} of them a change, up to change {@code last}. */
  private static final class Replay implements IndexSource {
    private final List<IndexedArticle> all;
    private final int batch;
    private final Map<ArticleId, IndexedArticle> byId = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    long last;

    Replay(List<IndexedArticle> all, int batch) {
      this.all = all;
      this.batch = batch;
      for (IndexedArticle a : all) {
        byId.put(a.id(), a);
        a.facts().entities().forEach(e -> names.put(e.id(), e.name()));
      }
    }

    @Override public String storeId() { return "replay"; }
    @Override public long lastChange() { return last; }
    @Override public long forgotten() { return 0; }

    @Override
    public List<ArticleId> changedAfter(long change) {
      List<ArticleId> out = new ArrayList<>();
      for (int i = (int) change * batch; i < Math.min(all.size(), last * batch); i++) {
        out.add(all.get(i).id());
      }
      return out;
    }

    @Override
    public Map<ArticleId, Facts> facts(Collection<ArticleId> ids) {
      Map<ArticleId, Facts> out = new LinkedHashMap<>();
      ids.forEach(id -> out.put(id, byId.get(id).facts()));
      return out;
    }

    @Override
    public Map<String, String> entityNames(Collection<String> ids) {
      Map<String, String> out = new HashMap<>();
      ids.stream().filter(names::containsKey).forEach(id -> out.put(id, names.get(id)));
      return out;
    }

    @Override
    public List<IndexedArticle> articles(Collection<ArticleId> ids) {
      return ids.stream().map(byId::get).toList();
    }

    @Override public void forEachPage(int size, Consumer<List<IndexedArticle>> page) {}
  }

  private static void poll() {
    while (true) {
      for (long id : THREADS.getAllThreadIds()) {
        long cpu = THREADS.getThreadCpuTime(id);
        if (cpu >= 0) {
          CPU.put(id, cpu);
          NAMES.computeIfAbsent(id, k -> {
            ThreadInfo info = THREADS.getThreadInfo(k);
            return info == null ? "?" : info.getThreadName();
          });
        }
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
