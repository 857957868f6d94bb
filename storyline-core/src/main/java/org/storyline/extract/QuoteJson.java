package org.storyline.extract;

import java.io.IOException;
import java.util.List;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/**
 * A quote in the extraction codec:
 *
 * <pre>
 * {"content":[[2600,2710],[2721,2790]],"kind":"DIRECT","cue":[2714,2719],
 *  "speaker":{"name":"Kirby","kind":"PERSON","mention":[2711,2713],"antecedent":[2587,2592]}}
 * </pre>
 *
 * A quote's {@code cue} and {@code speaker} and a speaker's {@code entity} are left out when absent.
 */
final class QuoteJson {

  private static final String QUOTE = "a quote";
  private static final String SPEAKER = "a speaker";

  private QuoteJson() {}

  static void write(JsonOut out, Quote q) throws IOException {
    out.startObject();
    out.spans("content", q.content());
    out.constant("kind", q.kind());
    out.span("cue", q.cue());
    out.object("speaker", q.speaker(), QuoteJson::writeSpeaker);
    out.endObject();
  }

  static Quote read(JsonIn in) throws IOException {
    in.startObject(QUOTE);
    List<Span> content = null;
    Quote.Kind kind = null;
    Span cue = null;
    Speaker speaker = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "content" -> content = in.spans(field);
        case "kind" -> kind = in.constant(Quote.Kind::valueOf, field);
        case "cue" -> cue = in.span(field);
        case "speaker" -> speaker = readSpeaker(in);
        default -> throw JsonIn.unknownField(field, QUOTE);
      }
    }
    return new Quote(JsonIn.required(content, "content", QUOTE), JsonIn.required(kind, "kind", QUOTE), cue, speaker);
  }

  private static void writeSpeaker(JsonOut out, Speaker s) throws IOException {
    out.startObject();
    out.text("name", s.name());
    out.constant("kind", s.kind());
    out.span("mention", s.mention());
    out.span("antecedent", s.antecedent());
    out.optionalText("entity", s.entityId());
    out.endObject();
  }

  private static Speaker readSpeaker(JsonIn in) throws IOException {
    in.startObject(SPEAKER);
    String name = null;
    Speaker.Kind kind = null;
    Span mention = null;
    Span antecedent = null;
    String entity = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "name" -> name = in.text(field);
        case "kind" -> kind = in.constant(Speaker.Kind::valueOf, field);
        case "mention" -> mention = in.span(field);
        case "antecedent" -> antecedent = in.span(field);
        case "entity" -> entity = in.text(field);
        default -> throw JsonIn.unknownField(field, SPEAKER);
      }
    }
    return new Speaker(JsonIn.required(name, "name", SPEAKER), JsonIn.required(kind, "kind", SPEAKER),
        JsonIn.required(mention, "mention", SPEAKER), JsonIn.required(antecedent, "antecedent", SPEAKER), entity);
  }
}
