package org.storyline.extract;

import org.storyline.testing.CpuTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.extract.claim.Amount;
import org.storyline.extract.claim.Attribution;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Happening;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Place;
import org.storyline.extract.claim.Qualifier;
import org.storyline.extract.claim.Quantity;
import org.storyline.extract.claim.Subject;
import org.storyline.extract.claim.Unit;
import org.storyline.extract.event.Aspect;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Participant;
import org.storyline.extract.event.Tense;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexMod;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/** Real extractions read back equal, the JSON's shape, and refusals that say what was wrong. */
class ExtractionCodecTest {

  /** Money, a range, a qualifier, two and a half years kept as written and a clock time: what the seeds lack. */
  private static final String MADE_UP = " date 2022-01-24 Pentagon sends $250 million in weapons\n\n"
      + "WASHINGTON (AP) - The Pentagon said on Monday it will send $250 million in weapons to Ukraine within"
      + " two and a half years. Between 10,000 and 20,000 troops could be deployed to Poland by 3 p.m. Friday, according"
      + " to a senior defense official. “We are ready,” Defense Secretary Lloyd Austin told reporters. “We will"
      + " not be intimidated.” More than 8,500 troops in the United States have been placed on heightened alert.\n";

  static Stream<Extraction> extractions() {
    return Stream.concat(Samples.seeds().stream(), Stream.of(Samples.extractor().extract(Samples.article(MADE_UP))));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("extractions")
  void decode_encodedExtraction_isEqual(Extraction x) {
    assertThat(ExtractionCodec.decode(x.article(), ExtractionCodec.encode(x))).isEqualTo(x);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("extractions")
  void decodeQuotes_encodedExtraction_isItsQuotes(Extraction x) {
    assertThat(ExtractionCodec.decodeQuotes(ExtractionCodec.encode(x))).isEqualTo(x.quotes());
  }

  @Test
  void decodeQuotes_refusesWhatDecodeRefusesUpToTheQuotes() {
    String valid = EMPTY_LISTS;
    assertThat(ExtractionCodec.decodeQuotes(("{\"v\":1," + valid + "}").getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ExtractionCodec.decodeQuotes(("{\"v\":1," + valid + ",\"events\":[{\"class\":\"STATE\"}]} {}").getBytes(StandardCharsets.UTF_8)))
        .as("what follows the quotes is not read").isEmpty();
    for (String json : List.of("{\"v\":2," + valid + "}", "{\"v\":1,\"happenings\":[]," + valid + "}",
        "{\"v\":1,\"timexes\":[],\"mentions\":[],\"claims\":[]}", "{\"v\":1,\"timexes\":[{]," + valid + "}",
        "{\"v\":1," + valid.replace("\"quotes\":[]", "\"quotes\":[{\"content\":[],\"kind\":\"DIRECT\"}]") + "}",
        "{\"v\":1,\"timexes\":[")) {
      assertThatThrownBy(() -> ExtractionCodec.decodeQuotes(json.getBytes(StandardCharsets.UTF_8)))
          .as(json).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid stored extraction at byte ");
    }
  }

  @Test
  void extractions_coverEveryKindOfPart() {
    List<Extraction> xs = extractions().toList();
    List<Claim> claims = xs.stream().flatMap(x -> x.claims().stream()).toList();
    List<Quote> quotes = xs.stream().flatMap(x -> x.quotes().stream()).toList();
    assertThat(xs).anyMatch(x -> x.timeAnchor().isEmpty() && !x.mentions().isEmpty());
    assertThat(quotes).anyMatch(q -> q.content().size() > 1 && q.speaker() != null)
        .extracting(Quote::kind).contains(Quote.Kind.values());
    assertThat(claims).extracting(c -> c.quantity().amount().getClass().getSimpleName())
        .contains("Exact", "Range", "Vague");
    assertThat(claims).anyMatch(c -> c.quantity().qualifier() != Qualifier.NONE)
        .anyMatch(c -> c.quantity().currency().isPresent())
        .anyMatch(c -> c.place().isPresent() && c.when().isPresent())
        .anyMatch(c -> c.source().isPresent() && c.subject().owner().isPresent());
    assertThat(xs.stream().flatMap(x -> x.timexes().stream()))
        .anyMatch(t -> t.mod() != null)
        .anyMatch(t -> t.value() instanceof TimexValue.Other)
        .anyMatch(t -> t.value() instanceof TimexValue.Clock);
  }

  @Test
  void encode_writesTheDocumentedShape() {
    Extraction x = handMade();
    String json = new String(ExtractionCodec.encode(x), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"v\":1,\"anchor\":\"2022-01-24\","
        + "\"timexes\":[{\"span\":[4,10],\"type\":\"DATE\",\"value\":\"2022-01-24\",\"text\":\"Monday\"},"
        + "{\"span\":[29,40],\"type\":\"DURATION\",\"value\":\"P6M\",\"other\":true,\"mod\":\"APPROX\",\"text\":\"half a year\"}],"
        + "\"mentions\":[{\"span\":[0,3],\"type\":\"PERSON\",\"text\":\"Kim\"}],"
        + "\"quotes\":[{\"content\":[[11,19],[24,28]],\"kind\":\"DIRECT\","
        + "\"speaker\":{\"name\":\"Kim\",\"kind\":\"PERSON\",\"mention\":[0,3],\"antecedent\":[0,3],\"entity\":\"e7\"}}],"
        + "\"claims\":[{\"quantity\":{\"span\":[11,19],\"text\":\"$250 mil\",\"value\":250000000,"
        + "\"qualifier\":\"MORE_THAN\",\"unit\":\"MONEY\",\"currency\":\"USD\"},"
        + "\"subject\":{\"span\":[19,19],\"text\":\"\",\"head\":\"\"},"
        + "\"place\":{\"span\":[41,46],\"text\":\"in Ky\",\"names\":[\"Ky\"]},"
        + "\"source\":{\"span\":[0,3],\"name\":\"Kim\",\"cue\":\"ACCORDING_TO\"},\"modality\":\"PLAN\"},"
        + "{\"quantity\":{\"span\":[20,23],\"text\":\"0.1\",\"low\":0.1,\"high\":0.30000000000000004,"
        + "\"qualifier\":\"NONE\",\"unit\":\"PERCENT\"},"
        + "\"subject\":{\"span\":[24,28],\"text\":\"cats\",\"head\":\"cats\",\"owner\":\"Ky\"},"
        + "\"when\":{\"span\":[4,10],\"type\":\"DATE\",\"value\":\"2022-01-24\",\"text\":\"Monday\"},\"modality\":\"COUNT\","
        + "\"happening\":{\"span\":[29,33],\"key\":\"half\",\"part\":\"SOME\"}}],"
        + "\"events\":[{\"trigger\":[24,28],\"class\":\"OCCURRENCE\",\"nominal\":true,"
        + "\"modality\":\"PLANNED\",\"participants\":[{\"span\":[0,3],\"role\":\"AGENT\"}],"
        + "\"place\":[44,46],\"time\":{\"first\":\"2022-01-24\",\"last\":\"2022-01-24\",\"precision\":\"DAY\",\"source\":\"TIMEX\",\"timex\":[4,10]}},"
        + "{\"trigger\":[29,33],\"class\":\"STATE\",\"type\":\"ECONOMIC\","
        + "\"modality\":\"NEGATED\",\"tense\":\"PAST\",\"aspect\":\"PERFECTIVE\"}]}");
    assertThat(ExtractionCodec.decode(x.article(), json.getBytes(StandardCharsets.UTF_8))).isEqualTo(x);
  }

  @Test
  void encode_nonAsciiAndSplitSurrogates_readBackAsTheSameChars() {
    Extraction x = handMade();
    String odd = "Zelenskyy 😀 \uD83D \"\\\u0000";
    Mention m = new Mention(Span.of(0, odd.length()), EntityType.MISC, odd);
    Extraction y = new Extraction(x.article(), x.timeAnchor(), x.timexes(), List.of(m), x.quotes(), x.claims());
    assertThat(ExtractionCodec.decode(y.article(), ExtractionCodec.encode(y))).isEqualTo(y);
  }

  @Test
  void encode_timeValueTimeMlCannotHold_isRefused() {
    Extraction x = handMade();
    Timex seconds = new Timex(Span.of(0, 3), TimexType.TIME,
        new TimexValue.Clock(LocalDate.of(2022, 1, 24).atTime(15, 0, 30)), null, "Kim");
    Extraction y = new Extraction(x.article(), x.timeAnchor(), List.of(seconds), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> ExtractionCodec.encode(y))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-01-24T15:00");
  }

  /** The lists every extraction has, empty. */
  private static final String EMPTY_LISTS = "\"timexes\":[],\"mentions\":[],\"quotes\":[],\"claims\":[]";

  static Stream<Arguments> corrupt() {
    String valid = EMPTY_LISTS;
    return Stream.of(
        Arguments.of("", "at byte 0: no JSON value: the input is empty"),
        Arguments.of("hello", "Unrecognized token 'hello'"),
        Arguments.of("[1]", "\"an extraction\" should be an object but is an array"),
        Arguments.of("{" + valid + "}", "no format version: the first field should be \"v\""),
        Arguments.of("{\"v\":2," + valid + "}", "unknown format version 2 (this build reads version 1)"),
        Arguments.of("{\"v\":\"1\"," + valid + "}", "\"v\" should be an integer but is a string"),
        Arguments.of("{\"v\":1,\"timexes\":[]}", "an extraction has no \"mentions\""),
        Arguments.of("{\"v\":1,\"anchor\":\"2021-13-01\"," + valid + "}", "\"anchor\" is not an ISO date: \"2021-13-01\""),
        Arguments.of("{\"v\":1," + valid + ",\"happenings\":[]}", "unknown field \"happenings\" in an extraction"),
        Arguments.of("{\"v\":1," + valid + ",\"events\":[{\"class\":\"STATE\"}]}", "an event has no \"trigger\""),
        Arguments.of("{\"v\":1," + valid + ",\"events\":[{\"trigger\":[0,400]}]}", "an event's trigger [0, 400) is outside the article's text"),
        Arguments.of("{\"v\":1," + valid + ",\"events\":[{\"trigger\":[0,4],\"class\":\"OCCURENCE\"}]}",
            "unknown class \"OCCURENCE\""),
        Arguments.of("{\"v\":1," + valid + ",\"events\":[" + EVENT_HEAD + ",\"time\":{\"first\":\"2022-01-02\",\"last\":\"2022-01-01\","
            + "\"precision\":\"DAY\",\"source\":\"TENSE\"}}]}", "an event time ends before it starts"),
        Arguments.of("{\"v\":1," + valid + "} {}", "more JSON after the extraction"),
        Arguments.of("{\"v\":1," + valid.replace("\"mentions\":[]", "\"mentions\":[{\"span\":[0,3],\"type\":\"PERSN\"}]") + "}",
            "at byte 53: unknown type \"PERSN\""),
        Arguments.of("{\"v\":1," + valid.replace("\"mentions\":[]", "\"mentions\":[{\"span\":[5,3]}]") + "}",
            "invalid span [5, 3)"),
        Arguments.of("{\"v\":1," + valid.replace("\"mentions\":[]", "\"mentions\":[{\"span\":[0]}]") + "}",
            "\"span\" should be an integer but is ']'"),
        Arguments.of("{\"v\":1," + valid.replace("\"quotes\":[]", "\"quotes\":[{\"content\":[],\"kind\":\"DIRECT\"}]") + "}",
            "a quote has content"),
        Arguments.of("{\"v\":1,\"timexes\":[", "Unexpected end-of-input"));
  }

  private static final String EVENT_HEAD = "{\"trigger\":[0,4],\"class\":\"OCCURRENCE\",\"nominal\":true";

  @Test
  void decode_storedBeforeEvents_readsAsNoEvents() {
    Extraction x = handMade();
    String json = new String(ExtractionCodec.encode(x), StandardCharsets.UTF_8);
    String old = json.substring(0, json.indexOf(",\"events\":")) + "}";
    Extraction y = ExtractionCodec.decode(x.article(), old.getBytes(StandardCharsets.UTF_8));
    assertThat(y.events()).isEmpty();
    assertThat(y.claims()).isEqualTo(x.claims());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("corrupt")
  void decode_corrupt_saysWhatWasWrong(String json, String message) {
    Article a = handMade().article();
    assertThatThrownBy(() -> ExtractionCodec.decode(a, json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid stored extraction at byte ")
        .hasMessageContaining(message);
  }

  @Test
  void decode_truncatedOrNotUtf8_isRefused() {
    Extraction x = Samples.seeds().get(2);
    byte[] bytes = ExtractionCodec.encode(x);
    assertThatThrownBy(() -> ExtractionCodec.decode(x.article(), Arrays.copyOf(bytes, bytes.length / 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end-of-input");
    byte[] latin1 = "{\"v\":1,\"anchor\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ExtractionCodec.decode(x.article(), latin1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
  }

  /**
   * Decoding is what a story page pays per article: it must stay well under a millisecond of CPU.
   * Each figure is the best of several batches of the thread's CPU time; the times are printed.
   */
  @Test
  void decode_seed_takesWellUnderAMillisecond() {
    for (Extraction x : Samples.seeds()) {
      byte[] bytes = ExtractionCodec.encode(x);
      double encodeMicros = bestMicros(() -> ExtractionCodec.encode(x));
      double decodeMicros = bestMicros(() -> ExtractionCodec.decode(x.article(), bytes));
      System.out.printf("%s: %d bytes, encode %.1f us, decode %.1f us%n",
          x.article().origin().file().replaceAll(".*/", ""), bytes.length, encodeMicros, decodeMicros);
      assertThat(decodeMicros).as("decode microseconds").isLessThan(1000);
    }
  }

  /** The mean time of one run in the fastest of ten batches of 200, after as many to warm up. */
  private static double bestMicros(Runnable run) {
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < 20; batch++) {
      long t0 = CpuTime.nanos();
      for (int i = 0; i < 200; i++) {
        run.run();
      }
      double micros = (CpuTime.nanos() - t0) / 1e3 / 200;
      best = batch < 10 ? best : Math.min(best, micros);
    }
    return best;
  }

  /** A small extraction with every optional part present somewhere, over a made-up text. */
  static Extraction handMade() {
    Article a = Samples.article(" date 2022-01-24 Kim Monday $250 mil 0.1 cats half a year in Ky\n");
    Span sKim = Span.of(0, 3);
    Timex monday = new Timex(Span.of(4, 10), TimexType.DATE, new TimexValue.Day(LocalDate.of(2022, 1, 24)), null, "Monday");
    Timex half = new Timex(Span.of(29, 40), TimexType.DURATION, new TimexValue.Other("P6M"), TimexMod.APPROX, "half a year");
    Quote q = new Quote(List.of(Span.of(11, 19), Span.of(24, 28)), Quote.Kind.DIRECT, null,
        new Speaker("Kim", Speaker.Kind.PERSON, sKim, sKim, "e7"));
    Claim money = new Claim(
        new Quantity(Span.of(11, 19), new Amount.Exact(250e6), Qualifier.MORE_THAN, Unit.MONEY,
            Optional.of(Currency.getInstance("USD")), "$250 mil"),
        new Subject(Span.of(19, 19), "", "", Optional.empty()), Optional.of(new Place(Span.of(41, 46), "in Ky", List.of("Ky"))),
        Optional.empty(), Optional.of(new Attribution(sKim, "Kim", Attribution.Cue.ACCORDING_TO)), Modality.PLAN);
    Claim share = new Claim(
        new Quantity(Span.of(20, 23), new Amount.Range(0.1, 0.1 + 0.2), Qualifier.NONE, Unit.PERCENT, Optional.empty(), "0.1"),
        new Subject(Span.of(24, 28), "cats", "cats", Optional.of("Ky")), Optional.empty(), Optional.of(monday),
        Optional.empty(), Modality.COUNT, new Happening(Optional.of(Span.of(29, 33)), "half", Happening.Part.SOME));
    EventMention planned = new EventMention(Span.of(24, 28), "cats", EventClass.OCCURRENCE, EventType.OTHER, true,
        org.storyline.extract.event.Modality.PLANNED, Tense.NONE, Aspect.NONE,
        List.of(new Participant(sKim, Participant.Role.AGENT)), Span.of(44, 46),
        new EventTime(LocalDate.of(2022, 1, 24), LocalDate.of(2022, 1, 24), EventTime.Precision.DAY, EventTime.Source.TIMEX, monday.span()));
    EventMention negated = new EventMention(Span.of(29, 33), "half", EventClass.STATE, EventType.ECONOMIC, false,
        org.storyline.extract.event.Modality.NEGATED, Tense.PAST, Aspect.PERFECTIVE, List.of(), null, EventTime.unknown());
    return new Extraction(a, Optional.of(LocalDate.of(2022, 1, 24)), List.of(monday, half),
        List.of(new Mention(sKim, EntityType.PERSON, "Kim")), List.of(q), List.of(money, share), List.of(planned, negated));
  }
}
