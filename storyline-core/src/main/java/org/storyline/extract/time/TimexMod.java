package org.storyline.extract.time;

/**
 * The TIMEX3 {@code mod} attribute of TimeML: a modifier of the value that the value alone cannot
 * say, e.g. START for "early 2022" (value {@code 2022}) or MORE_THAN for "more than four hours".
 */
public enum TimexMod {
  BEFORE,
  AFTER,
  ON_OR_BEFORE,
  ON_OR_AFTER,
  LESS_THAN,
  MORE_THAN,
  EQUAL_OR_LESS,
  EQUAL_OR_MORE,
  START,
  MID,
  END,
  APPROX;

  /** The modifier named {@code name} (any case); throws naming the unknown name. */
  public static TimexMod fromTimeML(String name) {
    for (TimexMod m : values()) {
      if (m.name().equalsIgnoreCase(name.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown TIMEX3 mod \"" + name + "\"");
  }
}
