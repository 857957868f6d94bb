package org.storyline.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/**
 * Stores an {@link Extraction} as compact UTF-8 JSON and reads it back equal, so that an article
 * is analysed once and read many times without a model. The article itself is not in the JSON:
 * the store keeps it, and {@link #decode} is given it back.
 *
 * <p>The JSON is meant to be queried too (SQLite's {@code json_extract}): spans are {@code
 * [start,end]} into the article's cleaned text, constants are their names, dates ISO, amounts
 * JSON numbers, and absent optional values are left out. For example (one of each list):
 *
 * <pre>
 * {"v":1,"anchor":"2021-12-30",
 *  "timexes":[{"span":[1118,1135],"type":"DATE","value":"2021-W52","mod":"START","text":"earlier this week"}],
 *  "mentions":[{"span":[34,43],"type":"PERSON","text":"Joe Biden"}],
 *  "quotes":[{"content":[[979,1104]],"kind":"INDIRECT","cue":[974,978],
 *             "speaker":{"name":"Ned Price","kind":"PERSON","mention":[968,973],"antecedent":[968,973]}}],
 *  "claims":[{"quantity":{"span":[561,568],"text":"100,000","value":100000,"qualifier":"ESTIMATED","unit":"NONE"},
 *             "subject":{"span":[504,518],"text":"Russian forces","head":"forces","owner":"Russia"},
 *             "place":{"span":[519,535],"text":"along the border","names":[]},"modality":"COUNT"}],
 *  "events":[{"trigger":[1160,1164],"class":"OCCURRENCE","type":"COMMUNICATION","nominal":true,
 *             "participants":[{"span":[34,43],"role":"AGENT"}],
 *             "time":{"first":"2021-12-27","last":"2022-01-02","precision":"WEEK","source":"TIMEX","timex":[1118,1135]}}]}
 * </pre>
 *
 * An amount is {@code "value"} when exact, {@code "low"} and {@code "high"} for a range, plus
 * {@code "word"} ("thousands") when vague; a claim's {@code "when"} is a timex. A time value the
 * tagger keeps as written ({@link org.storyline.extract.time.TimexValue.Other}) is marked {@code
 * "other":true}, as its TimeML form alone could read back as a typed value. {@code "v"} is the
 * format version and comes first; a reader refuses versions it does not know. The
 * extractor's own version ({@link Extractor#VERSION}) is the store's business, not the format's.
 *
 * <p>Thread-safe; encoding and decoding use Jackson's streaming API, one small method pair per
 * record type, so that a story page can decode many extractions (well under a millisecond each).
 */
public final class ExtractionCodec {

  private static final int FORMAT_VERSION = 1;
  private static final String EXTRACTION = "an extraction";
  private static final String MENTION = "a mention";
  private static final JsonFactory JSON = new JsonFactory();

  private ExtractionCodec() {}

