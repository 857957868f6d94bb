package org.storyline.app.command;

import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.StoryViews;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.concurrent.Callable;
import org.storyline.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Show one story: its sub-events, articles and duplicates; with --why, every clustering decision and merge.")
public final class StoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "The story id, or an unambiguous prefix of at least 4 characters.")
  String id;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--why", description = "Explain each decision: the features' scores against the best candidate, and merges.")
  boolean why;

  @Override
  public Integer call() {
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      StoreReader tables = articles;
      Story story;
      try {
        story = tables.story(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
            "no story with id '" + id + "' in " + store.file + " (or the prefix is ambiguous)"));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (json) {
        spec.commandLine().getOut().println(ArticleJson.write(StoryViews.full(story, tables, why)));
      } else {
        spec.commandLine().getOut().print(StoryViews.story(story, tables, articles::article, why));
      }
      return 0;
    }
  }
}
