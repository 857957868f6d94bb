package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.extract.time.TempEvalPart;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeEval;
import org.storyline.extract.time.TimeEvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = {
      "Score the time tagger on gold TimeML files as TempEval-3 Task A does:",
      "strict and relaxed span P/R/F1, and type and value accuracy as F1 over relaxed matches.",
      "Each file's text is tagged anchored on its DCT."
    })
final class EvalTimeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder searched recursively for *.tml files.")
  Path data;

  @Option(names = "--predictions", paramLabel = "DIR",
      description = "Score another system's TimeML files (same relative names) instead of running Storyline's tagger.")
  Path predictions;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL",
      description = "Documents to score: TUNE (four in five, for developing rules), UNTOUCHED (the fifth whose "
          + "name's CRC-32 is a multiple of 5, kept for a final check) or ALL (default: ${DEFAULT-VALUE}).")
  TempEvalPart part;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also list N value errors.")
  int errors;

  @Option(names = "--missed", paramLabel = "N", defaultValue = "0", description = "Also list N missed gold timexes.")
  int missed;

  @Option(names = "--spurious", paramLabel = "N", defaultValue = "0", description = "Also list N spurious timexes.")
  int spurious;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    long t0 = System.nanoTime();
    TimeEvalReport report = predictions == null
        ? TimeEval.evaluate(data, new RuleTimeTagger(), part)
        : TimeEval.evaluatePredictions(data, predictions, part);
    PrintWriter out = spec.commandLine().getOut();
    out.println("part " + part);
    TimeEval.print(report, out);
    out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    TimeEval.printList("value errors", report.valueErrors(), errors, out);
    TimeEval.printList("missed", report.missed(), missed, out);
    TimeEval.printList("spurious", report.spurious(), spurious, out);
    out.flush();
    return 0;
  }
}
