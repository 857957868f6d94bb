package org.storyline.extract;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.storyline.extract.event.Aspect;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.extract.event.Tense;
import org.storyline.model.Span;

/**
 * An event mention in the extraction codec:
 *
 * <pre>
 * {"trigger":[812,816],"class":"OCCURRENCE","type":"COMMUNICATION","nominal":true,
 *  "modality":"PLANNED","participants":[{"span":[790,795],"role":"AGENT"}],"place":[830,836],
 *  "time":{"first":"2021-12-07","last":"2021-12-07","precision":"DAY","source":"TIMEX","timex":[820,827]}}
 * </pre>
 *
 * The trigger's text is not stored: it is the article's, read back from the trigger's span. What
 * is left out reads back as its default: {@code tense} and {@code aspect} when {@code NONE},
 * {@code participants} when there are none, {@code place} when there is none, {@code time} when
 * it is unknown, a time's {@code timex} when it was not read from one.
 */
final class EventJson {

  private static final String EVENT = "an event";
  private static final String PARTICIPANT = "a participant";
  private static final String TIME = "an event time";

  private EventJson() {}

  static void write(JsonOut out, EventMention e) throws IOException {
    out.startObject();
    out.span("trigger", e.trigger());
    out.constant("class", e.timeMlClass());
    if (e.type() != EventType.OTHER) {
      out.constant("type", e.type());
    }
    if (e.nominal()) {
      out.bool("nominal", true);
    }
    if (e.modality() != Modality.HAPPENED) {
      out.constant("modality", e.modality());
    }
    if (e.tense() != Tense.NONE) {
      out.constant("tense", e.tense());
    }
    if (e.aspect() != Aspect.NONE) {
      out.constant("aspect", e.aspect());
    }
    if (!e.participants().isEmpty()) {
      out.list("participants", e.participants(), EventJson::writeParticipant);
    }
    out.span("place", e.place());
    out.object("time", e.time().isKnown() ? e.time() : null, EventJson::writeTime);
    out.endObject();
  }

  /** Reads an event of an article whose cleaned text is {@code text} (the trigger's text is not stored). */
  static EventMention read(JsonIn in, String text) throws IOException {
    in.startObject(EVENT);
    Span trigger = null;
    EventClass c = null;
    EventType type = EventType.OTHER;
    boolean nominal = false;
    Modality modality = Modality.HAPPENED;
    Tense tense = Tense.NONE;
    Aspect aspect = Aspect.NONE;
    List<Participant> participants = List.of();
    Span place = null;
    EventTime time = EventTime.unknown();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "trigger" -> trigger = in.span(field);
        case "class" -> c = in.constant(EventClass::valueOf, field);
        case "type" -> type = in.constant(EventType::valueOf, field);
        case "nominal" -> nominal = in.bool(field);
        case "modality" -> modality = in.constant(Modality::valueOf, field);
        case "tense" -> tense = in.constant(Tense::valueOf, field);
        case "aspect" -> aspect = in.constant(Aspect::valueOf, field);
        case "participants" -> participants = in.list(EventJson::readParticipant, field);
        case "place" -> place = in.span(field);
        case "time" -> time = readTime(in);
        default -> throw JsonIn.unknownField(field, EVENT);
      }
    }
    JsonIn.required(trigger, "trigger", EVENT);
    if (trigger.end() > text.length()) {
      throw new IllegalArgumentException("an event's trigger " + trigger + " is outside the article's text");
    }
    return new EventMention(trigger, trigger.of(text), JsonIn.required(c, "class", EVENT), type, nominal, modality,
        tense, aspect, participants, place, time);
  }

  private static void writeParticipant(JsonOut out, Participant p) throws IOException {
    out.startObject();
    out.span("span", p.span());
    out.constant("role", p.role());
    out.endObject();
  }

  private static Participant readParticipant(JsonIn in) throws IOException {
    in.startObject(PARTICIPANT);
    Span span = null;
    Participant.Role role = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "span" -> span = in.span(field);
        case "role" -> role = in.constant(Participant.Role::valueOf, field);
        default -> throw JsonIn.unknownField(field, PARTICIPANT);
      }
    }
    return new Participant(JsonIn.required(span, "span", PARTICIPANT), JsonIn.required(role, "role", PARTICIPANT));
  }

  private static void writeTime(JsonOut out, EventTime t) throws IOException {
    out.startObject();
    out.text("first", t.first().toString());
    out.text("last", t.last().toString());
    out.constant("precision", t.precision());
    out.constant("source", t.source());
    out.span("timex", t.timex());
    out.endObject();
  }

  private static EventTime readTime(JsonIn in) throws IOException {
    in.startObject(TIME);
    LocalDate first = null;
    LocalDate last = null;
    EventTime.Precision precision = null;
    EventTime.Source source = null;
    Span timex = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "first" -> first = in.date(field);
        case "last" -> last = in.date(field);
        case "precision" -> precision = in.constant(EventTime.Precision::valueOf, field);
        case "source" -> source = in.constant(EventTime.Source::valueOf, field);
        case "timex" -> timex = in.span(field);
        default -> throw JsonIn.unknownField(field, TIME);
      }
    }
    return new EventTime(JsonIn.required(first, "first", TIME), JsonIn.required(last, "last", TIME),
        JsonIn.required(precision, "precision", TIME), JsonIn.required(source, "source", TIME), timex);
  }
}
