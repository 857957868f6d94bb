package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs every (stage, contender) pair in a JVM of its own, one after the other so they never
 * compete for the cores, and prints the side-by-side table with Storyline / CoreNLP ratios.
 */
final class Compare {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WORKER_TIMEOUT_MINUTES = 10;

  private final Path input;
  private final double warmupSeconds;
  private final double measureSeconds;
  private final Path logDir;
  private final PrintWriter out;

  Compare(Path input, double warmupSeconds, double measureSeconds, Path logDir, PrintWriter out) {
    this.input = input;
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    this.logDir = logDir;
    this.out = out;
  }

  /** Measures the stages and prints the table; returns the measurements. */
  List<Measurement> run(List<Stage> stages) throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    List<BenchArticle> articles = BenchInput.read(input);
    out.printf(Locale.ROOT, "Input: %s, %d articles, %d tokens. %s%n%n", input, articles.size(), BenchInput.tokens(articles), Machine.describe());
    out.println(Table.header());
    out.flush();
    List<Measurement> all = new ArrayList<>();
    for (Stage stage : stages) {
      Optional<Measurement> ours = measure(Contender.STORYLINE, stage);
      Optional<Measurement> theirs = measure(Contender.CORENLP, stage);
      out.println(Table.rows(stage, ours, theirs));
      out.flush();
      ours.ifPresent(all::add);
      theirs.ifPresent(all::add);
    }
    out.println();
    out.println("articles/s and tokens/s per CPU second of the working thread (plus GC): the fastest of "
        + Worker.ROUNDS + " timed rounds after warm-up (" + Worker.MIN_ROUNDS + " of one pass each when a pass is long);");
    out.println("rounds = how many, ± half the gap between the fastest and slowest round; load is wall time;");
    out.println("ratio = Storyline / CoreNLP throughput; each contender runs in its own JVMs, one after the other: in "
        + Contender.STORYLINE.forks(Stage.NER) + " for the stages whose speed differs between JVMs (entities for both, Storyline's pipeline;");
    out.println("the median JVM shown; each warms up fully and measures its share of the time), else in one.");
    out.println("Logs of each run: " + logDir);
    return all;
  }

  private Optional<Measurement> measure(Contender contender, Stage stage) throws IOException, InterruptedException {
    if (contender.runner(stage).isEmpty()) {
      return Optional.empty();
    }
    List<Measurement> forks = new ArrayList<>();
    int count = contender.forks(stage);
    for (int f = 1; f <= count; f++) {
      String name = stage.id() + "-" + contender.id() + (count == 1 ? "" : "-" + f) + ".log";
      forks.add(fork(contender, stage, logDir.resolve(name)));
    }
    forks.sort(java.util.Comparator.comparingDouble(Measurement::articlesPerSecond));
    return Optional.of(forks.get(forks.size() / 2));
  }

  /** One worker JVM: with several forks, each warms up fully (the compiler needs it) and measures 1/forks of the time. */
  private Measurement fork(Contender contender, Stage stage, Path log) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process worker = new ProcessBuilder(java, "-Xmx" + contender.maxHeap, "-cp", System.getProperty("java.class.path"),
            BenchMain.class.getName(), "worker", "--contender", contender.id(), "--stage", stage.id(),
            "--input", input.toString(), "--warmup", Double.toString(warmupSeconds),
            "--measure", Double.toString(measureSeconds / contender.forks(stage)))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!worker.waitFor(WORKER_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      worker.destroyForcibly();
      throw new IOException(contender.id() + " on " + stage.id() + " took over " + WORKER_TIMEOUT_MINUTES + " minutes; see " + log);
    }
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith(Worker.RESULT_PREFIX)) {
        return JSON.readValue(line.substring(Worker.RESULT_PREFIX.length()), Measurement.class);
      }
    }
    throw new IOException(contender.id() + " on " + stage.id() + " failed (exit " + worker.exitValue() + "); see " + log);
  }
}
