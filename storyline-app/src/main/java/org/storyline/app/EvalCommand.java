package org.storyline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline eval ...}: scores a stage against a labelled data set, one sub-command a stage. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage against labelled data.",
    subcommands = {EvalClusterCommand.class})
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a stage is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
