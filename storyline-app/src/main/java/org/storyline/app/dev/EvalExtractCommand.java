package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.ingest.html.ExtractionEval;
import org.storyline.ingest.html.HtmlExtractor;
import org.storyline.ingest.html.ShingleMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Score HTML main-text extraction on a folder laid out as the article-extraction benchmark",
      "(html/<id>.html.gz and ground-truth.json {id: {articleBody, url}}): token 4-shingle precision,",
      "recall and F1, each page weighing the same."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the folder could not be read", "2:usage error"})
final class EvalExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The benchmark folder.")
  Path data;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also list the N pages of lowest F1, with their precision and recall.")
  int errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (errors < 0) {
      throw new ParameterException(spec.commandLine(), "--errors must not be negative: " + errors);
    }
    List<ExtractionEval.Case> cases;
    try {
      cases = ExtractionEval.load(data, err::println);
    } catch (IOException e) {
      err.println("storyline: error: " + e.getMessage());
      return Main.EXIT_FAILED_INPUTS;
    }
    if (cases.isEmpty()) {
      err.println("storyline: error: " + data + ": ground-truth.json lists no pages");
      return Main.EXIT_FAILED_INPUTS;
    }
    List<ExtractionEval.Page> pages = ExtractionEval.run(cases, HtmlExtractor.withDefaults());
    ShingleMetric.Score score = ExtractionEval.score(pages);
    out.printf(Locale.ROOT, "pages %d  precision %.4f  recall %.4f  F1 %.4f%n",
        score.pages(), score.precision(), score.recall(), score.f1());
    if (errors > 0) {
      out.println("worst pages (F1, precision, recall, id, url):");
      for (ExtractionEval.Page p : ExtractionEval.worst(pages, errors)) {
        double pr = p.counts().precision();
        double re = p.counts().recall();
        out.printf(Locale.ROOT, "  %.3f  P %.3f  R %.3f  %s  %s%n",
            pr + re == 0 ? 0 : 2 * pr * re / (pr + re), pr, re, p.id(), p.url());
      }
    }
    return 0;
  }
}