  /**
   * The extraction, article left out, as UTF-8 JSON.
   *
   * @throws IllegalArgumentException if a time value has no TimeML form that reads back as the
   *     same value (a clock time with seconds, a year past 9999): stored, it would come back changed
   */
  public static byte[] encode(Extraction x) {
    Objects.requireNonNull(x, "extraction");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      write(new JsonOut(g), x);
    } catch (IOException e) {
      throw new UncheckedIOException("writing an extraction to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The extraction {@link #encode} wrote, for {@code article}: equal to the one encoded when it is
   * the same article.
   *
   * @throws IllegalArgumentException if {@code bytes} are not an extraction of a known format
   *     version; the message says what was wrong and at which byte
   */
  public static Extraction decode(Article article, byte[] bytes) {
    Objects.requireNonNull(article, "article");
    return parse(bytes, EXTRACTION, in -> read(in, article));
  }

  /**
   * The quotes of the extraction {@link #encode} wrote, the rest skipped unread (a story page shows
   * its articles' quotes and nothing else of their extractions): equal to {@code decode(article,
   * bytes).quotes()}. Reading stops after the quotes, which {@link #encode} writes before the claims
   * and the events (two thirds of the bytes), so damage past them is {@link #decode}'s to find.
   *
   * @throws IllegalArgumentException as {@link #decode}, for what comes up to the quotes
   */
  public static List<Quote> decodeQuotes(byte[] bytes) {
    return parse(bytes, EXTRACTION, ExtractionCodec::readQuotes);
  }

  /** One claim as UTF-8 JSON, as an extraction holds it: what a claim group keeps of each member. */
  public static byte[] encodeClaim(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      ClaimJson.write(new JsonOut(g), claim);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a claim to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The claim {@link #encodeClaim} wrote.
   *
   * @throws IllegalArgumentException if {@code bytes} are not a claim; the message says what was wrong and where
   */
  public static Claim decodeClaim(byte[] bytes) {
    return parse(bytes, "a claim", in -> {
      if (in.next() == null) {
        throw new IllegalArgumentException("no JSON value: the input is empty");
      }
      Claim c = ClaimJson.read(in);
      if (in.next() != null) {
        throw new IllegalArgumentException("more JSON after the claim");
      }
      return c;
    });
  }

  /** Reads {@code bytes} with {@code reader}, errors saying at which byte; {@code what} names the value read. */
  private static <T> T parse(byte[] bytes, String what, JsonIn.Reader<T> reader) {
    Objects.requireNonNull(bytes, "bytes");
    try (JsonParser p = JSON.createParser(bytes)) {
      JsonIn in = new JsonIn(p);
      try {
        return reader.read(in);
      } catch (IllegalArgumentException e) {
        throw invalid(e.getMessage(), in.byteOffset(), e);
      }
    } catch (JsonProcessingException e) {
      throw invalid(e.getOriginalMessage(), e.getLocation() == null ? -1 : e.getLocation().getByteOffset(), e);
    } catch (IOException e) {
      // bytes in memory cannot fail to be read, only to be decoded (a CharConversionException for
      // bytes that look like UTF-32 and are not): malformed input, as any other
      throw invalid("not " + what + ": " + e.getMessage(), -1, e);
    }
  }

  private static IllegalArgumentException invalid(String message, long byteOffset, Exception cause) {
    return new IllegalArgumentException("invalid stored extraction at byte " + byteOffset + ": " + message, cause);
  }

  private static void write(JsonOut out, Extraction x) throws IOException {
    out.startObject();
    out.integer("v", FORMAT_VERSION);
    out.optionalText("anchor", x.timeAnchor().map(LocalDate::toString).orElse(null));
    out.list("timexes", x.timexes(), TimexJson::write);
    out.list("mentions", x.mentions(), ExtractionCodec::writeMention);
    out.list("quotes", x.quotes(), QuoteJson::write);
    out.list("claims", x.claims(), ClaimJson::write);
    out.list("events", x.events(), EventJson::write);
    out.endObject();
  }

  private static Extraction read(JsonIn in, Article article) throws IOException {
    startExtraction(in);
    LocalDate anchor = null;
    List<Timex> timexes = null;
    List<Mention> mentions = null;
    List<Quote> quotes = null;
    List<Claim> claims = null;
    List<EventMention> events = List.of(); // absent from extractions stored before events were extracted
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "anchor" -> anchor = in.date(field);
        case "timexes" -> timexes = in.list(TimexJson::read, field);
        case "mentions" -> mentions = in.list(ExtractionCodec::readMention, field);
        case "quotes" -> quotes = in.list(QuoteJson::read, field);
        case "claims" -> claims = in.list(ClaimJson::read, field);
        case "events" -> events = in.list(e -> EventJson.read(e, article.text()), field);
        default -> throw JsonIn.unknownField(field, EXTRACTION);
      }
    }
    if (in.next() != null) {
      throw new IllegalArgumentException("more JSON after the extraction");
    }
    return new Extraction(article, Optional.ofNullable(anchor), JsonIn.required(timexes, "timexes", EXTRACTION),
        JsonIn.required(mentions, "mentions", EXTRACTION), JsonIn.required(quotes, "quotes", EXTRACTION),
        JsonIn.required(claims, "claims", EXTRACTION), events);
  }

  private static List<Quote> readQuotes(JsonIn in) throws IOException {
    startExtraction(in);
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "quotes" -> {
          return in.list(QuoteJson::read, field);
        }
        case "anchor", "timexes", "mentions", "claims", "events" -> in.skip();
        default -> throw JsonIn.unknownField(field, EXTRACTION);
      }
    }
    throw new IllegalArgumentException(EXTRACTION + " has no \"quotes\"");
  }

  /** Moves onto the extraction's object and past its format version. */
  private static void startExtraction(JsonIn in) throws IOException {
    if (in.next() == null) {
      throw new IllegalArgumentException("no JSON value: the input is empty");
    }
    in.startObject(EXTRACTION);
    readVersion(in);
  }

  /** The version comes first, so that a later format is named as such rather than as a field we do not know. */
  private static void readVersion(JsonIn in) throws IOException {
    if (!"v".equals(in.nextField())) {
      throw new IllegalArgumentException("no format version: the first field should be \"v\"");
    }
    int version = in.integer("v");
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "unknown format version " + version + " (this build reads version " + FORMAT_VERSION + ")");
    }
  }

  private static void writeMention(JsonOut out, Mention m) throws IOException {
    out.startObject();
    out.span("span", m.span());
    out.constant("type", m.type());
    out.text("text", m.text());
    out.endObject();
  }

  private static Mention readMention(JsonIn in) throws IOException {
    in.startObject(MENTION);
    Span span = null;
    EntityType type = null;
    String text = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "type" -> type = in.constant(EntityType::valueOf, field);
        case "text" -> text = in.text(field);
        default -> throw JsonIn.unknownField(field, MENTION);
      }
    }
    return new Mention(JsonIn.required(span, "span", MENTION), JsonIn.required(type, "type", MENTION),
        JsonIn.required(text, "text", MENTION));
  }
}
