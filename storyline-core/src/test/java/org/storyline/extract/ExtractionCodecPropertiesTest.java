package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.storyline.extract.claim.Amount;
import org.storyline.extract.claim.Attribution;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Place;
import org.storyline.extract.claim.Qualifier;
import org.storyline.extract.claim.Quantity;
import org.storyline.extract.claim.Subject;
import org.storyline.extract.claim.Unit;
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

/**
 * Any extraction the records allow reads back equal: any chars in texts (lone surrogates
 * included), any non-negative double, every kind of time value, absent and present optional
 * parts. And bytes changed anywhere are refused with an {@link IllegalArgumentException} or read
 * as some other valid extraction, never anything else.
 */
class ExtractionCodecPropertiesTest {

  private static final Article ARTICLE = Samples.article("Kim said on Monday that 250 troops left.\n");

  @Property(tries = 300)
  void decode_encodedExtraction_isEqual(@ForAll("extractions") Extraction x) {
    assertThat(ExtractionCodec.decode(ARTICLE, ExtractionCodec.encode(x))).isEqualTo(x);
  }

  @Property
  void exactAmount_anyNonNegativeDouble_readsBackToTheSameBits(@ForAll("amounts") double value) {
    Claim c = new Claim(new Quantity(Span.of(0, 1), new Amount.Exact(value), Qualifier.NONE, Unit.NONE, Optional.empty(), "x"),
        new Subject(Span.of(1, 1), "", "", Optional.empty()), Optional.empty(), Optional.empty(), Optional.empty(),
        Modality.COUNT);
    Extraction x = new Extraction(ARTICLE, Optional.empty(), List.of(), List.of(), List.of(), List.of(c));
    Amount read = ExtractionCodec.decode(ARTICLE, ExtractionCodec.encode(x)).claims().get(0).quantity().amount();
    assertThat(Double.doubleToRawLongBits(read.low())).isEqualTo(Double.doubleToRawLongBits(value));
  }

