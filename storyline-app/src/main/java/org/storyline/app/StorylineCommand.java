package org.storyline.app;

import org.storyline.app.command.AnalyzeCommand;
import org.storyline.app.command.AnnotateCommand;
import org.storyline.app.command.ArticleCommand;
import org.storyline.app.command.ArticlesCommand;
import org.storyline.app.command.ClaimsCommand;
import org.storyline.app.command.ClusterCommand;
import org.storyline.app.command.CorefEventsCommand;
import org.storyline.app.command.EntitiesCommand;
import org.storyline.app.command.EntityCommand;
import org.storyline.app.command.ExtractHtmlCommand;
import org.storyline.app.command.IngestCommand;
import org.storyline.app.command.ReanalyzeCommand;
import org.storyline.app.command.SearchCommand;
import org.storyline.app.command.ServeCommand;
import org.storyline.app.command.StoriesCommand;
import org.storyline.app.command.TimelineCommand;
import org.storyline.app.command.StoryCommand;
import org.storyline.app.command.TagEntitiesCommand;
import org.storyline.app.command.TagTimeCommand;
import org.storyline.app.command.TagTimelineCommand;
import org.storyline.app.command.TlsCommand;
import org.storyline.app.command.WatchCommand;
import org.storyline.app.dev.BenchCommand;
import org.storyline.app.dev.EvalCommand;
import org.storyline.app.dev.TrainCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command: lists the sub-commands. They are registered by {@link #commandLine}, not by the
 * annotation: picocli builds the model of every registered command (its options, their types, its
 * own sub-commands) before parsing, which for all of them took most of a short command's start-up.
 */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "storyline 0.1.0",
    description = "News articles in; dated, sourced stories out.")
public final class StorylineCommand implements Runnable {

  /** Every sub-command, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      AnalyzeCommand.class,
      IngestCommand.class,
      ReanalyzeCommand.class,
      TimelineCommand.class,
      ArticlesCommand.class,
      ArticleCommand.class,
      AnnotateCommand.class,
      EntitiesCommand.class, EntityCommand.class,
      WatchCommand.class, ServeCommand.class,
      ExtractHtmlCommand.class,
      TagTimeCommand.class, TagTimelineCommand.class,
      TagEntitiesCommand.class, CorefEventsCommand.class,
      ClaimsCommand.class,
      TrainCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      SearchCommand.class,
      ClusterCommand.class,
      TlsCommand.class,
      EvalCommand.class,
      BenchCommand.class);

  private final Terminal terminal;

  @Spec CommandSpec spec;

  StorylineCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * The command line for {@code args}: when the first argument names a sub-command, with that one
   * only (what it parses, prints and fails with is the same); else with all of them, for help, the
   * list of commands and the suggestions after a misspelt one.
   */
  static CommandLine commandLine(Terminal terminal, String[] args) {
    CommandLine cli = new CommandLine(new StorylineCommand(terminal));
    String first = args.length == 0 ? "" : args[0];
    List<Class<?>> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    (named.isEmpty() ? COMMANDS : named).forEach(cli::addSubcommand);
    return cli;
  }

  /** Where the output goes, for the commands that draw progress. */
  public Terminal terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
