package org.storyline.app.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.app.Main;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.TextView;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.pipeline.Pipeline;
import org.storyline.reconcile.ArticleDater;
import org.storyline.reconcile.BatchDater;
import org.storyline.reconcile.DateEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Show one input's cleaned text and everything extracted from it, without storing anything.",
      "Spans carry offsets into the cleaned text (start, end) and into the source as read (src_start, src_end)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:annotated", "1:the input could not be read (one line on stderr)", "2:usage error"})
public final class AnnotateCommand implements Callable<Integer> {

  enum Format { text, json }


  @Spec CommandSpec spec;
  @Mixin IngestLimits limits;

  @Parameters(paramLabel = "FILE", description = "A text, JSONL or HTML file.")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date to use instead of the input's own.")
  LocalDate date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(new Ingestor(limits.options()), new BoilerplateCleaner(), 1);
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (Article a : pipeline.cleanFile(file, problem -> {
      problems.add(problem);
      spec.commandLine().getErr().println(problem);
    })) {
      articles.add(date == null ? a : a.withPublished(PublicationDate.given(date, DateSource.USER)));
    }
    BatchDater.Result dated = new BatchDater(ArticleDater.standard()).date(articles); // undated ones, from their text
    print(dated.articles(), dated.estimates());
    boolean failed = articles.isEmpty() || problems.stream().anyMatch(Problem::isError);
    return failed ? Main.EXIT_FAILED_INPUTS : 0;
  }

  private void print(List<Article> articles, Map<ArticleId, DateEstimate> estimates) {
    var out = spec.commandLine().getOut();
    Extractor extractor = Extractor.withDefaults();
    List<Extraction> extractions = articles.stream().map(extractor::extract).toList();
    if (format == Format.json) {
      if (extractions.size() == 1) {
        Extraction x = extractions.get(0);
        out.println(ArticleJson.write(ArticleJson.annotation(x, List.of(x.article().origin()), estimates.get(x.article().id()))));
      } else {
        var array = ArticleJson.array();
        extractions.forEach(x -> array.add(ArticleJson.annotation(x, List.of(x.article().origin()), estimates.get(x.article().id()))));
        out.println(ArticleJson.write(array));
      }
    } else {
      extractions.forEach(x -> out.print(TextView.annotation(x, estimates.get(x.article().id()))));
    }
  }
}
