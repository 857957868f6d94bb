package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.ingest.html.ExtractionEval;
import org.storyline.ingest.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline bench TASK}: measures a stage's speed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure how fast a stage runs.",
    subcommands = {BenchCommand.Extract.class, BenchClusterCommand.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a task is needed: " + String.join(", ", spec.subcommands().keySet()));
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Pages per CPU second of HTML main-text extraction (parsing included) on one thread, over the pages",
        "of a folder laid out as the article-extraction benchmark; files are read into memory first."
      })
  static final class Extract implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The benchmark folder.")
    Path data;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "5", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (warmup < 0 || passes < 1) {
        throw new ParameterException(spec.commandLine(), "--warmup must be >= 0 and --passes >= 1");
      }
      List<ExtractionEval.Case> cases;
      try {
        cases = ExtractionEval.load(data, err::println).stream().filter(c -> !c.html().isEmpty()).toList();
      } catch (IOException e) {
        err.println("storyline: error: " + e.getMessage());
        return Main.EXIT_FAILED_INPUTS;
      }
      if (cases.isEmpty()) {
        err.println("storyline: error: " + data + ": no readable pages");
        return Main.EXIT_FAILED_INPUTS;
      }
      double[] rates = ExtractionEval.pagesPerSecond(cases, HtmlExtractor.withDefaults(), warmup, passes);
      double[] sorted = rates.clone();
      Arrays.sort(sorted);
      long bytes = cases.stream().mapToLong(c -> c.html().length()).sum();
      out.printf(Locale.ROOT, "pages %d (%.1f MB of HTML), 1 thread, %d warm-up + %d timed passes%n",
          cases.size(), bytes / 1e6, warmup, passes);
      out.printf(Locale.ROOT, "pages/s/core: median %.0f, best %.0f, worst %.0f%n",
          sorted[sorted.length / 2], sorted[sorted.length - 1], sorted[0]);
      return 0;
    }
  }
}
