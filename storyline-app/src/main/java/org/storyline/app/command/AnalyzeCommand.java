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
import org.storyline.model.Story;
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

  @Option(names = "--all", description = {
      "Print every article and story of the run. By default a run of more than " + SHOWN_ARTICLES + " articles prints",
      "its first " + SHOWN_ARTICLES + " articles and its " + SHOWN_STORIES + " largest stories; the report and --json hold them all."})
  boolean all;

  /** A run of more articles prints this many of them: a terminal is not the place for thousands. */
  static final int SHOWN_ARTICLES = 20;
  /** ... and this many of its stories, the largest first. */
  static final int SHOWN_STORIES = 10;

  @Override
  public Integer call() throws IOException {
    try (Store store = this.store.open()) {
      Set<ArticleId> seen = new LinkedHashSet<>();
      IngestRun.Result result;
      try (Engine engine = StoreOption.engine(store)) {
        result = IngestRun.run(engine, paths, limits.options(), parent.terminal(), spec.commandLine().getErr(), seen::add);
      }
      RunSummary summary = result.summary();
      // a report made from the same store, articles and problems is kept: nothing in it would change
      // but its run line. The store's revision covers its extractions and stories.
      String key = KeptReport.key(store.revision(), seen, result.problems());
      boolean reportKept = KeptReport.keep(report, key, summary);
      boolean brief = !all && !json && seen.size() > SHOWN_ARTICLES;
      // with the report kept, a brief summary reads only what it prints
      Shown shown = read(store, seen, reportKept && brief);
      // the summary and the report are made from what was read, the summary on a thread of its own
      // while the report's articles are made on every core
      CompletableFuture<String> printed = CompletableFuture.supplyAsync(() -> printed(shown, summary, brief, store));
      if (!reportKept) {
        writeReport(HtmlReport.render(shown.analysed(), shown.extractions(), summary, result.problems(),
            HtmlStories.section(shown.stories(), shown.lookup()), key));
      }
      spec.commandLine().getOut().print(joined(printed));
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }

  /**
   * What the summary and the report show: the articles analysed (those of the run with an
   * extraction), the stories holding any article of the run (the largest first) and how many there
   * are, and a look-up of their articles; only the first {@link #SHOWN_ARTICLES} and {@link
   * #SHOWN_STORIES} when {@code onlyShown}.
   */
  private record Shown(List<Article> analysed, int articleCount, Map<ArticleId, Extraction> extractions,
      List<ShownStory> stories, int storyCount, Function<ArticleId, Optional<Article>> lookup) {}

  private Shown read(Store store, Set<ArticleId> run, boolean onlyShown) {
    // every view is read from the store: what this run added and what earlier runs analysed; the
    // report shows no event mentions, which are most of a stored extraction. The stories are read on
    // a connection and a thread of their own meanwhile.
    CompletableFuture<StoriesRead> storiesRead =
        CompletableFuture.supplyAsync(() -> storiesOf(run, onlyShown ? SHOWN_STORIES : Integer.MAX_VALUE));
    Map<ArticleId, Extraction> extractions =
        store.extractionsWithoutEvents(onlyShown ? first(List.copyOf(run), SHOWN_ARTICLES) : run);
    List<Article> analysed = new ArrayList<>();
    extractions.values().forEach(x -> analysed.add(x.article()));
    StoriesRead read = joined(storiesRead);
    if (onlyShown) {
      return new Shown(analysed, run.size(), extractions, read.stories(), read.count(), articlesOf(read.stories(), analysed, store));
    }
    List<ShownStory> stories = read.stories().stream()
        .filter(s -> s.story().articles().stream().anyMatch(extractions::containsKey)).toList();
    return new Shown(analysed, analysed.size(), extractions, stories, stories.size(), articlesOf(stories, analysed, store));
  }

  private String printed(Shown shown, RunSummary summary, boolean brief, Store store) {
    if (json) {
      return StoryViews.withStories(ArticleJson.analysis(shown.analysed(), summary, report), shown.stories(), store)
          + System.lineSeparator();
    }
    List<Article> articles = brief ? first(shown.analysed(), SHOWN_ARTICLES) : shown.analysed();
    List<ShownStory> stories = brief ? first(shown.stories(), SHOWN_STORIES) : shown.stories();
    return Summaries.analysis(articles, shown.articleCount(), summary, this.store.location, report, shown.extractions())
        + StoryViews.summary(stories, shown.storyCount(), store, shown.lookup());
  }

  private static <T> List<T> first(List<T> list, int n) {
    return list.size() <= n ? list : list.subList(0, n);
  }

  private record StoriesRead(List<ShownStory> stories, int count) {}

  /**
   * The stories holding any of {@code articles}, the largest first, and what the views show of the
   * first {@code limit}, read on a store connection of its own.
   */
  private StoriesRead storiesOf(Set<ArticleId> articles, int limit) {
    try (Store reader = this.store.open()) {
      List<Story> stories = StoryViews.storiesOf(articles, reader);
      return new StoriesRead(ShownStory.readAll(first(stories, limit), reader), stories.size());
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
