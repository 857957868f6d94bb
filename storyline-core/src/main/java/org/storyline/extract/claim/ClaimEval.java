package org.storyline.extract.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.Extractor;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.model.Span;

/**
 * Scores a {@link ClaimExtractor} on a hand-annotated gold file (JSONL, one sentence a line, see
 * {@code eval/claim/README.md}) whose sentences point into a data folder by file and offsets.
 *
 * <p>Each document is read whole, tokenised, time-tagged on its date and given to the extractor;
 * system claims whose quantity lies in a gold sentence are compared with that sentence's gold
 * claims. A system claim <em>matches</em> a gold claim when their quantity spans overlap and the
 * values agree (the same value, or the same low and high for a range or a vague amount, to 0.01).
 * On matches, the subject is right when the head nouns agree (lower case, a final "s" ignored),
 * the qualifier and the modality when equal, the source when both are the outlet's or the two
 * names share a word of three letters or more (not "the", "and", "of").
 *
 * <p>Run it as {@code storyline eval claims --gold FILE --data DIR}.
 */
public final class ClaimEval {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATED_NAME = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
  private static final Set<String> NOT_NAMES = Set.of("the", "and", "for", "its", "their", "his", "her", "said");

  private ClaimEval() {}

  /** One gold claim, as the gold file gives it. */
  public record GoldClaim(Span quantity, double low, double high, String unit, Qualifier qualifier, String subject,
      Optional<String> source, Modality modality) {}

  /** One gold sentence and its claims; {@code from} names the data set it was drawn from ("" when the file does not say). */
  public record GoldSentence(String file, int line, Span sentence, List<GoldClaim> claims, String from) {}

  /** The figures of the sentences drawn from one data set (a gold line's {@code from}). */
  public record SourceScore(String from, int sentences, int gold, int system, int matched) {

