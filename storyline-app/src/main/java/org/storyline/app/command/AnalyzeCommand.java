package org.storyline.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.app.StorylineCommand;
import org.storyline.app.report.HtmlReport;
import org.storyline.app.report.HtmlStories;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.StoryViews;
import org.storyline.app.view.Summaries;
import org.storyline.extract.Extraction;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.pipeline.RunSummary;
import org.storyline.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest articles, run every stage, print a summary and write an HTML report.",
      "The summary and report cover the articles of the given inputs, whether new or stored before."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input analysed", "1:some inputs could not be stored (one line each on stderr)", "2:usage error"})
public final class AnalyzeCommand implements Callable<Integer> {

  @ParentCommand StorylineCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin IngestLimits limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--report", paramLabel = "FILE.html", defaultValue = "storyline-report.html",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--json", description = "Print the result as JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    try (Store store = this.store.open()) {
      Set<ArticleId> seen = new LinkedHashSet<>();
      IngestRun.Result result;
      try (Engine engine = StoreOption.engine(store)) {
        result = IngestRun.run(engine, paths, limits.options(), parent.terminal(), spec.commandLine().getErr(), seen::add);
      }
      // every view below is read from the store: what this run added and what earlier runs analysed
      Map<ArticleId, Extraction> extractions = new LinkedHashMap<>();
      List<Article> analysed = new ArrayList<>();
      store.extractions(seen).forEach((id, x) -> {
        extractions.put(id, x);
        analysed.add(x.article());
      });
      RunSummary summary = result.summary();
      List<Story> stories = StoryViews.storiesOf(analysed, store);
      Map<ArticleId, Article> byId = new LinkedHashMap<>();
      analysed.forEach(a -> byId.put(a.id(), a));
      Function<ArticleId, Optional<Article>> lookup = id -> byId.containsKey(id) ? Optional.of(byId.get(id)) : store.article(id);
      writeReport(analysed, extractions, result, HtmlStories.section(stories, store, lookup));
      if (json) {
        spec.commandLine().getOut().println(StoryViews.withStories(ArticleJson.analysis(analysed, summary, report), stories, store));
      } else {
        spec.commandLine().getOut().print(Summaries.analysis(analysed, summary, this.store.location, report, extractions));
        spec.commandLine().getOut().print(StoryViews.summary(stories, store, lookup));
      }
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }

  private void writeReport(List<Article> analysed, Map<ArticleId, Extraction> extractions, IngestRun.Result result,
      String storiesHtml) throws IOException {
    Path parentDir = report.toAbsolutePath().getParent();
    if (parentDir != null) {
      Files.createDirectories(parentDir);
    }
    Path partial = report.resolveSibling(report.getFileName() + ".part");
    Files.writeString(partial, HtmlReport.render(analysed, extractions, result.summary(), result.problems(), storiesHtml));
    // the report appears whole or not at all
    Files.move(partial, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
