import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;

/**
 * The CPU time of the event trigger tagger alone (the shipped model, document by document), on the
 * {@code content} of the first 400 lines of a JSON-lines file such as GVA dev, in one thread: 8
 * rounds of 3 passes, each printed, so that the last ones, compiled, can be read. Run with the
 * built jar:
 *
 * <pre>java -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/extract/TriggerCpu.java gva-dev.jsonl</pre>
 */
public class TriggerCpu {

  private static final int ARTICLES = 400;
  private static final int ROUNDS = 8;
  private static final int PASSES = 3;

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    RuleTokenizer tokenizer = new RuleTokenizer();
    List<List<Sentence>> docs = new ArrayList<>();
    long tokens = 0;
    for (String line : Files.readAllLines(Path.of(args[0])).stream().limit(ARTICLES).toList()) {
      List<Sentence> sentences = tokenizer.sentences(json.readTree(line).get("content").asText());
      docs.add(sentences);
      tokens += sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
    PerceptronEventDetector detector = PerceptronEventDetector.shipped();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      long triggers = 0;
      for (int pass = 0; pass < PASSES; pass++) {
        for (List<Sentence> sentences : docs) {
          for (List<PerceptronEventDetector.Trigger> found : detector.triggers(sentences)) {
            triggers += found.size();
          }
        }
      }
      double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / (PASSES * docs.size());
      System.out.printf("round %d: %.3f ms CPU an article, %d triggers, %d tokens%n", round, ms, triggers / PASSES, tokens);
    }
  }
}
