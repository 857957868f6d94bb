package org.storyline.app.command;

import java.util.concurrent.Callable;
import org.storyline.app.StorylineCommand;
import org.storyline.app.Terminal;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "reanalyze",
    mixinStandardHelpOptions = true,
    description = {
      "Extract again the stored articles analysed by another version of the extractors (or never), and bring",
      "their stories' dates, entities and claims up to date. Safe to interrupt and run again."
    })
public final class ReanalyzeCommand implements Callable<Integer> {

  @ParentCommand StorylineCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    try (Store s = store.open(); Engine engine = StoreOption.engine(s)) {
      long todo = s.outdatedExtractions(Extractor.VERSION);
      Terminal.Progress progress = parent.terminal().progress(spec.commandLine().getErr(), (int) todo, "articles");
      int[] last = {0};
      int done = engine.reanalyze((n, total) -> {
        for (; last[0] < n; last[0]++) {
          progress.step();
        }
      });
      progress.finish();
      spec.commandLine().getOut().println("Analysed " + done + " articles again with the extractors " + Extractor.VERSION
          + ". Store: " + store.file + " (" + s.articleCount() + " articles).");
      return 0;
    }
  }
}
