package org.storyline.app.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.app.StorylineCommand;
import org.storyline.app.view.Summaries;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.pipeline.RunSummary;
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
      "Read articles from files and folders into the store, analysing each new one once (extraction, stories,",
      "entities, dates, claims are updated in place).",
      "Re-running after an interruption completes the work: nothing is stored twice."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input stored", "1:some inputs could not be stored (one line each on stderr)", "2:usage error"})
public final class IngestCommand implements Callable<Integer> {

  @ParentCommand StorylineCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin IngestLimits limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    try (Store s = store.open(); Engine engine = StoreOption.engine(s)) {
      RunSummary summary = IngestRun.run(engine, paths, limits.options(), parent.terminal(), spec.commandLine().getErr(), a -> {})
          .summary();
      spec.commandLine().getOut().println(Summaries.runLine(summary) + " Store: " + store.location + " (" + s.articleCount()
          + " articles, " + s.storyCount() + " stories).");
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }
}