    public double precision() {
      return system == 0 ? 1 : (double) matched / system;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A document of the data folder: its text and date. */
  public record Document(String name, String text, Optional<LocalDate> date) {}

  /** What went wrong with one claim, for reading. */
  public record Error(String kind, String file, String sentence, String detail) {}

  /** The figures. */
  public record Report(int sentences, int gold, int system, int matched, int subjectRight, int qualifierRight,
      int sourceRight, int modalityRight, List<Error> errors, double stageSeconds, double stageWithClaimsSeconds, int timedTexts,
      long timedChars, List<SourceScore> bySource) {

    /** The whole set's counts, as one source. */
    public SourceScore overall() {
      return new SourceScore("", sentences, gold, system, matched);
    }

    public double precision() {
      return overall().precision();
    }

    public double recall() {
      return overall().recall();
    }

    public double f1() {
      return overall().f1();
    }
  }

  /** Reads a gold file; errors name the line. */
  public static List<GoldSentence> readGold(Path gold) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(l);
        List<GoldClaim> claims = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
          double low = c.has("value") ? c.get("value").asDouble() : c.get("low").asDouble();
          double high = c.has("value") ? low : c.get("high").asDouble();
          claims.add(new GoldClaim(span(c.get("quantity")), low, high, c.path("unit").asText("NONE"),
              Qualifier.valueOf(c.path("qualifier").asText("NONE")), c.path("subject").asText(""),
              c.path("source").isTextual() ? Optional.of(c.get("source").asText()) : Optional.empty(),
              Modality.valueOf(c.path("modality").asText("COUNT"))));
        }
        out.add(new GoldSentence(n.get("file").asText(), line, span(n.get("sentence")), claims, n.path("from").asText("")));
      } catch (RuntimeException e) {
        throw new IOException(gold + ":" + line + ": not a gold sentence (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static Span span(JsonNode pair) {
    if (pair == null || !pair.isArray() || pair.size() != 2) {
      throw new IllegalArgumentException("a span is [start, end]");
    }
    return Span.of(pair.get(0).asInt(), pair.get(1).asInt());
  }

  /**
   * Reads the document a gold file names: {@code dir/a/b.txt}, or {@code dir/a/b.jsonl#ID} (the
   * record whose {@code id} is ID; its text in {@code content}, {@code text} or {@code body}, its
   * date in {@code dct}, {@code date} or {@code published}). A text file's date is taken from its
   * name ({@code publisher_2016-02-18_title.txt}).
   */
  public static Document readDocument(Path dir, String name, Map<Path, Map<String, JsonNode>> jsonlCache) throws IOException {
    int hash = name.indexOf('#');
    if (hash < 0) {
      Path file = dir.resolve(name);
      Matcher m = DATED_NAME.matcher(file.getFileName().toString());
      return new Document(name, Files.readString(file, StandardCharsets.UTF_8), m.find() ? date(m.group(1)) : Optional.empty());
    }
    Path file = dir.resolve(name.substring(0, hash));
    Map<String, JsonNode> records = jsonlCache.computeIfAbsent(file, f -> new HashMap<>());
    if (records.isEmpty()) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String l;
        while ((l = in.readLine()) != null) {
          if (!l.isBlank()) {
            JsonNode n = JSON.readTree(l);
            records.put(n.path("id").asText(), n);
          }
        }
      }
    }
    JsonNode r = records.get(name.substring(hash + 1));
    if (r == null) {
      throw new IOException(file + ": no record with id " + name.substring(hash + 1));
    }
    String text = first(r, "content", "text", "body");
    String date = first(r, "dct", "date", "published");
    return new Document(name, text, date.length() >= 10 ? date(date.substring(0, 10)) : Optional.empty());
  }

  private static String first(JsonNode r, String... fields) {
    for (String f : fields) {
      if (r.hasNonNull(f)) {
        return r.get(f).asText();
      }
    }
    return "";
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Scores {@code extractor} on the sentences of {@code gold}; with {@code timing}, also times it. */
  public static Report evaluate(Path gold, Path data, ClaimExtractor extractor, boolean timing) throws IOException {
    return evaluate(List.of(gold), data, extractor, timing);
  }

  /** The same over several gold files at once (the two halves of a set, say), scored as one. */
  public static Report evaluate(List<Path> golds, Path data, ClaimExtractor extractor, boolean timing) throws IOException {
    List<GoldSentence> sentences = new ArrayList<>();
    for (Path gold : golds) {
      sentences.addAll(readGold(gold));
    }
    Map<Path, Map<String, JsonNode>> cache = new HashMap<>();
    Map<String, Document> documents = new LinkedHashMap<>();
    for (GoldSentence s : sentences) {
      if (!documents.containsKey(s.file())) {
        documents.put(s.file(), readDocument(data, s.file(), cache));
      }
      if (s.sentence().end() > documents.get(s.file()).text().length()) {
        throw new IOException(s.file() + ": sentence " + s.sentence() + " of gold line " + s.line() + " is past its end");
      }
    }
    TimeTagger tagger = new RuleTimeTagger();
    Map<String, List<Claim>> system = new HashMap<>();
    for (Document d : documents.values()) {
      List<Timex> timexes = d.date().map(date -> tagger.tag(d.text(), date)).orElse(List.of());
      system.put(d.name(), extractor.claims(d.text(), timexes, d.date()));
    }
    int goldCount = 0;
    int systemCount = 0;
    int matched = 0;
    int[] right = new int[4];
    List<Error> errors = new ArrayList<>();
    Map<String, int[]> perSource = new TreeMap<>(); // sentences, gold, system, matched
    for (GoldSentence s : sentences) {
      int matchedBefore = matched;
      String text = documents.get(s.file()).text();
      String where = s.sentence().of(text).replace('\n', ' ');
      List<Claim> own = system.get(s.file()).stream().filter(c -> s.sentence().contains(c.quantity().span())).toList();
      List<Claim> unmatched = new ArrayList<>(own);
      goldCount += s.claims().size();
      systemCount += own.size();
      for (GoldClaim g : s.claims()) {
        Claim c = unmatched.stream().filter(x -> matches(g, x)).findFirst().orElse(null);
        if (c == null) {
          errors.add(new Error("missed", s.file(), where, g.quantity().of(text) + " (" + g.low() + (g.high() > g.low() ? "-" + g.high() : "") + ")"));
          continue;
        }
        unmatched.remove(c);
        matched++;
        boolean[] ok = {
          head(g.subject()).equals(head(c.subject().head())),
          g.qualifier() == c.quantity().qualifier(),
          sameSource(g.source(), c.source().map(Attribution::name)),
          g.modality() == c.modality()};
        String[] names = {"subject", "qualifier", "source", "modality"};
        String[] gv = {g.subject(), g.qualifier().name(), g.source().orElse("(outlet)"), g.modality().name()};
        String[] sv = {c.subject().head(), c.quantity().qualifier().name(), c.source().map(Attribution::name).orElse("(outlet)"),
          c.modality().name()};
        for (int k = 0; k < 4; k++) {
          if (ok[k]) {
            right[k]++;
          } else {
            errors.add(new Error(names[k], s.file(), where, c.quantity().text() + ": gold " + gv[k] + ", system " + sv[k]));
          }
        }
      }
      for (Claim c : unmatched) {
        errors.add(new Error("spurious", s.file(), where, c.quantity().text() + " (" + c.quantity().amount() + ")"));
      }
      int[] counts = perSource.computeIfAbsent(s.from(), k -> new int[4]);
      counts[0]++;
      counts[1] += s.claims().size();
      counts[2] += own.size();
      counts[3] += matched - matchedBefore;
    }
    List<SourceScore> bySource = new ArrayList<>();
    perSource.forEach((from, c) -> bySource.add(new SourceScore(from, c[0], c[1], c[2], c[3])));
    double[] times = timing ? time(documents.values(), cache, tagger, extractor) : new double[] {0, 0, 0, 0};
    return new Report(sentences.size(), goldCount, systemCount, matched, right[0], right[1], right[2], right[3], errors,
        times[0], times[1], (int) times[2], (long) times[3], List.copyOf(bySource));
  }

  static boolean matches(GoldClaim g, Claim c) {
    if (!g.quantity().overlaps(c.quantity().span())) {
      return false;
    }
    Amount a = c.quantity().amount();
    return close(g.low(), a.low()) && close(g.high(), a.high());
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) <= 0.01 * Math.max(1, Math.abs(x) / 1000);
  }

  private static String head(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  static boolean sameSource(Optional<String> gold, Optional<String> system) {
    if (gold.isEmpty() || system.isEmpty()) {
      return gold.isEmpty() && system.isEmpty();
    }
    Set<String> words = Set.copyOf(names(gold.get()));
    return names(system.get()).stream().anyMatch(words::contains);
  }

  private static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      String h = head(w);
      if (h.length() >= 3 && !NOT_NAMES.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Times the extract stage without and with claims over the documents, and over every record of
   * the JSONL files they come from: {tag seconds, claim seconds, texts, characters}, each the best
   * of three rounds after a warm-up, in CPU time of this thread (the machine may be shared).
   */
  /**
   * Times the whole extract stage (tokens, time expressions, entities, quotes) over the texts,
   * with and without {@code extractor}'s claims: {seconds without, seconds with, texts, chars}.
   * Best of three rounds after one warm-up, thread CPU time.
   */
  private static double[] time(Iterable<Document> documents, Map<Path, Map<String, JsonNode>> cache, TimeTagger tagger, ClaimExtractor extractor) {
    List<Document> all = new ArrayList<>();
    documents.forEach(d -> {
      if (d.name().indexOf('#') < 0) {
        all.add(d);
      }
    });
    for (Map<String, JsonNode> records : cache.values()) {
      for (JsonNode r : records.values()) {
        String date = first(r, "dct", "date", "published");
        all.add(new Document("", first(r, "content", "text", "body"), date.length() >= 10 ? date(date.substring(0, 10)) : Optional.empty()));
      }
    }
    List<Article> articles = new ArrayList<>();
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    LocalDate fallback = LocalDate.of(2020, 1, 1);
    for (Document d : all) {
      PublicationDate date = PublicationDate.given(d.date().orElse(fallback), DateSource.METADATA);
      articles.add(cleaner.clean(SourceDocument.of(Origin.file("eval"), SourceFormat.TEXT, d.text(),
          DocumentMetadata.NONE.withPublished(date))));
    }
    Extractor withClaims = new Extractor(new RuleTokenizer(), tagger, PerceptronRecognizer.shipped(), new RuleQuoteExtractor(), extractor);
    Extractor without = new Extractor(new RuleTokenizer(), tagger, PerceptronRecognizer.shipped(), new RuleQuoteExtractor(), null);
    double stage = Double.MAX_VALUE;
    double stageWithClaims = Double.MAX_VALUE;
    for (int round = 0; round < 4; round++) {
      double plain = pass(without, articles);
      double full = pass(withClaims, articles);
      if (round > 0) {
        stage = Math.min(stage, plain);
        stageWithClaims = Math.min(stageWithClaims, full);
      }
    }
    long chars = articles.stream().mapToLong(x -> x.text().length()).sum();
    return new double[] {stage, stageWithClaims, articles.size(), chars};
  }

  private static double pass(Extractor extractor, List<Article> articles) {
    long t0 = cpu();
    int found = 0;
    for (Article a : articles) {
      found += extractor.extract(a).claims().size();
    }
    return found >= 0 ? (cpu() - t0) / 1e9 : 0;
  }

  private static long cpu() {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Prints the figures, and the first {@code errors} errors. */
  public static void print(Report r, int errors, PrintWriter out) {
    out.printf(Locale.ROOT, "sentences %d, gold claims %d, system claims %d, matched %d%n", r.sentences(), r.gold(), r.system(), r.matched());
    out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
    double m = Math.max(1, r.matched());
    out.printf(Locale.ROOT, "on matches: subject %.3f  qualifier %.3f  source %.3f  modality %.3f%n",
        r.subjectRight() / m, r.qualifierRight() / m, r.sourceRight() / m, r.modalityRight() / m);
    if (r.timedTexts() > 0) {
      out.printf(Locale.ROOT, "extract stage over %d texts (%.1f MB), CPU: %.3f s without claims, %.3f s with: claims add %.1f%%%n",
          r.timedTexts(), r.timedChars() / 1e6, r.stageSeconds(), r.stageWithClaimsSeconds(),
          100 * (r.stageWithClaimsSeconds() - r.stageSeconds()) / r.stageSeconds());
    }
    if (r.bySource().size() > 1 || r.bySource().stream().anyMatch(x -> !x.from().isEmpty())) {
      for (SourceScore x : r.bySource()) {
        out.printf(Locale.ROOT, "  from %-10s sentences %3d, gold %3d, system %3d: precision %.3f  recall %.3f  F1 %.3f%n",
            x.from().isEmpty() ? "(unnamed)" : x.from(), x.sentences(), x.gold(), x.system(), x.precision(), x.recall(), x.f1());
      }
    }
    r.errors().stream().limit(errors).forEach(e ->
        out.printf(Locale.ROOT, "%-9s %s%n          %s%n          in: %s%n", e.kind(), e.detail(), e.file(), e.sentence()));
  }
}
