package org.storyline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.extract.time.Timex;

/**
 * Writes SUTime's time expressions for a folder of TimeML files as TimeML of their own (same
 * relative names; the TEXT's TIMEX3 tags replaced by SUTime's), for {@code storyline eval time
 * --predictions}.
 */
final class CoreNlpTimePredictions {

  private static final Pattern TEXT = Pattern.compile("(?s)(<TEXT>)(.*?)(</TEXT>)");
  private static final Pattern TIMEX_TAG = Pattern.compile("</?TIMEX3[^>]*>");

  private CoreNlpTimePredictions() {}

  static void write(Path in, Path out, PrintWriter log) throws IOException {
    CoreNlpTimeTagger sutime = new CoreNlpTimeTagger();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(in)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    int count = 0;
    for (Path file : files) {
      String timeMl = Files.readString(file, StandardCharsets.UTF_8);
      TimeMlDocument doc = TimeMlDocument.parse(timeMl, file.toString());
      List<Timex> found = sutime.tag(doc.text(), doc.creationDate());
      count += found.size();
      Path target = out.resolve(in.relativize(file).toString());
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.writeString(target, TimeMlWriter.insert(withoutTextTimexes(timeMl), found, file.toString()), StandardCharsets.UTF_8);
    }
    log.printf("CoreNLP SUTime: %d files, %d time expressions, written to %s%n", files.size(), count, out);
  }

  /** The file with the TIMEX3 tags inside TEXT removed (the DCT's stays). */
  static String withoutTextTimexes(String timeMl) {
    Matcher m = TEXT.matcher(timeMl);
    if (!m.find()) {
      return timeMl;
    }
    return timeMl.substring(0, m.start(2)) + TIMEX_TAG.matcher(m.group(2)).replaceAll("") + timeMl.substring(m.end(2));
  }
}
