import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.store.index.LuceneIndex;

/**
 * The CPU time of searches as the search API makes them (50 articles a page, snippets and the three
 * facets), in one thread, without the web server: the searches of WARM warm the JIT, then each of
 * MEASURED is asked once (a search never asked before) and its thread CPU time taken. With OUT, every
 * measured result is written there, one line each, to compare two builds' answers. Run with the built jar:
 *
 * <pre>java -cp storyline-app/target/storyline.jar tools/web/SearchCpu.java STORE.db.index WARM MEASURED [OUT]</pre>
 *
 * WARM and MEASURED hold search API addresses (their {@code q}) or plain queries, one a line.
 */
public class SearchCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<String> warm = queries(Path.of(args[1]));
    List<String> measured = queries(Path.of(args[2]));
    try (LuceneIndex index = LuceneIndex.open(Path.of(args[0]));
        PrintWriter out = args.length > 3 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[3]))) : null) {
      for (String q : warm) {
        index.search(query(q));
      }
      long[] cpu = new long[measured.size()];
      for (int i = 0; i < cpu.length; i++) {
        long start = THREADS.getCurrentThreadCpuTime();
        SearchResult r = index.search(query(measured.get(i)));
        cpu[i] = THREADS.getCurrentThreadCpuTime() - start;
        if (out != null) {
          out.println(r);
        }
      }
      long[] sorted = cpu.clone();
      Arrays.sort(sorted);
      System.out.printf("%d searches after %d: CPU a search mean %.3f ms, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms%n",
          cpu.length, warm.size(), Arrays.stream(cpu).average().orElse(0) / 1e6, at(sorted, .5), at(sorted, .9), at(sorted, .99));
    }
  }

  private static double at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
  }

  private static SearchQuery query(String q) {
    return new SearchQuery(q, Optional.empty(), Optional.empty(), List.of(), List.of(), SearchQuery.Grouping.ARTICLES, 0, 50);
  }

  private static List<String> queries(Path file) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(SearchCpu::text).toList();
  }

  /** The {@code q} of an address, or the line itself. */
  private static String text(String line) {
    int q = line.indexOf("q=");
    if (!line.startsWith("/") || q < 0) {
      return line.strip();
    }
    int end = line.indexOf('&', q);
    return URLDecoder.decode(line.substring(q + 2, end < 0 ? line.length() : end), StandardCharsets.UTF_8);
  }
}
