package org.storyline.app.command;

import org.storyline.app.view.ArticleJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.app.view.TimelineSummaries;
import org.storyline.app.view.ShownStory;
import org.storyline.app.view.StoryViews;
import org.storyline.app.view.TimelineSummaryViews;
import org.storyline.summarize.Timeline;
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

  @Option(names = "--tls", paramLabel = "T", description = "Also show a timeline summary of the story: its T most important dates.")
  Integer tlsDates;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "2", description = "Sentences a date in the timeline summary (default ${DEFAULT-VALUE}).")
  int tlsSentences;

  @Option(names = "--all-events", description = {"Every event of the story's timeline, each with its salience;",
      "by default the text and Markdown list the salient ones (--json holds every event, each marked 'listed' or not)."})
  boolean allEvents;

  @Option(names = "--format", paramLabel = "FORMAT", description = "'md' for Markdown: headline, summary and timeline summary.")
  String format;

  @Override
  public Integer call() {
    if (format != null && !format.equals("md")) {
      throw new ParameterException(spec.commandLine(), "--format: 'md' is the one format besides text and --json, not '" + format + "'");
    }
    if (tlsDates != null && (tlsDates < 1 || tlsSentences < 1)) {
      throw new ParameterException(spec.commandLine(), "--tls and --sentences must be at least 1");
    }
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      StoreReader tables = articles;
      Story story;
      try {
        story = tables.story(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
            "no story with id '" + id + "' in " + store.location + " (or the prefix is ambiguous)"));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      Timeline timeline = tlsDates == null ? null : TimelineSummaries.of(story, tables, tlsDates, tlsSentences);
      if (json) {
        ObjectNode full = StoryViews.full(ShownStory.read(story, tables), tables, why);
        if (timeline != null) {
          full.set("timeline_summary", TimelineSummaryViews.json(timeline).get("timeline"));
        }
        spec.commandLine().getOut().println(ArticleJson.write(full));
      } else if (format != null) {
        TimelineSummaries.markdown(story, tables, timeline, allEvents, spec.commandLine().getOut());
      } else {
        spec.commandLine().getOut().print(StoryViews.story(ShownStory.read(story, tables), tables, articles::article, why, allEvents));
        if (timeline != null) {
          spec.commandLine().getOut().println("\n  Timeline summary:");
          TimelineSummaryViews.text(timeline, spec.commandLine().getOut());
        }
      }
      return 0;
    }
  }
}
