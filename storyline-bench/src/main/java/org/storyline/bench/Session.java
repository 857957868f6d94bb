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
    s.answer(Worker.LOADED);
    return s;
  }

  /** Warms up for {@code seconds} of CPU (at least one pass); returns the seconds a pass took. */
  double warm(double seconds) throws IOException {
    commands.println("warm " + seconds);
    return Double.parseDouble(answer(Worker.WARM));
  }

  /** One timed round; returns its passes a second. */
  double round(double seconds) throws IOException {
    commands.println("round " + seconds);
    return Double.parseDouble(answer(Worker.ROUND));
  }

  /** Ends the worker; returns its measurement. */
  Measurement finish() throws IOException {
    commands.println("finish");
    return JSON.readValue(answer(Worker.RESULT_PREFIX), Measurement.class);
  }

  /** The rest of the answer line that opens with {@code prefix}; other lines go to the log. */
  private String answer(String prefix) throws IOException {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try {
        for (String l = answers.readLine(); l != null; l = answers.readLine()) {
          logWriter.write(l + "\n");
          logWriter.flush();
          if (l.startsWith(prefix)) {
            return l.substring(prefix.length());
          }
        }
        return null;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try {
      String rest = line.get(ANSWER_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (rest == null) {
        throw new IOException(name + " stopped (exit " + process.waitFor() + "); see " + log);
      }
      return rest;
    } catch (TimeoutException e) {
      throw new IOException(name + " gave no answer in " + ANSWER_TIMEOUT_MINUTES + " minutes; see " + log, e);
    } catch (ExecutionException e) {
      throw new IOException(name + " could not be read: " + e.getCause().getMessage() + "; see " + log, e);
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
