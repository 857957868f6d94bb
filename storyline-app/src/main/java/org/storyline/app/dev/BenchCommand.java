package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.ConllDocument;
import org.storyline.extract.entity.NerEvaluation;
import org.storyline.extract.entity.PerceptronRecognizer;
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
    subcommands = {BenchCommand.Extract.class, BenchCommand.Ner.class, BenchClusterCommand.class, BenchIngestCommand.class,
      BenchSearchCommand.class, BenchServeCommand.class})
public final class BenchCommand implements Runnable {

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
      checkPasses(spec, warmup, passes);
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
      long bytes = cases.stream().mapToLong(c -> c.html().length()).sum();
      out.printf(Locale.ROOT, "pages %d (%.1f MB of HTML), 1 thread, %d warm-up + %d timed passes%n",
          cases.size(), bytes / 1e6, warmup, passes);
      printRates(out, "pages", rates);
      return 0;
    }
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Tokens per CPU second of named-entity tagging on one thread (whole documents, features included),",
        "over the documents of a CoNLL file read into memory first; also the time to load the model."
      })
  static final class Ner implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "A CoNLL file (tags are not used).")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train ner' (default: the shipped one).")
    Path model;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "7", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      checkPasses(spec, warmup, passes);
      List<ConllDocument> docs;
      PerceptronRecognizer recognizer;
      long t0 = System.nanoTime();
      try {
        recognizer = model == null ? PerceptronRecognizer.shipped() : PerceptronRecognizer.load(model);
      } catch (IOException e) {
        err.println("storyline: error: " + e.getMessage());
        return Main.EXIT_FAILED_INPUTS;
      }
      long loaded = System.nanoTime() - t0;
      try {
        docs = Conll.read(data);
      } catch (IOException e) {
        err.println("storyline: error: " + e.getMessage());
        return Main.EXIT_FAILED_INPUTS;
      }
      long tokens = docs.stream().mapToLong(d -> d.sentences().stream().mapToLong(s -> s.size()).sum()).sum();
      double[] rates = NerEvaluation.tokensPerSecond(recognizer, docs, warmup, passes);
      out.printf(Locale.ROOT, "model loaded in %.0f ms (first use in this JVM)%n", loaded / 1e6);
      out.printf(Locale.ROOT, "documents %d, tokens %d, 1 thread, %d warm-up + %d timed passes%n",
          docs.size(), tokens, warmup, passes);
      printRates(out, "tokens", rates);
      return 0;
    }
  }

  private static void checkPasses(CommandSpec spec, int warmup, int passes) {
    if (warmup < 0 || passes < 1) {
      throw new ParameterException(spec.commandLine(), "--warmup must be >= 0 and --passes >= 1");
    }
  }

  /** "UNIT/s/core: median, best, worst" of the timed passes' rates. */
  private static void printRates(PrintWriter out, String unit, double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "%s/s/core: median %.0f, best %.0f, worst %.0f%n",
        unit, sorted[sorted.length / 2], sorted[sorted.length - 1], sorted[0]);
  }
}
