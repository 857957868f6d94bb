package org.storyline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline eval TASK ...}: scores a stage on a public data set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage against a public data set.",
    subcommands = {EvalNerCommand.class})
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a task is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
