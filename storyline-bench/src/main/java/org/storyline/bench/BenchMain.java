package org.storyline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.NerEvaluation;
import org.storyline.extract.quote.eval.QuoteEval;
import org.storyline.extract.time.TimeEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline-bench}: speed side by side with the CoreNLP baseline, and JMH micro-benchmarks. */
@Command(name = "storyline-bench", mixinStandardHelpOptions = true,
    description = "Benchmarks of Storyline against the Stanford CoreNLP baseline (benchmark-only; CoreNLP is GPL).",
    subcommands = {BenchMain.CompareCommand.class, BenchMain.BaselineEvalCommand.class, BenchMain.CorenlpPredictCommand.class, BenchMain.WorkerCommand.class,
        BenchMain.JmhCommand.class})
public final class BenchMain implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Run each stage with Storyline and with CoreNLP on the same input, each in its own JVM, and print the table.")
  static final class CompareCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = "examples/seeds", description = "Folder of text files, a JSONL file, ... (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--stage", split = ",", description = "Stages, any case: ${COMPLETION-CANDIDATES} (default: all).")
    List<Stage> stages;

    @Option(names = "--warmup", defaultValue = "4", description = "Seconds of warm-up per JVM, at least 2 passes (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--measure", defaultValue = "6", description = "Seconds measured per run, in whole passes (default: ${DEFAULT-VALUE}).")
    double measure;

    @Option(names = "--runs", defaultValue = "1",
        description = "Run the whole table this many times, one after the other, and print each stage's ratio range (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--logs", defaultValue = "storyline-bench/target/bench-logs", description = "Where each run's log goes.")
    Path logs;

    @Override
    public Integer call() throws Exception {
      if (runs < 1) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--runs must be at least 1, not " + runs);
      }
      List<Stage> chosen = stages == null ? Arrays.asList(Stage.values()) : stages;
      PrintWriter out = new PrintWriter(System.out, true);
      List<List<Measurement>> all = new java.util.ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        long start = System.nanoTime();
        Path runLogs = runs == 1 ? logs : logs.resolve("run-" + r);
        all.add(new Compare(input, warmup, measure, runLogs, out).run(chosen));
        out.printf(java.util.Locale.ROOT, "Run %d of %d took %.0f s of wall time.%n%n", r, runs, (System.nanoTime() - start) / 1e9);
      }
      if (runs > 1) {
        out.println(RatioRange.table(chosen, all));
      }
      return 0;
    }
  }

  @Command(name = "baseline-eval", mixinStandardHelpOptions = true,
      description = {"Score CoreNLP on an evaluation set with Storyline's own scorers, to print beside 'storyline eval':",
          "time (TimeML folder; as 'storyline eval time'), ner (CoNLL file, sentence by sentence; as 'storyline eval ner'),",
          "quotes (PolNeAR folder; as 'storyline eval quotes')."})
  static final class BaselineEvalCommand implements Callable<Integer> {
    enum Task { time, ner, quotes }

    @CommandLine.Parameters(index = "0", paramLabel = "TASK", description = "${COMPLETION-CANDIDATES}") Task task;
    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The evaluation set.") Path data;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = new PrintWriter(System.out, true);
      long t0 = System.nanoTime();
      switch (task) {
        case time -> TimeEval.print(TimeEval.evaluate(data, new CoreNlpTimeTagger()), out);
        case ner -> out.print(NerEvaluation.score(new CoreNlpRecognizer(), Conll.read(data)).format());
        case quotes -> QuoteEval.print(QuoteEval.run(data, new CoreNlpQuoteExtractor(), false), out, 0); // one pass, timed cold
      }
      out.printf(java.util.Locale.ROOT, "CoreNLP %s, %.1f s including model load%n", task, (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    }
  }

  @Command(name = "corenlp-predict", mixinStandardHelpOptions = true,
      description = {"Write CoreNLP's output on an evaluation set in the format the matching 'storyline eval' reads,",
          "so its figures print beside Storyline's: time (TimeML folder in, TimeML folder out; then",
          "'storyline eval time --data GOLD --predictions OUT')."})
  static final class CorenlpPredictCommand implements Callable<Integer> {
    enum Task { time }

    @CommandLine.Parameters(index = "0", paramLabel = "TASK", description = "${COMPLETION-CANDIDATES}") Task task;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The evaluation set.") Path data;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where CoreNLP's predictions go.") Path out;

    @Override
    public Integer call() throws Exception {
      CoreNlpTimePredictions.write(data, out, new PrintWriter(System.out, true));
      return 0;
    }
  }

  @Command(name = "worker", hidden = true,
      description = "Measure one contender on one stage at the pace of commands on standard input (run by compare; see Worker).")
  static final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--contender", required = true) String contender;
    @Option(names = "--stage", required = true) String stage;
    @Option(names = "--input", required = true) Path input;

    @Override
    public Integer call() throws Exception {
      Contender who = Contender.valueOf(contender.toUpperCase(java.util.Locale.ROOT));
      Stage what = Stage.valueOf(stage.toUpperCase(java.util.Locale.ROOT));
      Runner runner = who.runner(what).orElseThrow(() -> new IllegalArgumentException(contender + " has no " + stage + " stage"));
      Worker.serve(runner, who.id(), what, input,
          new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)), System.out);
      return 0;
    }
  }

  @Command(name = "jmh", mixinStandardHelpOptions = true,
      description = "Run the JMH micro-benchmarks of the hot inner loops; arguments go to JMH (e.g. 'Tokenizer -f 1').")
  static final class JmhCommand implements Callable<Integer> {
    @CommandLine.Unmatched List<String> args; // everything goes to JMH, options included

    @Override
    public Integer call() throws Exception {
      org.openjdk.jmh.Main.main(args == null ? new String[0] : args.toArray(new String[0]));
      return 0;
    }
  }
}
