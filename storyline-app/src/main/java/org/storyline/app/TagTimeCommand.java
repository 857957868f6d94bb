package org.storyline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "tag-time",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the time expressions of TimeML files in the TempEval-3 input format (TEXT plus the DCT TIMEX3)",
      "and write them to OUT_DIR with TIMEX3 tags added, the text otherwise untouched."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every file tagged", "1:some files could not be read (one line each on stderr)", "2:usage error"})
final class TagTimeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder searched recursively for *.tml files.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Where the tagged files go, under the same relative names.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(in)) {
      throw new ParameterException(spec.commandLine(), in + ": not a folder");
    }
    TimeTagger tagger = new RuleTimeTagger();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(in)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    int failed = 0;
    int timexes = 0;
    for (Path file : files) {
      try {
        String timeMl = Files.readString(file, StandardCharsets.UTF_8);
        TimeMlDocument doc = TimeMlDocument.parse(timeMl, file.toString());
        List<Timex> found = tagger.tag(doc.text(), doc.creationDate());
        timexes += found.size();
        Path target = out.resolve(in.relativize(file).toString());
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, TimeMlWriter.insert(timeMl, found, file.toString(), skipped ->
            spec.commandLine().getErr().println(file + ": warning: TIMEX3 '" + skipped.text() + "' would cross a tag; not written")),
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed++;
        spec.commandLine().getErr().println(file + ": error: " + Main.oneLine(e));
      }
    }
    spec.commandLine().getOut().println("Tagged " + (files.size() - failed) + " of " + files.size() + " files: " + timexes + " time expressions, in " + out);
    return failed == 0 ? 0 : Main.EXIT_FAILED_INPUTS;
  }
}
