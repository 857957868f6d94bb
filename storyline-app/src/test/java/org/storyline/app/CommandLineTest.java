package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "ingest", "articles", "article", "annotate", "eval"})
  void help_isOfferedByEveryCommand(String command) {
    Cli.Run run = Cli.run(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: storyline " + command).contains("--help");
  }

  @Test
  void topLevelHelp_listsTheCommands() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("analyze", "ingest", "articles", "article", "annotate");
  }

  @Test
  void unknownCommand_isAUsageError() {
    Cli.Run run = Cli.run("frobnicate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void noCommand_isAUsageError() {
    Cli.Run run = Cli.run();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("a command is needed");
  }

  @Test
  void missingPaths_isAUsageError() {
    Cli.Run run = Cli.run("ingest");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  @Test
  void impossibleDateOption_isAUsageError() {
    Cli.Run run = Cli.run("annotate", "x.txt", "--date", "2021-02-30");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--date");
  }
}
