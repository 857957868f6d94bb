package org.storyline.model;

import java.util.Locale;

/**
 * The kinds of named entity Storyline recognises: the four classes of CoNLL-2003.
 *
 * <p>{@link #code()} is the CoNLL label ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}).
 */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  /** Nationalities, events, works, products and other names that are none of the above. */
  MISC("MISC");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  /** The CoNLL-2003 label of this type. */
  public String code() {
    return code;
  }

  /** The type of a CoNLL label or of a type name ({@code PER} or {@code PERSON}), case-insensitive. */
  public static EntityType parse(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.code.equals(upper) || t.name().equals(upper)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + name + "': expected one of PER, ORG, LOC, MISC");
  }
}
