package org.storyline.eval.semeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.extract.time.CatDocument;
import org.storyline.extract.time.CatException;
import org.storyline.reconcile.timeline.entity.EntityTimeline;

/**
 * Reads and writes the files of SemEval-2015 Task 4 Track A: a folder of CAT documents, a target
 * list, a folder of timelines. A file that cannot be read is reported to {@code problems} (one line
 * naming the file and why) and left out; the rest is read.
 */
public final class TaskFiles {

  private TaskFiles() {}

  /** The CAT documents ({@code *.xml}) under {@code dir}, by path. */
  public static List<CatDocument> documents(Path dir, Consumer<String> problems) throws IOException {
    List<CatDocument> out = new ArrayList<>();
    for (Path f : files(dir, ".xml")) {
      try {
        out.add(CatDocument.parse(Files.readAllBytes(f), f.toString()));
      } catch (CatException e) {
        problems.accept(e.getMessage());
      } catch (IOException e) {
        problems.accept(f + ": cannot be read: " + e.getMessage());
      }
    }
    return out;
  }

  /** The targets of a list: one a line, blank lines and surrounding spaces dropped. */
  public static List<String> targets(Path list) throws IOException {
    return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The timelines ({@code *.txt}) directly in {@code dir}, by file name. */
  public static Map<String, TaskTimeline> timelines(Path dir, Consumer<String> problems) throws IOException {
    Map<String, TaskTimeline> out = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList()) {
        try {
          out.put(f.getFileName().toString(), TaskTimeline.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
        } catch (TimelineFormatException e) {
          problems.accept(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
          problems.accept(f + ": cannot be read: " + e.getMessage());
        }
      }
    }
    return out;
  }

  /** Writes each timeline to {@code dir} under the task's file name; returns the files written. */
  public static List<Path> write(List<EntityTimeline> timelines, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (EntityTimeline t : timelines) {
      Path f = dir.resolve(EntityTimeline.fileName(t.target()));
      Files.writeString(f, t.format(), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
