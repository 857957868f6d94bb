import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The CPU a command spends on the search index, measured in its own process: runs the command line
 * ({@code org.storyline.app.Main}) with ARGS and, every 2 ms, reads the CPU time of each live thread;
 * when the command exits it prints the CPU of the index's follower ({@code storyline-index}), of
 * Lucene's merge threads (each a thread of its own, ended when its merge ends: a merge loses at most
 * the 2 ms since its last reading), of the other threads and of the process, then what the index
 * folder holds: commits made (the generation of its last one), segments made (flushed or merged:
 * the segment counter), segments and documents left. Run with the built jar and the launcher's flags:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/index/IndexCpu.java \
 *     analyze --store NEW.db /work/shared/data/clustering/gva-dev.jsonl</pre>
 *
 * The store is the argument after {@code --store}; its index is {@code STORE.index}.
 */
public class IndexCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<Long, Long> CPU = new ConcurrentHashMap<>(); // last reading, by thread id
  private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    Path store = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--store")) {
        store = Path.of(args[i + 1]);
      }
    }
    Path index = store == null ? null : store.resolveSibling(store.getFileName() + ".index");
    Thread poller = new Thread(IndexCpu::poll, "index-cpu-poller");
    poller.setDaemon(true);
    poller.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> report(index)));
    Class.forName("org.storyline.app.Main").getMethod("main", String[].class).invoke(null, (Object) args);
  }

  private static void poll() {
    while (true) {
      read();
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void read() {
    for (long id : THREADS.getAllThreadIds()) {
      long cpu = THREADS.getThreadCpuTime(id);
      if (cpu < 0) {
        continue;
      }
      CPU.put(id, cpu);
      NAMES.computeIfAbsent(id, k -> {
        ThreadInfo info = THREADS.getThreadInfo(k);
        return info == null ? "?" : info.getThreadName();
      });
    }
  }

  private static void report(Path index) {
    read();
    long follower = 0, merges = 0, other = 0;
    int mergeThreads = 0;
    for (Map.Entry<Long, Long> e : CPU.entrySet()) {
      String name = NAMES.getOrDefault(e.getKey(), "?");
      if (name.equals("storyline-index")) {
        follower += e.getValue();
      } else if (name.startsWith("Lucene Merge Thread")) {
        merges += e.getValue();
        mergeThreads++;
      } else {
        other += e.getValue();
      }
    }
    long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.err.printf("index-cpu: follower %.2f s, merges %.2f s (%d threads), index %.2f s; other Java threads %.2f s; process %.2f s%n",
        follower / 1e9, merges / 1e9, mergeThreads, (follower + merges) / 1e9, other / 1e9, process / 1e9);
    if (index != null && Files.isDirectory(index)) {
      try (FSDirectory dir = FSDirectory.open(index)) {
        SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
        int docs = 0, deleted = 0;
        for (SegmentCommitInfo s : infos) {
          docs += s.info.maxDoc() - s.getDelCount();
          deleted += s.getDelCount();
        }
        System.err.printf("index-cpu: %d commits, %d segments made, %d left, %d documents (%d deleted still held)%n",
            infos.getGeneration(), infos.counter, infos.size(), docs, deleted);
      } catch (Exception e) {
        System.err.println("index-cpu: cannot read " + index + ": " + e);
      }
    }
  }
}
