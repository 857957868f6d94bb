import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.PublicationDate;
import org.storyline.model.StoryId;
import org.storyline.pipeline.Pipeline;
import org.storyline.reconcile.timeline.ArticleEvents;
import org.storyline.reconcile.timeline.EventTimelineBuilder;
import org.storyline.reconcile.timeline.StoryTimeline;

/**
 * The time to build and to update one story's timeline of N articles (issue 17: a 200-article
 * story's timeline updated in under 1 s). Articles of one JSONL file, in date order, extracted
 * first (not timed); then timed (wall, and the process's CPU time):
 * a fresh builder over the first N (what a story costs the first time, or after a restart), three
 * rounds; and a remembering builder (the engine's) over N, then N+1, N+2, ... articles, one more
 * each time (what a batch that adds one article to the story costs). Entities are not resolved:
 * the builder gets none (they only name participants).
 *
 * usage: java -cp storyline-app/target/storyline.jar tools/timeline/TimelineUpdateBench.java ARTICLES.jsonl [N] [UPDATES]
 */
public class TimelineUpdateBench {
  /** The process's CPU time: the coreferencer may use other threads. */
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final StoryId STORY = new StoryId("00000000000000aa");

  public static void main(String[] args) throws Exception {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int updates = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<Article> articles = new ArrayList<>(new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1)
        .cleanFile(Path.of(args[0]), p -> { }));
    articles.sort(Comparator.comparing(a -> a.publishedOpt().map(PublicationDate::date).orElse(null),
        Comparator.nullsFirst(Comparator.naturalOrder())));
    if (articles.size() < n + updates) {
      throw new IllegalArgumentException("need " + (n + updates) + " articles, the file has " + articles.size());
    }
    Extractor extractor = Extractor.withDefaults();
    List<ArticleEvents> events = new ArrayList<>();
    int mentions = 0;
    for (Article a : articles.subList(0, n + updates)) {
      Extraction x = extractor.extract(a);
      events.add(new ArticleEvents(a, x.events()));
      mentions += x.events().size();
    }
    System.out.printf("%d articles extracted, %d event mentions%n", n + updates, mentions);
    for (int round = 1; round <= 3; round++) {
      EventTimelineBuilder fresh = EventTimelineBuilder.withDefaults();
      long[] t = start();
      StoryTimeline timeline = fresh.build(STORY, events.subList(0, n), List.of());
      System.out.printf("fresh builder, %d articles, round %d: %s, %d events%n", n, round, took(t), timeline.events().size());
    }
    EventTimelineBuilder remembering = EventTimelineBuilder.withDefaults();
    remembering.build(STORY, events.subList(0, n), List.of());
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int k = 1; k <= updates; k++) {
      long[] t = start();
      remembering.build(STORY, events.subList(0, n + k), List.of());
      wall.add((System.nanoTime() - t[0]) / 1e6);
      cpu.add((OS.getProcessCpuTime() - t[1]) / 1e6);
    }
    wall.sort(null);
    cpu.sort(null);
    System.out.printf("update (one article more, remembering builder), %d updates from %d articles: wall ms median %.0f max %.0f;"
        + " CPU ms median %.0f max %.0f%n", updates, n, wall.get(updates / 2), wall.get(updates - 1), cpu.get(updates / 2),
        cpu.get(updates - 1));
  }

  private static long[] start() {
    return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
  }

  private static String took(long[] t) {
    return String.format("wall %.0f ms, CPU %.0f ms", (System.nanoTime() - t[0]) / 1e6, (OS.getProcessCpuTime() - t[1]) / 1e6);
  }
}
