package org.storyline.app.command;

import org.storyline.app.view.StoryViews;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "List the stories of the store: id, first and last date, article count, outlets, headline; largest first.",
      "Read from the store: stories are kept up to date as articles arrive."
    })
public final class StoriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (Store s = store.open()) {
      StoreOption.noteOutdated(s, spec.commandLine().getErr());
      List<Story> stories = Listing.all((offset, limit) -> s.stories(StoreReader.StoryOrder.LARGEST, offset, limit));
      Listing.print(spec.commandLine().getOut(), json, stories, x -> StoryViews.brief(x, s.headline(x)),
          x -> StoryViews.listLine(x, s.headline(x)),
          "story", "stories", store.location);
      return 0;
    }
  }
}
