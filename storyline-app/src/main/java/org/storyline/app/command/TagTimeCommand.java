package org.storyline.app.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.app.Main;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "tag-time",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the time expressions of TimeML files in the TempEval-3 input format (TEXT plus the DCT TIMEX3)",
      "and write them to OUT_DIR with TIMEX3 tags added, the text otherwise untouched.",
      "Reads NAME.tml and the TempEval-3 test inputs NAME.tml.TE3input; both are written as NAME.tml,",
      "the name the TempEval-3 scorer looks for beside the gold NAME.tml.",
      "--events also tags the event mentions (EVENT eid class), as TempEval-3 Task B scores them."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file tagged",
      "1:some files could not be read (one line each on stderr), or IN_DIR holds no input file",
      "2:usage error (IN_DIR is not a folder)"
    })
public final class TagTimeCommand implements Callable<Integer> {

  /** The TempEval-3 test inputs are named {@code NAME.tml.TE3input}; systems answer with {@code NAME.tml}. */
  static final String TE3_INPUT = ".TE3input";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder searched recursively for *.tml and *.tml.TE3input files.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Where the tagged files go, under the same relative names (without .TE3input).")
  Path out;

  @Option(names = "--events", description = "Also write EVENT tags (eid, class) found by the shipped event detector.")
  boolean events;

  static boolean isInput(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".tml") || name.endsWith(".tml" + TE3_INPUT);
  }

  /** {@code sub/NAME.tml} for both {@code sub/NAME.tml} and {@code sub/NAME.tml.TE3input}. */
  static String outputName(String relative) {
    return relative.endsWith(TE3_INPUT) ? relative.substring(0, relative.length() - TE3_INPUT.length()) : relative;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(in)) {
      throw new ParameterException(spec.commandLine(), in + ": not a folder");
    }
    TimeTagger tagger = new RuleTimeTagger();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(in)) {
      files = walk.filter(p -> isInput(p) && Files.isRegularFile(p)).sorted().toList();
    }
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("storyline: error: no .tml or .tml" + TE3_INPUT + " files in " + in);
      return Main.EXIT_FAILED_INPUTS;
    }
    Map<Path, Path> written = new HashMap<>(); // output -> the input it came from
    int failed = 0;
    int timexes = 0;
    for (Path file : files) {
      try {
        Path target = out.resolve(outputName(in.relativize(file).toString()));
        Path earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
        if (earlier != null) {
          throw new IOException("same output name as " + earlier + "; not written");
        }
        String timeMl = Files.readString(file, StandardCharsets.UTF_8);
        TimeMlDocument doc = TimeMlDocument.parse(timeMl, file.toString());
        List<Timex> found = tagger.tag(doc.text(), doc.creationDate());
        timexes += found.size();
        Files.createDirectories(target.toAbsolutePath().getParent());
        String tagged = TimeMlWriter.insert(timeMl, found, file.toString(), skipped ->
            spec.commandLine().getErr().println(file + ": warning: TIMEX3 '" + skipped.text() + "' would cross a tag; not written"));
        if (events) {
          tagged = EventTags.insert(tagged, doc.text(), file.toString(), spec.commandLine().getErr());
        }
        Files.writeString(target, tagged, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed++;
        spec.commandLine().getErr().println(file + ": error: " + Main.oneLine(e));
      }
    }
    spec.commandLine().getOut().println("Tagged " + (files.size() - failed) + " of " + files.size() + " files: " + timexes + " time expressions, in " + out);
    return failed == 0 ? 0 : Main.EXIT_FAILED_INPUTS;
  }
}
