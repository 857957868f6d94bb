package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** One line saying what machine the figures were measured on. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format("Machine: %s, %d cores, Java %s, %s.", cpuModel(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), LocalDate.now());
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
