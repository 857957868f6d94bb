import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.storyline.engine.Store;
import org.storyline.store.Stores;

/**
 * The CPU of a page of 50 claim groups ({@code StoreReader.claims(0, 50)}) on a store: median thread
 * CPU of N calls after 20 warm-up ones, and their wall time. The same source runs against any jar:
 * {@code java -cp storyline-app/target/storyline.jar tools/claims/ClaimsPageCpu.java STORE 101}.
 * Opening a store of an older schema migrates it: measure a copy.
 */
public class ClaimsPageCpu {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[1]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (Store s = Stores.open(args[0])) {
      List<?> page = null;
      for (int i = 0; i < 20; i++) {
        page = s.claims(0, 50);
      }
      long[] cpu = new long[n];
      long[] wall = new long[n];
      for (int i = 0; i < n; i++) {
        long c = mx.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        page = s.claims(0, 50);
        cpu[i] = mx.getCurrentThreadCpuTime() - c;
        wall[i] = System.nanoTime() - w;
      }
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf("%s: %d groups; thread CPU median %.2f ms (min %.2f), wall median %.2f ms%n", args[0], page.size(),
          cpu[n / 2] / 1e6, cpu[0] / 1e6, wall[n / 2] / 1e6);
    }
  }
}
