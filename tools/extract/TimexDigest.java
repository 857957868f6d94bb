import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeMlDocument;

/**
 * What the time tagger finds, and its CPU, on whole corpora: every TimeML file under the directories
 * given (TempEval-3 train) and every article of the JSON-lines files given (GVA dev: {@code content}
 * dated by {@code dct}; an undated line is read for its dating cues only). Prints, per pass, the md5
 * of every time expression and dating cue found (their records as text, in order), which must not
 * move when only speed was meant to, and the tagger's CPU in this thread. Run with the built jar and
 * the flags of {@code analyze}:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/extract/TimexDigest.java tempeval3-train gva-dev.jsonl [PASSES]</pre>
 */
public class TimexDigest {

  private record Doc(String origin, String text, LocalDate date) {}

  public static void main(String[] args) throws Exception {
    List<Doc> docs = new ArrayList<>();
    int passes = 1;
    ObjectMapper json = new ObjectMapper();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (arg.matches("\\d+")) {
        passes = Integer.parseInt(arg);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
            TimeMlDocument d = TimeMlDocument.read(f);
            docs.add(new Doc(f.toString(), d.text(), d.creationDate()));
          }
        }
      } else {
        for (String line : Files.readAllLines(p)) {
          JsonNode n = json.readTree(line);
          String dct = n.path("dct").asText("");
          LocalDate date = dct.length() >= 10 ? LocalDate.parse(dct.substring(0, 10)) : null;
          docs.add(new Doc(n.path("id").asText(), n.path("content").asText(""), date));
        }
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RuleTimeTagger tagger = new RuleTimeTagger();
    for (int pass = 1; pass <= passes; pass++) {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      long timexes = 0;
      long cues = 0;
      long cpu = 0;
      for (Doc d : docs) {
        long t = threads.getCurrentThreadCpuTime();
        List<?> found = d.date() == null ? List.of() : tagger.tag(d.text(), d.date());
        List<?> read = tagger.cues(d.text());
        cpu += threads.getCurrentThreadCpuTime() - t;
        timexes += found.size();
        cues += read.size();
        md5.update((d.origin() + "\n" + found + "\n" + read + "\n").getBytes(StandardCharsets.UTF_8));
      }
      System.out.printf("pass %d: %d documents, %d timexes, %d cues, md5 %s, tagger CPU %.2f s%n", pass, docs.size(),
          timexes, cues, HexFormat.of().formatHex(md5.digest()), cpu / 1e9);
    }
  }
}
