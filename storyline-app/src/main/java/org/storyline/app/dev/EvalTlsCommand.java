package org.storyline.app.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.app.command.TimelineInput;
import org.storyline.app.view.TimelineSummaryViews;
import org.storyline.eval.TimelineScores;
import org.storyline.summarize.DatewiseConfig;
import org.storyline.summarize.DatewiseSummarizer;
import org.storyline.summarize.SourcedSentence;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "tls",
    mixinStandardHelpOptions = true,
    description = {
      "Timeline summarisation on Timeline17-style data (DIR/<topic>/articles.jsonl, tasks.json, timelines/*.json):",
      "one timeline per reference, scored with tilse's date F1 and concat, agreement and align m:1 ROUGE-1/2 F1,",
      "averaged over the reference timelines as news-tls averages them (F1 of mean precision and mean recall)."
    })
final class EvalTlsCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The topics' folder.")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write each timeline as <topic>--<reference>.json, as the reference scorer reads them.")
  Path outDir;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A summariser setting (DatewiseConfig): ${COMPLETION-CANDIDATES}")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--loo", description = "Also tune by leave-one-topic-out over a small grid of settings: each topic scored with the settings best on the others.")
  boolean leaveOneOut;

  /** One reference timeline and its task. */
  record Task(String topic, String reference, int dates, int sentences, LocalDate from, LocalDate to,
      Map<LocalDate, List<String>> gold) {}

  /** A topic: its articles, read once, and its tasks. */
  record Topic(String name, DatewiseSummarizer.Corpus corpus, List<Task> tasks) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    DatewiseConfig config;
    try {
      config = DatewiseConfig.DEFAULT.with(settings);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    long start = System.nanoTime();
    List<Topic> topics = topics(new DatewiseSummarizer(config));
    if (topics.isEmpty()) {
      throw new ParameterException(spec.commandLine(), data + ": no topic (a folder with articles.jsonl and tasks.json)");
    }
    out.printf(Locale.ROOT, "%d topics read in %.1f s%n", topics.size(), (System.nanoTime() - start) / 1e9);
    Map<String, TimelineScores> perTimeline = run(topics, config, true);
    printTable(out, perTimeline, topics);
    if (leaveOneOut) {
      new LeaveOneOut(topics, config, out).run();
    }
    return 0;
  }

  private List<Topic> topics(DatewiseSummarizer summarizer) throws IOException {
    List<Topic> topics = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(data)) {
      for (Path dir : dirs.sorted().toList()) {
        if (Files.isRegularFile(dir.resolve("articles.jsonl")) && Files.isRegularFile(dir.resolve("tasks.json"))) {
          PrintWriter err = spec.commandLine().getErr();
          var articles = TimelineInput.read(dir.resolve("articles.jsonl"), err::println);
          topics.add(new Topic(dir.getFileName().toString(), summarizer.read(articles), tasks(dir)));
        }
      }
    }
    return topics;
  }

  static List<Task> tasks(Path dir) throws IOException {
    List<Task> tasks = new ArrayList<>();
    for (JsonNode t : JSON.readTree(dir.resolve("tasks.json").toFile())) {
      String ref = t.get("reference").asText();
      tasks.add(new Task(dir.getFileName().toString(), ref, t.get("T").asInt(), t.get("N").asInt(),
          LocalDate.parse(t.get("start").asText()), LocalDate.parse(t.get("end").asText()),
          gold(dir.resolve("timelines").resolve(ref + ".json"))));
    }
    return tasks;
  }

  private static Map<LocalDate, List<String>> gold(Path file) throws IOException {
    Map<LocalDate, List<String>> gold = new TreeMap<>();
    for (JsonNode e : JSON.readTree(file.toFile())) {
      List<String> sentences = gold.computeIfAbsent(LocalDate.parse(e.get("date").asText().substring(0, 10)),
          d -> new ArrayList<>());
      e.get("sentences").forEach(s -> sentences.add(s.asText().strip()));
    }
    return gold;
  }

  /** Each task's scores, keyed {@code topic/reference}; timelines written to {@code --out} when {@code write}. */
  Map<String, TimelineScores> run(List<Topic> topics, DatewiseConfig config, boolean write) throws IOException {
    DatewiseSummarizer summarizer = new DatewiseSummarizer(config);
    Map<String, TimelineScores> scores = new LinkedHashMap<>();
    for (Topic topic : topics) {
      for (Task task : topic.tasks()) {
        Timeline timeline = summarizer.summarize(topic.corpus(),
            new TimelineRequest(task.dates(), task.sentences(), task.from(), task.to()));
        if (write && outDir != null) {
          write(task, timeline);
        }
        scores.put(task.topic() + "/" + task.reference(), TimelineScores.of(system(timeline), task.gold()));
      }
    }
    return scores;
  }

  private static Map<LocalDate, List<String>> system(Timeline timeline) {
    Map<LocalDate, List<String>> system = new TreeMap<>();
    for (Timeline.Entry e : timeline.entries()) {
      system.put(e.date(), e.sentences().stream().map(SourcedSentence::text).map(String::strip).toList());
    }
    return system;
  }

  private void write(Task task, Timeline timeline) throws IOException {
    Files.createDirectories(outDir);
    ObjectNode o = TimelineSummaryViews.json(timeline);
    ObjectNode file = JSON.createObjectNode();
    file.put("topic", task.topic());
    file.put("reference", task.reference());
    file.set("timeline", o.get("timeline"));
    Files.writeString(outDir.resolve(task.topic() + "--" + task.reference() + ".json"), file.toString());
  }

  static void printTable(PrintWriter out, Map<String, TimelineScores> perTimeline, List<Topic> topics) {
    out.println(String.format(Locale.ROOT, "%-48s", "F1") + header());
    perTimeline.forEach((name, s) -> out.println(row(name, s)));
    if (topics.size() > 1) {
      for (Topic t : topics) {
        out.println(row(t.name() + " (mean P, mean R)", TimelineScores.average(perTimeline.entrySet().stream()
            .filter(e -> e.getKey().startsWith(t.name() + "/")).map(Map.Entry::getValue).toList())));
      }
    }
    out.println(row("all " + perTimeline.size() + " timelines (mean P, mean R)",
        TimelineScores.average(new ArrayList<>(perTimeline.values()))));
  }

  static String header() {
    StringBuilder b = new StringBuilder();
    TimelineScores.NAMES.forEach(n -> b.append(String.format(Locale.ROOT, "%10s", n)));
    return b.toString();
  }

  static String row(String name, TimelineScores s) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-48s", name.length() > 47 ? name.substring(0, 47) : name));
    s.all().forEach(p -> b.append(String.format(Locale.ROOT, "%10.4f", p.f1())));
    return b.toString();
  }
}
