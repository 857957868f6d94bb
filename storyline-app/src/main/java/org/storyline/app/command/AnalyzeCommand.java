package org.storyline.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.storyline.app.Main;
import org.storyline.app.StorylineCommand;
import org.storyline.app.report.HtmlReport;
import org.storyline.app.report.HtmlStories;
import org.storyline.app.report.KeptReport;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.ShownStory;
import org.storyline.app.view.StoryViews;
import org.storyline.app.view.Summaries;
import org.storyline.extract.Extraction;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.pipeline.RunSummary;
import org.storyline.model.SubEvent;
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
      // every view below is read from the store: what this run added and what earlier runs analysed;
      // the report shows no event mentions, which are most of a stored extraction. The stories are
      // read on a connection and a thread of their own meanwhile.
      CompletableFuture<List<ShownStory>> storiesRead = CompletableFuture.supplyAsync(() -> storiesOf(seen));
      Map<ArticleId, Extraction> extractions = store.extractionsWithoutEvents(seen);
      List<Article> analysed = new ArrayList<>();
      extractions.values().forEach(x -> analysed.add(x.article()));
      RunSummary summary = result.summary();
      List<ShownStory> stories = joined(storiesRead).stream()
          .filter(s -> s.story().articles().stream().anyMatch(extractions::containsKey)).toList();
      Function<ArticleId, Optional<Article>> lookup = articlesOf(stories, analysed, store);
      // the summary and the report are made from what was read, the summary on a thread of its own
      // while the report's articles are made on every core
      CompletableFuture<String> printed = CompletableFuture.supplyAsync(() -> json
          ? StoryViews.withStories(ArticleJson.analysis(analysed, summary, report), stories, store) + System.lineSeparator()
          : Summaries.analysis(analysed, summary, this.store.location, report, extractions) + StoryViews.summary(stories, store, lookup));
      // a report made from the same store, articles and problems is kept: nothing in it would change but its run line
      String key = KeptReport.key(store.revision(), extractions.keySet(), result.problems());
      if (!KeptReport.keep(report, key, summary)) {
        writeReport(HtmlReport.render(analysed, extractions, summary, result.problems(), HtmlStories.section(stories, lookup), key));
      }
      spec.commandLine().getOut().print(joined(printed));
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }

  /** What the views show of the stories holding any of {@code articles}, read on a store connection of its own. */
  private List<ShownStory> storiesOf(Set<ArticleId> articles) {
    try (Store reader = this.store.open()) {
      return ShownStory.readAll(StoryViews.storiesOf(articles, reader), reader);
    }
  }

  /**
   * The articles the stories list, by id: the analysed ones, and those of earlier runs read now,
   * so that the views, made on two threads, never use the store's connection.
   */
  private static Function<ArticleId, Optional<Article>> articlesOf(List<ShownStory> stories, List<Article> analysed, Store store) {
    Map<ArticleId, Optional<Article>> byId = new HashMap<>();
    analysed.forEach(a -> byId.put(a.id(), Optional.of(a)));
    for (ShownStory s : stories) {
      for (SubEvent e : s.story().subEvents()) {
        e.articles().forEach(id -> byId.computeIfAbsent(id, store::article));
      }
    }
    return id -> byId.getOrDefault(id, Optional.empty());
  }

  private static <T> T joined(CompletableFuture<T> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private void writeReport(String html) throws IOException {
    Path parentDir = report.toAbsolutePath().getParent();
    if (parentDir != null) {
      Files.createDirectories(parentDir);
    }
    Path partial = report.resolveSibling(report.getFileName() + ".part");
    Files.writeString(partial, html);
    // the report appears whole or not at all
    Files.move(partial, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
