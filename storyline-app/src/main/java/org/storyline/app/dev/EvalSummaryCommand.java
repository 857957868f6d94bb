package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.app.command.TimelineInput;
import org.storyline.eval.SummaryScores;
import org.storyline.extract.Extraction;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.summarize.CoverageSummarizer;
import org.storyline.summarize.DatedText;
import org.storyline.summarize.SourcedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Story summaries on Timeline17-style data (DIR/<topic>/articles.jsonl, tasks.json, timelines/*.json): the",
      "articles of each task, and of each window of --window days within it, are summarised as one story would be",
      "and the summary scored against the reference timeline's entries of that range: the reference dates its",
      "sentences tell of (precision, recall) and ROUGE-1/2 against the reference sentences. With --input EVENTS the",
      "articles are extracted and each summarised range gets its claim groups and timeline, as in the engine."
    })
final class EvalSummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The topics' folder.")
  Path data;

  @Option(names = "--words", paramLabel = "N", defaultValue = "150", description = "Words a summary (default ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--window", paramLabel = "DAYS", defaultValue = "7",
      description = "Days a window, a story-sized part of a task (default ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--min-articles", paramLabel = "N", defaultValue = "3",
      description = "Articles a window needs to be scored (default ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--show", description = "Print each task's summary.")
  boolean show;

  /** What the summariser is given, from the least the engine knows to what it knows now. */
  enum Input {
    /** The plain texts: days tagged by the summariser, no claim groups, no events. */
    TEXTS,
    /** The articles extracted as the engine extracts them, with their claim groups, no timeline. */
    EXTRACTIONS,
    /** That and the story's timeline, built as the engine builds it. */
    EVENTS
  }

  @Option(names = "--input", paramLabel = "KIND", defaultValue = "TEXTS",
      description = "What the summariser is given: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Input input;

  private final CoverageSummarizer summarizer = new CoverageSummarizer();
  private final TimeTagger tagger = new RuleTimeTagger();
  private Map<DatedText, Extraction> extracted = Map.of();

  @Override
  public Integer call() throws IOException {
    if (words < 1 || window < 1 || minArticles < 1) {
      throw new ParameterException(spec.commandLine(), "--words, --window and --min-articles must be at least 1");
    }
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, SummaryScores> tasks = new LinkedHashMap<>();
    List<SummaryScores> windows = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(data)) {
      for (Path dir : dirs.sorted().toList()) {
        if (Files.isRegularFile(dir.resolve("articles.jsonl")) && Files.isRegularFile(dir.resolve("tasks.json"))) {
          List<DatedText> articles = TimelineInput.read(dir.resolve("articles.jsonl"), spec.commandLine().getErr()::println);
          extracted = input == Input.TEXTS ? Map.of() : extract(articles);
          for (EvalTlsCommand.Task task : EvalTlsCommand.tasks(dir)) {
            tasks.put(task.topic() + "/" + task.reference(), score(articles, task.gold(), task.from(), task.to(), out));
            for (LocalDate start = task.from(); !start.isAfter(task.to()); start = start.plusDays(window)) {
              LocalDate end = start.plusDays(window - 1L).isAfter(task.to()) ? task.to() : start.plusDays(window - 1L);
              if (within(articles, start, end).size() >= minArticles && !within(task.gold(), start, end).isEmpty()) {
                windows.add(score(articles, task.gold(), start, end, null));
              }
            }
          }
        }
      }
    }
    if (tasks.isEmpty()) {
      throw new ParameterException(spec.commandLine(), data + ": no topic (a folder with articles.jsonl and tasks.json)");
    }
    out.println(String.format(Locale.ROOT, "%-44s%9s%9s%9s%9s%9s%9s%9s", "", "date P", "date R", "date F1", "R1 R", "R1 F1",
        "R2 R", "R2 F1"));
    tasks.forEach((name, s) -> out.println(row(name, s)));
    out.println(row("all " + tasks.size() + " tasks (mean P, mean R)", SummaryScores.average(new ArrayList<>(tasks.values()))));
    out.println(row(windows.size() + " windows of " + window + " days (mean P, mean R)", SummaryScores.average(windows)));
    return 0;
  }

  /** The summary of the articles published from {@code from} to {@code to}, scored against the reference's entries of those days. */
  private SummaryScores score(List<DatedText> articles, Map<LocalDate, List<String>> gold, LocalDate from, LocalDate to,
      PrintWriter show) {
    List<SourcedSentence> summary = summarize(within(articles, from, to));
    if (this.show && show != null) {
      show.println(from + " .. " + to);
      summary.forEach(s -> show.println("  " + s.published() + "  " + s.text()));
    }
    return SummaryScores.of(summary, within(gold, from, to), tagger);
  }

  private List<SourcedSentence> summarize(List<DatedText> articles) {
    if (input == Input.TEXTS) {
      return summarizer.summarizeTexts(articles, words);
    }
    ExtractedStory story = ExtractedStory.of(articles.stream().map(extracted::get).toList(), input == Input.EVENTS);
    return summarizer.summarize(story.extractions(), story.claims(), story.events(), words);
  }

  /** Each article's extraction, by identity: the texts are records, and several may be equal. */
  private static Map<DatedText, Extraction> extract(List<DatedText> articles) {
    List<Extraction> done = ExtractedStory.extract(articles);
    Map<DatedText, Extraction> out = new IdentityHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(articles.get(i), done.get(i));
    }
    return out;
  }

  private static List<DatedText> within(List<DatedText> articles, LocalDate from, LocalDate to) {
    return articles.stream().filter(a -> !a.published().isBefore(from) && !a.published().isAfter(to)).toList();
  }

  private static Map<LocalDate, List<String>> within(Map<LocalDate, List<String>> gold, LocalDate from, LocalDate to) {
    Map<LocalDate, List<String>> out = new TreeMap<>();
    gold.forEach((d, sentences) -> {
      if (!d.isBefore(from) && !d.isAfter(to)) {
        out.put(d, sentences);
      }
    });
    return out;
  }

  private static String row(String name, SummaryScores s) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", name.length() > 43 ? name.substring(0, 43) : name));
    for (double v : new double[] {s.dates().precision(), s.dates().recall(), s.dates().f1(), s.rouge1().recall(), s.rouge1().f1(),
        s.rouge2().recall(), s.rouge2().f1()}) {
      b.append(String.format(Locale.ROOT, "%9.4f", v));
    }
    return b.toString();
  }
}
