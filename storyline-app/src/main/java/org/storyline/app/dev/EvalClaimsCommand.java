package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.extract.claim.ClaimEval;
import org.storyline.extract.claim.RuleClaimExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Score numeric claims on a hand-annotated gold file (JSONL; see eval/claim/README.md).",
      "A system claim matches a gold one when the quantity spans overlap and the value or range agrees;",
      "precision and recall count matches; subject, qualifier, source and modality accuracy are over matches;",
      "when the gold lines name the data set they come from (\"from\"), the figures of each follow.",
      "Also times the extract stage with and without claims (--no-timing to skip)."
    })
final class EvalClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The gold sentences (JSONL); repeat it to score several files as one set.")
  List<Path> gold;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The folder the gold file's paths are relative to.")
  Path data;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also list N errors (missed, spurious, wrong field).")
  int errors;

  @Option(names = "--no-timing", description = "Do not time the extract stage.")
  boolean noTiming;

  @Override
  public Integer call() throws IOException {
    for (Path g : gold) {
      if (!Files.isRegularFile(g)) {
        throw new ParameterException(spec.commandLine(), g + ": no such file");
      }
    }
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    ClaimEval.Report report = ClaimEval.evaluate(gold, data, new RuleClaimExtractor(), !noTiming);
    PrintWriter out = spec.commandLine().getOut();
    ClaimEval.print(report, errors, out);
    out.flush();
    return 0;
  }
}
