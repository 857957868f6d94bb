package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.quote.eval.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quote extraction and speaker attribution on a folder in PolNeAR's layout",
      "(text/*.txt, attributions/*.ann; the alphabetically first annotator of each article).",
      "Prints quote P/R/F1, speaker accuracy on matched quotes and end-to-end recall for direct quotes,",
      "for direct quotes cut to their quoted words, and for all attributions; then the speed: tokens a",
      "second of extraction alone on one thread, the best of 5 passes after warming up."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the folder could not be read", "2:usage error"})
final class EvalQuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A PolNeAR folder (e.g. polnear/dev).")
  Path data;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Print N errors on direct quotes (missed, spurious, wrong speaker), spread over the list.")
  int errors;

  @Override
  public Integer call() throws IOException {
    if (errors < 0) {
      throw new ParameterException(spec.commandLine(), "--errors must not be negative");
    }
    QuoteEval.Report report = QuoteEval.run(data, new RuleQuoteExtractor());
    QuoteEval.print(report, spec.commandLine().getOut(), errors);
    return 0;
  }
}
