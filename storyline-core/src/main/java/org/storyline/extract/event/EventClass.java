package org.storyline.extract.event;

import java.util.Locale;

/** The TimeML class of an event mention (TimeML 1.2.1, {@code EVENT/@class}). */
public enum EventClass {
  OCCURRENCE,
  REPORTING,
  STATE,
  I_ACTION,
  I_STATE,
  ASPECTUAL,
  PERCEPTION;

  /** The class named by a TimeML attribute value, e.g. {@code I_ACTION}; null for none. */
  public static EventClass fromTimeML(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown TimeML event class: " + value, e);
    }
  }
}
