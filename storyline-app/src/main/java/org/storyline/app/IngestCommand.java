package org.storyline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.pipeline.RunSummary;
import org.storyline.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles from files and folders into the store.",
      "Plain text (optionally opening with a ' date YYYY-MM-DD' line), JSONL, HTML, WARC (.warc, .warc.gz) and RSS/Atom feeds (.rss, .atom, .xml); folders are read recursively.",
      "Re-running after an interruption completes the work: nothing is stored twice."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input stored", "1:some inputs could not be stored (one line each on stderr)", "2:usage error"})
final class IngestCommand implements Callable<Integer> {

  @ParentCommand StorylineCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin IngestLimits limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    try (SqliteArticleStore articles = store.open()) {
      RunSummary summary = IngestRun.run(paths, articles, limits.options(), parent.terminal, spec.commandLine().getErr()).summary();
      StoryRun.refresh(articles, summary.added());
      spec.commandLine().getOut().println(Summaries.runLine(summary) + " Store: " + store.file + " (" + articles.count() + " articles, "
          + articles.storyTables().stories().size() + " stories).");
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }
}
