package org.storyline.app.command;

import org.storyline.kafka.KafkaTarget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --to kafka://HOST:PORT/TOPIC} option of the commands that can publish documents instead of storing them. */
final class KafkaOption {

  @Option(names = "--to", paramLabel = "kafka://HOST:PORT/TOPIC",
      description = "Publish each document read on this Kafka topic (JSON, keyed by its content id) for the Flink job,"
          + " instead of analysing it into the store.")
  String to;

  /** Whether documents go to Kafka. */
  boolean publishing() {
    return to != null;
  }

  /** The topic, or a usage error naming the address and its fault. */
  KafkaTarget target(CommandSpec spec) {
    try {
      return KafkaTarget.parse(to);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--to: " + e.getMessage());
    }
  }
}
