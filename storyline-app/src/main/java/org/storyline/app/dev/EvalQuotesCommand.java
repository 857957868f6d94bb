package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.quote.eval.MissKind;
import org.storyline.extract.quote.eval.PolnearSplit;
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

  @Option(names = "--misses",
      description = "Print the end-to-end misses on direct quotes by kind (not found, pronoun, description, ...).")
  boolean misses;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "With --errors: only errors of this kind of miss (${COMPLETION-CANDIDATES}).")
  MissKind kind;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL",
      description = "Which articles to score: ALL, POOL (the tuning pool) or UNTOUCHED (kept for a final check);"
          + " the split is fixed by a hash of each article's name (PolnearSplit). Default: ${DEFAULT-VALUE}.")
  PolnearSplit.Part part;

  @Option(names = "--folds", paramLabel = "N[,N...]", split = ",",
      description = "With --part POOL: only these cross-validation folds of the pool (0 to 4).")
  List<Integer> folds = new ArrayList<>();

  @Option(names = "--no-speed",
      description = "Skip the warm-up and timed passes: the speed shown is the one scored pass's.")
  boolean noSpeed;

  @Override
  public Integer call() throws IOException {
    if (errors < 0) {
      throw new ParameterException(spec.commandLine(), "--errors must not be negative");
    }
    Predicate<String> articles;
    try {
      articles = PolnearSplit.select(part, folds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--folds: " + e.getMessage());
    }
    QuoteEval.Report report = QuoteEval.run(data, articles, new RuleQuoteExtractor(), !noSpeed);
    QuoteEval.print(kind == null ? report : report.onlyMisses(kind), spec.commandLine().getOut(), errors);
    if (misses) {
      QuoteEval.printMisses(report, spec.commandLine().getOut());
    }
    return 0;
  }
}
