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
  @Mixin Paging paging;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (Store s = store.open()) {
      StoreOption.noteOutdated(s, spec.commandLine().getErr());
      List<Story> stories = paging.read((offset, limit) -> s.stories(StoreReader.StoryOrder.LARGEST, offset, limit));
      // the headlines in a few reads rather than one a story
      java.util.Map<org.storyline.model.StoryId, String> headlines = s.headlines(stories.stream().map(Story::id).toList());
      java.util.function.Function<Story, String> headline = x -> headlines.getOrDefault(x.id(), x.headline());
      Listing.print(spec.commandLine().getOut(), json, stories, x -> StoryViews.brief(x, headline.apply(x)),
          x -> StoryViews.listLine(x, headline.apply(x)),
          paging.count(stories.size(), paging.partial() ? s.storyCount() : stories.size()), "story", "stories", store.location);
      return 0;
    }
  }
}
