import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.storyline.engine.Store;
import org.storyline.extract.Extraction;
import org.storyline.extract.ExtractionCodec;
import org.storyline.extract.Extractor;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.Mention;
import org.storyline.model.PublicationDate;
import org.storyline.store.Stores;

/**
 * The CPU time of extraction, stage by stage, over the articles of a store (say, one made by
 * {@code analyze} of GVA dev), in one thread: each pass runs the stages in turn on every article
 * (what {@code Extractor.extract} does), then {@code Extractor.extract} alone, and prints the md5 of
 * the encoded extractions of both, which must not move when only speed was meant to. Run with the
 * built jar and the flags of {@code analyze}:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp storyline-app/target/storyline.jar tools/extract/ExtractCpu.java STORE.db [PASSES]</pre>
 */
public class ExtractCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] STAGES = {"tokens", "times", "claims", "entities", "events", "quotes"};

  public static void main(String[] args) throws Exception {
    List<Article> articles;
    try (Store store = Stores.open(Path.of(args[0]))) {
      articles = new ArrayList<>(store.articles(0, Integer.MAX_VALUE));
    }
    articles.sort(Comparator.comparing(a -> a.id().toString()));
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long start = cpu();
    RuleTokenizer tokenizer = new RuleTokenizer();
    RuleTimeTagger times = new RuleTimeTagger();
    PerceptronRecognizer entities = PerceptronRecognizer.shipped();
    RuleQuoteExtractor quotes = new RuleQuoteExtractor();
    RuleClaimExtractor claims = new RuleClaimExtractor();
    PerceptronEventDetector events = PerceptronEventDetector.shipped();
    Extractor extractor = new Extractor(tokenizer, times, entities, quotes, claims, events);
    System.out.printf("models loaded in %.2f CPU s; %d articles%n", (cpu() - start) / 1e9, articles.size());
    for (int p = 1; p <= passes; p++) {
      long[] spent = new long[STAGES.length];
      MessageDigest staged = MessageDigest.getInstance("MD5");
      for (Article a : articles) {
        String text = a.text();
        long t = cpu();
        List<Sentence> sentences = tokenizer.sentences(text);
        t = lap(spent, 0, t);
        Optional<LocalDate> anchor = a.publishedOpt().map(PublicationDate::date);
        List<Timex> timexes = anchor.map(d -> times.tag(text, d)).orElse(List.of());
        t = lap(spent, 1, t);
        List<Claim> found = claims.claims(text, sentences, timexes, anchor);
        t = lap(spent, 2, t);
        List<Mention> mentions = entities.mentions(text, sentences);
        t = lap(spent, 3, t);
        List<EventMention> happenings = events.detect(text, sentences, timexes, mentions, anchor);
        t = lap(spent, 4, t);
        var said = quotes.extract(text, sentences); // as Extractor.extract: the article's sentences, not tokenised again
        lap(spent, 5, t);
        staged.update(ExtractionCodec.encode(new Extraction(a, anchor, timexes, mentions, said, found, happenings)));
      }
      MessageDigest whole = MessageDigest.getInstance("MD5");
      long t = cpu();
      for (Article a : articles) {
        whole.update(ExtractionCodec.encode(extractor.extract(a)));
      }
      long extract = cpu() - t;
      StringBuilder line = new StringBuilder("pass " + p + ", CPU s:");
      long sum = 0;
      for (int k = 0; k < STAGES.length; k++) {
        line.append(String.format(" %s %.2f", STAGES[k], spent[k] / 1e9));
        sum += spent[k];
      }
      line.append(String.format(" | stages %.2f | extract %.2f (%.0f articles/CPU s)", sum / 1e9, extract / 1e9,
          articles.size() / (extract / 1e9)));
      System.out.println(line);
      System.out.println("  md5 stages " + HexFormat.of().formatHex(staged.digest()) + ", extract " + HexFormat.of().formatHex(whole.digest()));
    }
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds the time since {@code since} to stage {@code k}; returns now. */
  private static long lap(long[] spent, int k, long since) {
    long now = cpu();
    spent[k] += now - since;
    return now;
  }
}
