package org.storyline.app.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.storyline.app.Main;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.cluster.ClusterConfig;
import org.storyline.cluster.Clustering;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ClusterDecision;
import org.storyline.model.Problem;

/**
 * Articles of one input file read for clustering (not stored): cleaned as {@code ingest} cleans
 * them, each with the input's own id and record number, in publication order (undated last, then
 * input order).
 */
public final class ClusterInput {

  /** One article and where it came from. */
  public record Item(Article article, String externalId, long record) {}

  private ClusterInput() {}

  static List<Item> read(Path file, PrintWriter err, List<Problem> problems) {
    return read(file, err, problems, true);
  }

  /** As {@link #read(Path, PrintWriter, List)}; problems go to {@code err} only when {@code print}. */
  public static List<Item> read(Path file, PrintWriter err, List<Problem> problems, boolean print) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    List<Item> items = new ArrayList<>();
    ingestor.readFile(file, doc -> {
      try {
        Article a = cleaner.clean(doc);
        items.add(new Item(a, doc.metadata().externalId(), doc.origin().record()));
      } catch (RuntimeException e) {
        problems.add(Problem.error(doc.origin(), "could not clean: " + Main.oneLine(e)));
      }
    }, problems::add);
    if (print) {
      problems.forEach(err::println);
      err.flush();
    }
    items.sort(publicationOrder());
    return items;
  }

  static Comparator<Item> publicationOrder() {
    return Comparator.comparing((Item i) -> date(i.article()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(Item::record);
  }

  static LocalDate date(Article a) {
    return a.published() == null ? null : a.published().date();
  }

  /** The clusterer's settings from {@code --set key=value} options. */
  public static ClusterConfig config(Map<String, String> settings) {
    return ClusterConfig.defaults().with(settings == null ? Map.of() : settings);
  }

  /** Clusters the items in the order given. */
  static Clustering cluster(List<Item> items, ClusterConfig config, List<ClusterDecision> decisions) {
    return addAll(items, config, decisions).finish();
  }

  /** A clusterer that has had the items, in the order given, not finished. */
  public static OnlineClusterer addAll(List<Item> items, ClusterConfig config, List<ClusterDecision> decisions) {
    OnlineClusterer clusterer = new OnlineClusterer(config);
    for (Item i : items) {
      ClusterDecision d = clusterer.add(i.article());
      if (decisions != null) {
        decisions.add(d);
      }
    }
    return clusterer;
  }
}
