package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

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
    StanfordCoreNLP sutime = new StanfordCoreNLP(Stage.TIME.coreNlpProperties());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(in)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    int count = 0;
    for (Path file : files) {
      String timeMl = Files.readString(file, StandardCharsets.UTF_8);
      TimeMlDocument doc = TimeMlDocument.parse(timeMl, file.toString());
      List<Timex> found = tag(sutime, doc);
      count += found.size();
      Path target = out.resolve(in.relativize(file).toString());
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.writeString(target, TimeMlWriter.insert(withoutTextTimexes(timeMl), found, file.toString()), StandardCharsets.UTF_8);
    }
    log.printf("CoreNLP SUTime: %d files, %d time expressions, written to %s%n", files.size(), count, out);
  }

  private static List<Timex> tag(StanfordCoreNLP sutime, TimeMlDocument doc) {
    Annotation annotation = new Annotation(doc.text());
    annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.creationDate().toString());
    sutime.annotate(annotation);
    List<Timex> out = new ArrayList<>();
    List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    int lastEnd = 0;
    for (CoreMap t : timexes) {
      edu.stanford.nlp.time.Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      int begin = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin < lastEnd || end > doc.text().length()) {
        continue;
      }
      String value = timex.value() != null ? timex.value() : timex.altVal();
      if (value == null) {
        continue;
      }
      try {
        out.add(new Timex(Span.of(begin, end), TimexType.fromTimeML(timex.timexType()), TimexValue.parse(value), null,
            doc.text().substring(begin, end)));
        lastEnd = end;
      } catch (RuntimeException unknownForm) {
        // a value or type our TimeML model cannot hold: the scorer would count it wrong anyway
      }
    }
    return out;
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
