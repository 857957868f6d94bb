package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Compare}'s end of one {@link Worker} JVM: sends it commands and waits for each answer,
 * so that the worker is busy only when told and two workers never run at once. Everything the
 * worker prints goes to its log.
 */
final class Session implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The longest one command may take: CoreNLP's coreference loads for up to a minute, a pass takes ~10 s. */
  private static final long ANSWER_TIMEOUT_MINUTES = 5;
  /** Each answer is read by a thread of its own: reads block, and the JVMs of a pair warm up at once. */
  private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "worker-answers");
    t.setDaemon(true);
    return t;
  });

  private final String name;
  private final Path log;
  private final Process process;
  private final PrintWriter commands;
  private final BufferedReader answers;
  private final Writer logWriter;

  private Session(String name, Path log, Process process) throws IOException {
    this.name = name;
    this.log = log;
    this.process = process;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Starts a worker JVM for {@code contender} on {@code stage}; returns once its models are loaded. */
  static Session start(Contender contender, Stage stage, Path input, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.deleteIfExists(log);
    Files.createFile(log);
    Process process = new ProcessBuilder(java, "-Xmx" + contender.maxHeap, "-cp", System.getProperty("java.class.path"),
            BenchMain.class.getName(), "worker", "--contender", contender.id(), "--stage", stage.id(), "--input", input.toString())
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    Session s = new Session(contender.id() + " on " + stage.id(), log, process);
    s.await(s.answerLater(Worker.LOADED));
    return s;
  }

  /**
   * Starts a warm-up of {@code seconds} of CPU (at least the worker's minimum of passes) and
   * returns at once; the answer, the seconds the last pass took, comes later.
   */
  CompletableFuture<Double> warmLater(double seconds) {
    commands.println("warm " + seconds);
    return answerLater(Worker.WARM).thenApply(Double::parseDouble);
  }

  /** One timed round; returns its passes a second. */
  double round(double seconds) throws IOException {
    commands.println("round " + seconds);
    return Double.parseDouble(await(answerLater(Worker.ROUND)));
  }

  /** Ends the worker; returns its measurement. */
  Measurement finish() throws IOException {
    commands.println("finish");
    return JSON.readValue(await(answerLater(Worker.RESULT_PREFIX)), Measurement.class);
  }

  /** The rest of the answer line that opens with {@code prefix}, once it comes; other lines go to the log. */
  private CompletableFuture<String> answerLater(String prefix) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        for (String l = answers.readLine(); l != null; l = answers.readLine()) {
          logWriter.write(l + "\n");
          logWriter.flush();
          if (l.startsWith(prefix)) {
            return l.substring(prefix.length());
          }
        }
        throw new IllegalStateException(name + " stopped (exit " + process.waitFor() + "); see " + log);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(name + " could not be read; see " + log, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(name + ": interrupted", e);
      }
    }, READERS).orTimeout(ANSWER_TIMEOUT_MINUTES, TimeUnit.MINUTES);
  }

  /** Waits for an answer; a worker that stopped, hung or could not be read is an IOException naming it and its log. */
  <T> T await(CompletableFuture<T> answer) throws IOException {
    try {
      return answer.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TimeoutException) {
        throw new IOException(name + " gave no answer in " + ANSWER_TIMEOUT_MINUTES + " minutes; see " + log, cause);
      }
      throw new IOException(cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(name + ": interrupted", e);
    }
  }

  @Override
  public void close() throws IOException {
    commands.close();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      logWriter.close();
    }
  }
}
