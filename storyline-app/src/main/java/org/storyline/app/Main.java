package org.storyline.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code storyline} command line: one class a command, dispatched by picocli. */
public final class Main {

  /** Exit status when some inputs could not be stored or a command failed. */
  public static final int EXIT_FAILED_INPUTS = 1;
  /** Exit status of a usage error. */
  public static final int EXIT_USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    // standard output is flushed when a command ends (and by the long-running ones as they go), not at
    // every line: a listing of 17,000 entities would otherwise make 17,000 writes
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err, Terminal.detect()));
  }

  /** Runs one command line; returns its exit status. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
    CommandLine cli = StorylineCommand.commandLine(terminal, args);
    cli.setOut(out);
    cli.setErr(err); // picocli exits 2 on invalid input, as the CLI promises
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // a failure of the command as a whole: one line, no stack trace for the user
      commandLine.getErr().println("storyline: error: " + oneLine(e));
      if (System.getenv("STORYLINE_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr()); // for a bug report: where it failed
      }
      commandLine.getErr().flush();
      return EXIT_FAILED_INPUTS;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  public static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
