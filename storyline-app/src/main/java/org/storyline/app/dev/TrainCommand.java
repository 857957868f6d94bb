package org.storyline.app.dev;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline train MODEL ...}: rebuilds a shipped model from its training data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from data (the shipped models are built this way).",
    subcommands = {TrainNerCommand.class, TrainClustersCommand.class, TrainVectorClustersCommand.class, TrainNamesCommand.class, TrainEventCorefCommand.class, TrainEventsCommand.class})
public final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a model is needed: " + String.join(", ", spec.subcommands().keySet()));
  }
}
