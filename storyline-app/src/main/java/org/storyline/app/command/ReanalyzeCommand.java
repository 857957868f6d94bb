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
    try (Store s = store.open()) {
      // counted before the engine opens: a store of an older Storyline is clustered and extracted as it opens
      long todo = s.outdatedExtractions(Extractor.VERSION);
      try (Engine engine = StoreOption.engine(s)) {
        Terminal.Progress progress = parent.terminal().progress(spec.commandLine().getErr(), (int) todo, "articles");
        long[] shown = {0};
        engine.reanalyze((done, total) -> {
          for (; shown[0] < done; shown[0]++) {
            progress.step();
          }
        });
        progress.finish();
      }
      spec.commandLine().getOut().println("Analysed " + todo + " articles again with the extractors " + Extractor.VERSION
          + ". Store: " + store.location + " (" + s.articleCount() + " articles, " + s.storyCount() + " stories).");
      return 0;
    }
  }

}
