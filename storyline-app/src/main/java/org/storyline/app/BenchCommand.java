package org.storyline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline bench ...}: throughput and memory of a stage on synthetic data; one sub-command a stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure a stage's throughput and memory.",
    subcommands = {BenchClusterCommand.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a stage is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