  @Property(tries = 300)
  void decode_oneByteChanged_failsOnlyWithIllegalArgument(
      @ForAll("extractions") Extraction x, @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte to) {
    byte[] bytes = ExtractionCodec.encode(x);
    bytes[at % bytes.length] = to;
    Throwable thrown = catchThrowable(() -> ExtractionCodec.decode(ARTICLE, bytes));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid stored extraction at byte ");
    }
  }

  @Property
  void decode_anyBytes_failsOnlyWithIllegalArgument(@ForAll byte[] bytes) {
    Throwable thrown = catchThrowable(() -> ExtractionCodec.decode(ARTICLE, bytes));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void decode_bytesThatLookLikeUtf32_failWithIllegalArgument() {
    // found by the property above: four zero bytes make the parser read UTF-32, which these are not
    byte[] bytes = {0, 0, 0, 0, 0, -1, 0, 0};
    assertThatThrownBy(() -> ExtractionCodec.decode(ARTICLE, bytes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid stored extraction at byte ");
  }

  @Property(tries = 50)
  void decode_unknownVersion_isRefusedNamingIt(@ForAll @IntRange(min = 2) int version) {
    byte[] bytes = ("{\"v\":" + version + ",\"timexes\":[]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExtractionCodec.decode(ARTICLE, bytes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown format version " + version);
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    Arbitrary<Optional<LocalDate>> anchor = dates().optional();
    return Combinators.combine(anchor, timexes().list().ofMaxSize(4), mentions().list().ofMaxSize(4),
            quotes().list().ofMaxSize(3), claims().list().ofMaxSize(3), events().list().ofMaxSize(3))
        .as((d, t, m, q, c, e) -> new Extraction(ARTICLE, d, t, m, q, c, e));
  }

  /** A span of the article's text and its characters: a trigger is read back from the text. */
  private static Arbitrary<Located> triggers() {
    String text = ARTICLE.text();
    return Arbitraries.integers().between(0, text.length() - 1).flatMap(s -> Arbitraries.integers()
        .between(s + 1, Math.min(text.length(), s + 12)).map(e -> new Located(Span.of(s, e), text.substring(s, e))));
  }

  private static Arbitrary<org.storyline.extract.event.EventMention> events() {
    Arbitrary<org.storyline.extract.event.Participant> participant = Combinators.combine(spans(),
        Arbitraries.of(org.storyline.extract.event.Participant.Role.class)).as(org.storyline.extract.event.Participant::new);
    Arbitrary<org.storyline.extract.event.EventTime> time = Combinators.combine(dates(), Arbitraries.integers().between(0, 400),
            Arbitraries.of(org.storyline.extract.event.EventTime.Precision.DAY, org.storyline.extract.event.EventTime.Precision.WEEK,
                org.storyline.extract.event.EventTime.Precision.MONTH, org.storyline.extract.event.EventTime.Precision.YEAR),
            spans().optional())
        .as((d, n, p, x) -> new org.storyline.extract.event.EventTime(d, d.plusDays(n), p,
            x.isPresent() ? org.storyline.extract.event.EventTime.Source.TIMEX : org.storyline.extract.event.EventTime.Source.TENSE,
            x.orElse(null)))
        .injectNull(0.3).map(t -> t == null ? org.storyline.extract.event.EventTime.unknown() : t);
    Arbitrary<java.util.function.BiFunction<org.storyline.extract.event.Aspect, org.storyline.extract.event.EventTime,
        org.storyline.extract.event.EventMention>> partial = Combinators.combine(triggers(),
            Arbitraries.of(org.storyline.extract.event.EventClass.class),
            Arbitraries.of(org.storyline.extract.event.EventType.class), Arbitraries.of(true, false),
            Arbitraries.of(org.storyline.extract.event.Modality.class), Arbitraries.of(org.storyline.extract.event.Tense.class),
            participant.list().ofMaxSize(3), spans().injectNull(0.5))
        .as((l, c, t, nominal, m, tense, ps, place) -> (aspect, when) -> new org.storyline.extract.event.EventMention(
            l.span(), l.text(), c, t, nominal, m, tense, aspect, ps, place, when));
    return Combinators.combine(partial, Arbitraries.of(org.storyline.extract.event.Aspect.class), time).as((f, a, t) -> f.apply(a, t));
  }

  @Provide
  Arbitrary<Double> amounts() {
    return nonNegativeDoubles();
  }

  /** Every bit pattern of a finite non-negative double, whole numbers past 2^53, and the edge cases. */
  private static Arbitrary<Double> nonNegativeDoubles() {
    Arbitrary<Double> anyBits = Arbitraries.longs().between(0, Double.doubleToLongBits(Double.MAX_VALUE))
        .map(Double::longBitsToDouble);
    Arbitrary<Double> whole = Arbitraries.longs().between(0, 1L << 60).map(n -> (double) n);
    return Arbitraries.oneOf(anyBits, whole, Arbitraries.of(-0.0, 0.0, 0.1, Double.MIN_VALUE, Double.MAX_VALUE, 0x1p53, 0x1p53 + 2));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().all().ofMaxLength(12);
  }

  private static Arbitrary<Span> spans() {
    return Arbitraries.integers().between(0, 50_000).flatMap(s -> Arbitraries.integers().between(0, 40).map(n -> Span.of(s, s + n)));
  }

  /** A span and the text it holds, of the same length as records with both require. */
  private record Located(Span span, String text) {}

  private static Arbitrary<Located> located() {
    return Combinators.combine(Arbitraries.integers().between(0, 50_000), texts())
        .as((start, text) -> new Located(Span.of(start, start + text.length()), text));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99_999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Values within what TimeML writes: years of four digits, clock times to the minute. */
  private static Arbitrary<TimexValue> timexValues() {
    Arbitrary<LocalDate> day = Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> year = Arbitraries.integers().between(0, 9999);
    return Arbitraries.oneOf(
        day.map(TimexValue.Day::new),
        Combinators.combine(day, Arbitraries.of(TimexValue.PartOfDay.class)).as(TimexValue.DayPart::new),
        Combinators.combine(day, Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
            .as((d, h, m) -> new TimexValue.Clock(d.atTime(h, m))),
        Combinators.combine(year, Arbitraries.integers().between(1, 53), Arbitraries.of(true, false)).as(TimexValue.Week::new),
        Combinators.combine(year, Arbitraries.integers().between(1, 12)).as((y, m) -> new TimexValue.Month(YearMonth.of(y, m))),
        Combinators.combine(year, Arbitraries.of(TimexValue.Segment.class)).as(TimexValue.YearPart::new),
        year.map(TimexValue.Year::new),
        Arbitraries.integers().between(0, 999).map(TimexValue.Decade::new),
        Arbitraries.integers().between(0, 99).map(TimexValue.Century::new),
        Combinators.combine(Arbitraries.integers().greaterOrEqual(0).injectNull(0.3), Arbitraries.of(TimexValue.Unit.class))
            .as((n, u) -> new TimexValue.Duration(n == null ? OptionalInt.empty() : OptionalInt.of(n), u)),
        Arbitraries.of(TimexValue.Ref.class),
        Arbitraries.oneOf(texts(), Arbitraries.of("P6M", "PT1H30M", "2021-12-07", "XXXX-WXX-1")).map(TimexValue.Other::new));
  }

  private static Arbitrary<Timex> timexes() {
    return Combinators.combine(located(), Arbitraries.of(TimexType.class), timexValues(), Arbitraries.of(TimexMod.class).injectNull(0.5))
        .as((l, type, value, mod) -> new Timex(l.span(), type, value, mod, l.text()));
  }

  private static Arbitrary<Mention> mentions() {
    return Combinators.combine(located(), Arbitraries.of(EntityType.class)).as((l, type) -> new Mention(l.span(), type, l.text()));
  }

  private static Arbitrary<Quote> quotes() {
    Arbitrary<List<Span>> content = Arbitraries.integers().between(1, 30).list().ofMinSize(1).ofMaxSize(3).map(lengths -> {
      List<Span> parts = new ArrayList<>();
      int at = 0;
      for (int n : lengths) {
        parts.add(Span.of(at, at + n));
        at += n + 1;
      }
      return parts;
    });
    return Combinators.combine(content, Arbitraries.of(Quote.Kind.class), spans().injectNull(0.3), speakers().injectNull(0.3))
        .as(Quote::new);
  }

  private static Arbitrary<Speaker> speakers() {
    return Combinators.combine(texts().filter(s -> !s.isBlank()), Arbitraries.of(Speaker.Kind.class), spans(), spans(),
        texts().injectNull(0.5)).as(Speaker::new);
  }

  private static Arbitrary<Claim> claims() {
    return Combinators.combine(quantities(), subjects(), places().optional(), timexes().optional(), sources().optional(),
        Arbitraries.of(Modality.class)).as(Claim::new);
  }

  private static Arbitrary<Quantity> quantities() {
    Arbitrary<Optional<Currency>> currency = Arbitraries.of(List.copyOf(Currency.getAvailableCurrencies())).optional();
    return Combinators.combine(located(), amountsOfEveryKind(), Arbitraries.of(Qualifier.class), Arbitraries.of(Unit.class),
        currency).as((l, amount, qualifier, unit, cur) -> new Quantity(l.span(), amount, qualifier,
            cur.isPresent() ? Unit.MONEY : unit == Unit.MONEY ? Unit.NONE : unit, cur, l.text()));
  }

  private static Arbitrary<Amount> amountsOfEveryKind() {
    Arbitrary<Double> v = nonNegativeDoubles();
    return Arbitraries.oneOf(
        v.map(Amount.Exact::new),
        Combinators.combine(v, v).filter((a, b) -> a.doubleValue() != b.doubleValue())
            .as((a, b) -> new Amount.Range(Math.min(a, b), Math.max(a, b))),
        Combinators.combine(v, v, texts()).filter((a, b, w) -> a.doubleValue() != b.doubleValue())
            .as((a, b, w) -> new Amount.Vague(Math.min(a, b), Math.max(a, b), w)));
  }

  private static Arbitrary<Subject> subjects() {
    return Combinators.combine(spans(), texts(), texts(), texts().optional()).as(Subject::new);
  }

  private static Arbitrary<Place> places() {
    return Combinators.combine(spans(), texts(), texts().list().ofMaxSize(3)).as(Place::new);
  }

  private static Arbitrary<Attribution> sources() {
    return Combinators.combine(spans(), texts(), Arbitraries.of(Attribution.Cue.class)).as(Attribution::new);
  }
}
