package org.storyline.app.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.storyline.app.command.ClusterInput;
import org.storyline.cluster.ClusterConfig;
import org.storyline.cluster.Clustering;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.eval.ClusteringScores;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.Problem;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;
import org.storyline.model.SubEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster a labelled JSONL file and score the stories against a gold label field:",
      "B3 precision/recall/F1 over articles and pairwise precision/recall/F1 over pairs of articles."
    })
final class EvalClusterCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Labelled articles.")
  Path data;

  @Option(names = "--label", required = true, paramLabel = "FIELD", description = "The gold field: records with the same value tell one story.")
  String label;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A clusterer setting; see --help-settings.")
  Map<String, String> settings;

  @Option(names = "--shuffle", paramLabel = "SEED", description = "Feed the articles in a random order (seeded) instead of publication order.")
  Long shuffle;

  /** What the gold label is compared with. */
  enum Level {
    STORY,
    SUB_EVENT
  }

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "story",
      description = "What the gold label tells: 'story' (default) or 'sub-event' (each story's sub-events are scored as the groups).",
      converter = LevelConverter.class)
  Level level;

  /** "story" or "sub-event". */
  static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "story" -> Level.STORY;
        case "sub-event", "subevent" -> Level.SUB_EVENT;
        default -> throw new picocli.CommandLine.TypeConversionException("expected 'story' or 'sub-event', not '" + value + "'");
      };
    }
  }

  @Option(names = "--decisions", paramLabel = "FILE.tsv",
      description = "Also write every clustering decision with its feature scores and the gold labels of the article and of the story it joined or came closest to, for error analysis.")
  Path decisionsFile;

  @Option(names = "--checkpoint",
      description = "Save the clusterer after the last article, restore it into a new one and finish that one; print the checkpoint's size and the time to save and restore it. The scores must not move; the duplicates and merges counted are those found after the checkpoint.")
  boolean checkpoint;

  @Option(names = "--help-settings", description = "List the clusterer settings and exit.")
  boolean helpSettings;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (helpSettings) {
      ClusterConfig.help().forEach(out::println);
      return 0;
    }
    ClusterConfig config;
    try {
      config = ClusterInput.config(settings);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<Long, JsonNode> records = records(data);
    List<Problem> problems = new ArrayList<>();
    List<ClusterInput.Item> items = new ArrayList<>(ClusterInput.read(data, spec.commandLine().getErr(), problems, false));
    if (shuffle != null) {
      Collections.shuffle(items, new Random(shuffle));
    }
    long start = System.nanoTime();
    List<ClusterDecision> decisions = decisionsFile == null ? null : new ArrayList<>();
    OnlineClusterer clusterer = ClusterInput.addAll(items, config, decisions);
    if (checkpoint) {
      clusterer = roundTrip(clusterer, config, out);
    }
    Clustering clustering = clusterer.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<ArticleId, String> group = level == Level.STORY ? storyOf(clustering) : subEventOf(clustering);
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    int flagged = 0;
    int flaggedAlone = 0;
    Map<String, Integer> sizes = new HashMap<>();
    group.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
    for (ClusterInput.Item i : items) {
      JsonNode record = records.get(i.record());
      JsonNode value = record == null ? null : record.get(label);
      if (value == null || value.isNull()) {
        throw new ParameterException(spec.commandLine(), data + ":" + i.record() + ": no '" + label + "' field");
      }
      String s = group.get(i.article().id());
      predicted.add(s);
      gold.add(value.asText());
      if (record.path("boilerplate_or_short").asBoolean(false)) {
        flagged++;
        if (sizes.get(s) == 1) {
          flaggedAlone++;
        }
      }
    }
    java.util.Set<Long> read = new java.util.HashSet<>();
    items.forEach(i -> read.add(i.record()));
    int unread = 0;
    for (Map.Entry<Long, JsonNode> e : new java.util.TreeMap<>(records).entrySet()) {
      JsonNode value = e.getValue().get(label);
      if (!read.contains(e.getKey()) && value != null && !value.isNull()) {
        unread++; // no article (no text, say): alone, as it should be
        predicted.add("record " + e.getKey());
        gold.add(value.asText());
      }
    }
    if (decisionsFile != null) {
      writeDecisions(decisionsFile, items, decisions, clustering.merges(), config.values().get("merge.threshold"), records);
    }
    ClusteringScores scores = ClusteringScores.of(predicted, gold);
    out.printf(Locale.ROOT, "%d articles, %d gold classes, %d stories, %d duplicates, %d merges (%.1f s)%n",
        predicted.size(), new java.util.HashSet<>(gold).size(), clustering.stories().size(),
        clustering.duplicates().size(), clustering.merges().size(), seconds);
    out.printf(Locale.ROOT, "B3        P %.4f  R %.4f  F1 %.4f%n", scores.b3Precision(), scores.b3Recall(), scores.b3F1());
    out.printf(Locale.ROOT, "pairwise  P %.4f  R %.4f  F1 %.4f  (%d true of %d predicted pairs, %d gold pairs)%n",
        scores.pairPrecision(), scores.pairRecall(), scores.pairF1(), scores.truePairs(), scores.predictedPairs(), scores.goldPairs());
    if (unread > 0) {
      out.printf(Locale.ROOT, "%d records gave no article (%s); each scored as a story of its own%n", unread,
          problems.isEmpty() ? "unreadable" : problems.get(0).reason());
    }
    if (flagged > 0) {
      out.printf(Locale.ROOT, "boilerplate_or_short: %d of %d alone%n", flaggedAlone, flagged);
    }
    return 0;
  }

  /** {@code c} saved and restored into a new clusterer; the checkpoint's size and times printed. */
  private static OnlineClusterer roundTrip(OnlineClusterer c, ClusterConfig config, PrintWriter out) throws IOException {
    long t0 = System.nanoTime();
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    c.save(saved);
    long t1 = System.nanoTime();
    OnlineClusterer restored = OnlineClusterer.restore(config, new ByteArrayInputStream(saved.toByteArray()));
    long t2 = System.nanoTime();
    out.printf(Locale.ROOT, "checkpoint: %,d bytes; saved in %.0f ms, restored in %.0f ms (%s)%n", saved.size(), (t1 - t0) / 1e6,
        (t2 - t1) / 1e6, restored.stats());
    return restored;
  }

  private static Map<ArticleId, String> storyOf(Clustering clustering) {
    Map<ArticleId, String> out = new HashMap<>();
    clustering.assignments().forEach((a, s) -> out.put(a, s.value()));
    return out;
  }

  private static Map<ArticleId, String> subEventOf(Clustering clustering) {
    Map<ArticleId, String> out = new HashMap<>();
    for (Story s : clustering.stories()) {
      for (SubEvent e : s.subEvents()) {
        e.articles().forEach(a -> out.put(a, s.id().value() + "/" + e.number()));
      }
    }
    return out;
  }

  /**
   * One line per decision: sequence, kind, score, threshold, the article's gold label, the gold
   * label of the story's first article (the joined story, or the best candidate of a new story;
   * "-" when none), each feature as {@code name=value}, and the titles of the article and of that first article.
   * Then one line per merge of the merge pass, kind MERGED: the story merged away in place of the
   * article and the story it went into, each by its first article.
   */
  private void writeDecisions(Path file, List<ClusterInput.Item> items, List<ClusterDecision> decisions, List<StoryMerge> merges,
      double mergeThreshold, Map<Long, JsonNode> records) throws IOException {
    Map<String, String> labelOf = new HashMap<>();
    Map<String, String> titleOf = new HashMap<>();
    for (ClusterInput.Item i : items) {
      JsonNode record = records.get(i.record());
      labelOf.put(i.article().id().value(), record == null ? "-" : record.path(label).asText("-"));
      String title = i.article().title() == null ? "" : i.article().title().replaceAll("\\s+", " ");
      titleOf.put(i.article().id().value(), title.length() > 70 ? title.substring(0, 70) : title);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("seq\tkind\tscore\tthreshold\tarticle\tlabel\tstory\tstory_label\tfeatures\ttitle\tstory_title");
      for (ClusterDecision d : decisions) {
        StoryId other = d.kind() == ClusterDecision.Kind.STARTED ? d.best() : d.story();
        String otherLabel = other == null ? "-" : labelOf.getOrDefault(other.value(), "-");
        w.printf(Locale.ROOT, "%d\t%s\t%.4f\t%.4f\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", d.seq(), d.kind(), d.score(), d.threshold(),
            d.article().value(), labelOf.getOrDefault(d.article().value(), "-"), other == null ? "-" : other.value(), otherLabel,
            features(d.features()), titleOf.getOrDefault(d.article().value(), ""), other == null ? "" : titleOf.getOrDefault(other.value(), ""));
      }
      for (StoryMerge m : merges) {
        w.printf(Locale.ROOT, "%d\tMERGED\t%.4f\t%.4f\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", m.seq(), m.score(), mergeThreshold,
            m.from().value(), labelOf.getOrDefault(m.from().value(), "-"), m.into().value(), labelOf.getOrDefault(m.into().value(), "-"),
            features(m.features()), titleOf.getOrDefault(m.from().value(), ""), titleOf.getOrDefault(m.into().value(), ""));
      }
    }
  }

  private static String features(List<ClusterDecision.FeatureScore> scores) {
    StringBuilder f = new StringBuilder();
    scores.forEach(x -> f.append(String.format(Locale.ROOT, "%s=%.4f ", x.name(), x.value())));
    return f.toString().strip();
  }

  /** The records of a JSONL file by line number (1-based), as the ingest reader numbers them. */
  static Map<Long, JsonNode> records(Path file) throws IOException {
    Map<Long, JsonNode> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank()) {
          try {
            out.put(n, JSON.readTree(line));
          } catch (IOException e) {
            // the ingest reader reports malformed lines; they have no article to score
          }
        }
      }
    }
    return out;
  }
}
