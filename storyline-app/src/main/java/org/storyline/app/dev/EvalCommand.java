package org.storyline.app.dev;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline eval ...}: quality figures on public data sets, one sub-command a task. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage on a public data set (the data is given by path; nothing is bundled).",
    subcommands = {EvalTimeCommand.class, EvalNerCommand.class, EvalExtractCommand.class,
        EvalQuotesCommand.class, EvalClaimsCommand.class, EvalEntitiesCommand.class, EvalClusterCommand.class, EvalEventsCommand.class,
        EvalEventMentionsCommand.class, EvalTlsCommand.class, EvalSummaryCommand.class, EvalTimelineCommand.class,
        EvalDatingCommand.class})
public final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a task is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
