package org.storyline.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Story;
import org.storyline.store.SqliteArticleStore;
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
      "Stored articles that are in no story yet (a store of an older Storyline) are clustered first."
    })
final class StoriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (SqliteArticleStore articles = store.open()) {
      StoryRun.refresh(articles, 0);
      List<Story> stories = articles.storyTables().stories();
      Listing.print(spec.commandLine().getOut(), json, stories, StoryViews::brief, StoryViews::listLine,
          "story", "stories", store.file);
      return 0;
    }
  }
}
