package org.storyline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the sub-commands. */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "storyline 0.1.0",
    description = "News articles in; dated, sourced stories out.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      ReanalyzeCommand.class,
      ArticlesCommand.class,
      ArticleCommand.class,
      AnnotateCommand.class,
      EntitiesCommand.class, EntityCommand.class,
      WatchCommand.class,
      ExtractHtmlCommand.class,
      TagTimeCommand.class,
      TagEntitiesCommand.class,
      ClaimsCommand.class,
      TrainCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ClusterCommand.class,
      EvalCommand.class,
      BenchCommand.class
    })
final class StorylineCommand implements Runnable {

  final Terminal terminal;

  @Spec CommandSpec spec;

  StorylineCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
