package org.storyline.extract.event;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * One mention of an event in an article: its trigger word and what the sentence says of it.
 *
 * <p>Example: in "Biden and Putin will hold a video call on Tuesday", the trigger is "call"
 * (nominal, OCCURRENCE, COMMUNICATION), planned, future, with agents Biden and Putin and the time
 * of "Tuesday".
 *
 * @param trigger the trigger's span in the article's cleaned text (one word, as TimeML tags events)
 * @param text the trigger as written
 * @param timeMlClass the TimeML class
 * @param type the news type
 * @param nominal whether the trigger is a noun ("the invasion") rather than a verb or adjective
 * @param modality whether it took place, as the sentence says
 * @param tense tense of a verbal trigger
 * @param aspect aspect of a verbal trigger
 * @param participants entity mentions of the sentence taking part, in text order
 * @param place a location mention of the sentence where it took place, or null
 * @param time when it took place
 */
public record EventMention(
    Span trigger,
    String text,
    EventClass timeMlClass,
    EventType type,
    boolean nominal,
    Modality modality,
    Tense tense,
    Aspect aspect,
    List<Participant> participants,
    Span place,
    EventTime time) {

  public EventMention {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(timeMlClass, "timeMlClass");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(aspect, "aspect");
    participants = List.copyOf(participants);
    Objects.requireNonNull(time, "time");
    if (trigger.length() != text.length()) {
      throw new IllegalArgumentException("trigger '" + text + "' does not fit its span " + trigger);
    }
  }
}
