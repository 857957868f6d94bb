package org.storyline.app.dev;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.engine.Store;
import org.storyline.search.ArticleSearch;
import org.storyline.search.Facets;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench search}: the latency of full-text search on a store, in one thread,
 * warm: for each query, the hits and the median and 99th percentile of {@code --runs} searches
 * (a page of 20 with snippets and facet counts) after {@code --warmup} unmeasured ones, and the
 * median CPU time of the searching thread (the steadier figure on a shared machine).
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search latency on a store (one thread, warm): for each query, matches, p50 and p99 of --runs searches",
      "of a page of 20 with snippets and facets. Default queries suit the GVA reports (bench ingest's store)."
    })
final class BenchSearchCommand implements Callable<Integer> {

  /** Typical searches: a word, a phrase, boolean with a field, a date range, everything, and two with filters or grouping. */
  private static final List<String> QUERIES = List.of("police", "\"shot and killed\"", "shooting AND (teen OR child) AND NOT title:police",
      "title:arrested", "suspect AND date:[2013-01-05 TO 2013-01-10]", "");

  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "STORE",
      description = "The store to search: a file, or jdbc:postgresql://HOST/DATABASE?user=USER.")
  String storeFile;

  @Option(names = "--query", paramLabel = "Q", description = "A query to time (repeat; default: a set of typical ones).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "Measured searches a query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", defaultValue = "50", paramLabel = "N", description = "Unmeasured searches first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    if (Stores.absent(storeFile)) {
      throw new ParameterException(spec.commandLine(), "no store at " + storeFile);
    }
    if (runs < 1 || warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup not negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Stores.open(storeFile)) {
      ArticleSearch search = store.search();
      out.printf(Locale.ROOT, "store %s: %d articles; %d runs after %d warm-up, one thread%n", storeFile, store.articleCount(), runs, warmup);
      out.printf(Locale.ROOT, "%-60s %9s %9s %9s %11s%n", "query", "matches", "p50 ms", "p99 ms", "cpu p50 ms");
      for (SearchQuery q : queries(search)) {
        time(out, search, q);
      }
    }
    return 0;
  }

  /**
   * The queries given, or the typical ones, with a grouped one and ones filtered by the first
   * query's top outlet and top entity (the facet values a user would click).
   */
  private List<SearchQuery> queries(ArticleSearch search) {
    List<SearchQuery> out = new ArrayList<>();
    (queries.isEmpty() ? QUERIES : queries).forEach(q -> out.add(page(q, List.of(), List.of(), SearchQuery.Grouping.ARTICLES)));
    if (queries.isEmpty()) {
      out.add(page("police", List.of(), List.of(), SearchQuery.Grouping.STORIES));
      Facets f = search.search(out.get(0)).facets();
      f.outlets().stream().findFirst()
          .ifPresent(o -> out.add(page("police", List.of(o.value()), List.of(), SearchQuery.Grouping.ARTICLES)));
      f.entities().stream().findFirst()
          .ifPresent(e -> out.add(page("police", List.of(), List.of(e.value()), SearchQuery.Grouping.ARTICLES)));
    }
    return out;
  }

  private static SearchQuery page(String text, List<String> outlets, List<String> entities, SearchQuery.Grouping grouping) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), outlets, entities, grouping, 0, 20);
  }

  private void time(PrintWriter out, ArticleSearch search, SearchQuery q) {
    SearchResult r = null;
    for (int i = 0; i < warmup; i++) {
      r = search.search(q);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      r = search.search(q);
      nanos[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    String label = (q.text().isEmpty() ? "(every article)" : q.text())
        + (q.grouping() == SearchQuery.Grouping.STORIES ? " --stories" : "")
        + (q.outlets().isEmpty() ? "" : " --outlet '" + q.outlets().get(0) + "'")
        + (q.entities().isEmpty() ? "" : " --entity '" + q.entities().get(0) + "'");
    out.printf(Locale.ROOT, "%-60s %9d %9.2f %9.2f %11.2f%n", label, r.total(), ms(nanos, 0.50), ms(nanos, 0.99), ms(cpu, 0.50));
    out.flush();
  }

  private static double ms(long[] sorted, double quantile) {
    int i = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
