package org.storyline.extract;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
import org.storyline.extract.time.Timex;
import org.storyline.model.Span;

/**
 * A numeric claim in the extraction codec, its optional parts left out when absent:
 *
 * <pre>
 * {"quantity":{"span":[171,188],"text":"10,000 and 20,000","low":10000,"high":20000,"qualifier":"NONE","unit":"NONE"},
 *  "subject":{"span":[189,195],"text":"troops","head":"troops"},
 *  "place":{"span":[305,325],"text":"in the United States","names":["United States"]},
 *  "when":{"span":[227,240],"type":"TIME","value":"2022-01-28T15:00","text":"3 p.m. Friday"},
 *  "source":{"span":[255,280],"name":"a senior defense official","cue":"ACCORDING_TO"},
 *  "modality":"COUNT",
 *  "happening":{"span":[196,204],"key":"deploy","part":"WHOLE"}}
 * quantity of money: {"span":[99,111],"text":"$250 million","value":250000000,"qualifier":"NONE","unit":"MONEY","currency":"USD"}
 * </pre>
 *
 * The amount is {@code "value"} when exact, {@code "low"} and {@code "high"} for a range, and
 * those with the vague {@code "word"} ("thousands") for a vague amount. {@code "happening"} is left
 * out when the sentence says nothing of what happened to the things counted, its span and key when
 * it only says they are some or more of things counted before. {@code "when"} is a
 * timex as {@link TimexJson} writes it.
 */
final class ClaimJson {

  private static final String CLAIM = "a claim";
  private static final String QUANTITY = "a quantity";
  private static final String SUBJECT = "a subject";
  private static final String PLACE = "a place";
  private static final String SOURCE = "a source";
  private static final String HAPPENING = "a happening";

  private ClaimJson() {}

  static void write(JsonOut out, Claim c) throws IOException {
    out.startObject();
    out.object("quantity", c.quantity(), ClaimJson::writeQuantity);
    out.object("subject", c.subject(), ClaimJson::writeSubject);
    out.object("place", c.place().orElse(null), ClaimJson::writePlace);
    out.object("when", c.when().orElse(null), TimexJson::write);
    out.object("source", c.source().orElse(null), ClaimJson::writeSource);
    out.constant("modality", c.modality());
    out.object("happening", c.happening().isSaid() ? c.happening() : null, ClaimJson::writeHappening);
    out.endObject();
  }

