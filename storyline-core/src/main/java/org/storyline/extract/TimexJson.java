package org.storyline.extract;

import java.io.IOException;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexMod;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

/**
 * A time expression in the extraction codec:
 * {@code {"span":[1118,1135],"type":"DATE","value":"2021-W52","mod":"START","text":"earlier this week"}};
 * {@code mod} is left out when there is none.
 *
 * <p>The value is its TimeML form, which {@link TimexValue#parse} reads back to the same value,
 * except for {@link TimexValue.Other}: the tagger keeps some forms as written that parse would
 * type (half a year is {@code Other("P6M")}, not a duration of six months), so those carry
 * {@code "other":true}.
 */
final class TimexJson {

  private static final String WHAT = "a timex";

  private TimexJson() {}

  static void write(JsonOut out, Timex t) throws IOException {
    out.startObject();
    out.span("span", t.span());
    out.constant("type", t.type());
    out.text("value", timeML(t.value()));
    if (t.value() instanceof TimexValue.Other) {
      out.bool("other", true);
    }
    if (t.mod() != null) {
      out.constant("mod", t.mod());
    }
    out.text("text", t.text());
    out.endObject();
  }

  static Timex read(JsonIn in) throws IOException {
    in.startObject(WHAT);
    Span span = null;
    TimexType type = null;
    String value = null;
    boolean other = false;
    TimexMod mod = null;
    String text = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "type" -> type = in.constant(TimexType::valueOf, field);
        case "value" -> value = in.text(field);
        case "other" -> other = in.bool(field);
        case "mod" -> mod = in.constant(TimexMod::valueOf, field);
        case "text" -> text = in.text(field);
        default -> throw JsonIn.unknownField(field, WHAT);
      }
    }
    JsonIn.required(value, "value", WHAT);
    TimexValue v = other ? new TimexValue.Other(value) : TimexValue.parse(value);
    return new Timex(JsonIn.required(span, "span", WHAT), JsonIn.required(type, "type", WHAT), v, mod,
        JsonIn.required(text, "text", WHAT));
  }

  /**
   * The TimeML form of a typed value, checked to read back as the value: a form TimeML cannot
   * write (a clock time with seconds, a year past 9999) is refused rather than stored changed.
   */
  private static String timeML(TimexValue value) {
    String timeML = value.toTimeML();
    if (!(value instanceof TimexValue.Other) && !TimexValue.parse(timeML).equals(value)) {
      throw new IllegalArgumentException("time value " + value + " does not read back from its TimeML form " + timeML);
    }
    return timeML;
  }
}
