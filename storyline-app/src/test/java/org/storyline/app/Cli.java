package org.storyline.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in this JVM and keeps what it printed. */
final class Cli {

  /** What one command line did. */
  record Run(int status, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err), Terminal.piped());
    return new Run(status, out.toString(), err.toString());
  }

  /** The sample articles shipped with the repository. */
  static Path seeds() {
    Path fromModule = Path.of("..", "examples", "seeds");
    return fromModule.toFile().isDirectory() ? fromModule : Path.of("examples", "seeds");
  }
}
