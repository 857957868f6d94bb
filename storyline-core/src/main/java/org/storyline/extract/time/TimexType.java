package org.storyline.extract.time;

/** The TIMEX3 {@code type} attribute of TimeML. */
public enum TimexType {
  /** A calendar date or a coarser period: {@code 2021-12-07}, {@code 2022-W03-WE}, {@code 199} (the 1990s). */
  DATE,
  /** A time of day, or a part of a day: {@code 2022-01-24T15:00}, {@code 2021-12-07TEV}. */
  TIME,
  /** A length of time: {@code P3Y}, {@code PXW}. */
  DURATION,
  /** A recurring time: "every week" is {@code P1W}. */
  SET;

  /** The type named {@code name} (as in TimeML, any case); throws naming the unknown name. */
  public static TimexType fromTimeML(String name) {
    for (TimexType t : values()) {
      if (t.name().equalsIgnoreCase(name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown TIMEX3 type \"" + name + "\"");
  }
}