  static Claim read(JsonIn in) throws IOException {
    in.startObject(CLAIM);
    Quantity quantity = null;
    Subject subject = null;
    Place place = null;
    Timex when = null;
    Attribution source = null;
    Modality modality = null;
    Happening happening = Happening.NONE;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "quantity" -> quantity = readQuantity(in);
        case "subject" -> subject = readSubject(in);
        case "place" -> place = readPlace(in);
        case "when" -> when = TimexJson.read(in);
        case "source" -> source = readSource(in);
        case "modality" -> modality = in.constant(Modality::valueOf, field);
        case "happening" -> happening = readHappening(in);
        default -> throw JsonIn.unknownField(field, CLAIM);
      }
    }
    return new Claim(JsonIn.required(quantity, "quantity", CLAIM), JsonIn.required(subject, "subject", CLAIM),
        Optional.ofNullable(place), Optional.ofNullable(when), Optional.ofNullable(source),
        JsonIn.required(modality, "modality", CLAIM), happening);
  }

  private static void writeQuantity(JsonOut out, Quantity q) throws IOException {
    out.startObject();
    out.span("span", q.span());
    out.text("text", q.text());
    writeAmount(out, q.amount());
    out.constant("qualifier", q.qualifier());
    out.constant("unit", q.unit());
    out.optionalText("currency", q.currency().map(Currency::getCurrencyCode).orElse(null));
    out.endObject();
  }

  private static void writeAmount(JsonOut out, Amount amount) throws IOException {
    if (amount instanceof Amount.Exact e) {
      out.number("value", e.value());
      return;
    }
    out.number("low", amount.low());
    out.number("high", amount.high());
    if (amount instanceof Amount.Vague v) {
      out.text("word", v.word());
    }
  }

  private static Quantity readQuantity(JsonIn in) throws IOException {
    in.startObject(QUANTITY);
    Span span = null;
    String text = null;
    Double value = null;
    Double low = null;
    Double high = null;
    String word = null;
    Qualifier qualifier = null;
    Unit unit = null;
    Currency currency = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "text" -> text = in.text(field);
        case "value" -> value = in.number(field);
        case "low" -> low = in.number(field);
        case "high" -> high = in.number(field);
        case "word" -> word = in.text(field);
        case "qualifier" -> qualifier = in.constant(Qualifier::valueOf, field);
        case "unit" -> unit = in.constant(Unit::valueOf, field);
        case "currency" -> currency = currency(in.text(field));
        default -> throw JsonIn.unknownField(field, QUANTITY);
      }
    }
    return new Quantity(JsonIn.required(span, "span", QUANTITY), amount(value, low, high, word),
        JsonIn.required(qualifier, "qualifier", QUANTITY), JsonIn.required(unit, "unit", QUANTITY),
        Optional.ofNullable(currency), JsonIn.required(text, "text", QUANTITY));
  }

  /** The amount the fields present make: value alone, low and high, or low, high and word. */
  private static Amount amount(Double value, Double low, Double high, String word) {
    if (value != null && low == null && high == null && word == null) {
      return new Amount.Exact(value);
    }
    if (value == null && low != null && high != null) {
      return word == null ? new Amount.Range(low, high) : new Amount.Vague(low, high, word);
    }
    throw new IllegalArgumentException(QUANTITY + " has neither a \"value\" alone nor \"low\" and \"high\"");
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency \"" + code + "\"");
    }
  }

  private static void writeSubject(JsonOut out, Subject s) throws IOException {
    out.startObject();
    out.span("span", s.span());
    out.text("text", s.text());
    out.text("head", s.head());
    out.optionalText("owner", s.owner().orElse(null));
    out.endObject();
  }

  private static Subject readSubject(JsonIn in) throws IOException {
    in.startObject(SUBJECT);
    Span span = null;
    String text = null;
    String head = null;
    String owner = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "text" -> text = in.text(field);
        case "head" -> head = in.text(field);
        case "owner" -> owner = in.text(field);
        default -> throw JsonIn.unknownField(field, SUBJECT);
      }
    }
    return new Subject(JsonIn.required(span, "span", SUBJECT), JsonIn.required(text, "text", SUBJECT),
        JsonIn.required(head, "head", SUBJECT), Optional.ofNullable(owner));
  }

  private static void writePlace(JsonOut out, Place p) throws IOException {
    out.startObject();
    out.span("span", p.span());
    out.text("text", p.text());
    out.texts("names", p.names());
    out.endObject();
  }

  private static Place readPlace(JsonIn in) throws IOException {
    in.startObject(PLACE);
    Span span = null;
    String text = null;
    List<String> names = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "text" -> text = in.text(field);
        case "names" -> names = in.texts(field);
        default -> throw JsonIn.unknownField(field, PLACE);
      }
    }
    return new Place(JsonIn.required(span, "span", PLACE), JsonIn.required(text, "text", PLACE),
        JsonIn.required(names, "names", PLACE));
  }

  private static void writeHappening(JsonOut out, Happening h) throws IOException {
    out.startObject();
    if (h.span().isPresent()) {
      out.span("span", h.span().get());
    }
    out.optionalText("key", h.key().isEmpty() ? null : h.key());
    out.constant("part", h.part());
    out.endObject();
  }

  private static Happening readHappening(JsonIn in) throws IOException {
    in.startObject(HAPPENING);
    Span span = null;
    String key = "";
    Happening.Part part = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "key" -> key = in.text(field);
        case "part" -> part = in.constant(Happening.Part::valueOf, field);
        default -> throw JsonIn.unknownField(field, HAPPENING);
      }
    }
    return new Happening(Optional.ofNullable(span), key, JsonIn.required(part, "part", HAPPENING));
  }

  private static void writeSource(JsonOut out, Attribution a) throws IOException {
    out.startObject();
    out.span("span", a.span());
    out.text("name", a.name());
    out.constant("cue", a.cue());
    out.endObject();
  }

  private static Attribution readSource(JsonIn in) throws IOException {
    in.startObject(SOURCE);
    Span span = null;
    String name = null;
    Attribution.Cue cue = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "name" -> name = in.text(field);
        case "cue" -> cue = in.constant(Attribution.Cue::valueOf, field);
        default -> throw JsonIn.unknownField(field, SOURCE);
      }
    }
    return new Attribution(JsonIn.required(span, "span", SOURCE), JsonIn.required(name, "name", SOURCE),
        JsonIn.required(cue, "cue", SOURCE));
  }
}
