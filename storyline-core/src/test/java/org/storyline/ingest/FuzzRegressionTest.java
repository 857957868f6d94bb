package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.testing.InputCheck;

/**
 * Every input that once broke a reader, the cleaner or an extractor (found by {@link
 * ReaderFuzzTest} or reported), replayed: it must now give articles or one-line problems only.
 * The file's name says its format, as an input's name does.
 */
class FuzzRegressionTest {

  static Stream<Path> regressions() throws IOException {
    return Files.list(ReaderFuzzTest.resource("fuzz/regressions")).filter(p -> !p.getFileName().toString().equals("README.md")).sorted();
  }

  @ParameterizedTest
  @MethodSource("regressions")
  void onceBrokenInputIsNowReadOrReported(Path input) {
    assertThat(InputCheck.failures(input)).isEmpty();
  }
}
