package org.storyline.extract.claim;

import java.util.Map;
import java.util.Optional;

/** Normalises who things belong to: "Russian", "Russia's", "Moscow" are all "Russia". */
final class Owners {

  private Owners() {}

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("russia", "Russia"), Map.entry("russian", "Russia"), Map.entry("russians", "Russia"),
      Map.entry("moscow", "Russia"), Map.entry("kremlin", "Russia"),
      Map.entry("u.s.", "United States"), Map.entry("us", "United States"), Map.entry("u.s", "United States"),
      Map.entry("america", "United States"), Map.entry("american", "United States"), Map.entry("americans", "United States"),
      Map.entry("united states", "United States"), Map.entry("washington", "United States"), Map.entry("pentagon", "United States"),
      Map.entry("ukraine", "Ukraine"), Map.entry("ukrainian", "Ukraine"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
      Map.entry("belarus", "Belarus"), Map.entry("belarusian", "Belarus"), Map.entry("nato", "NATO"),
      Map.entry("china", "China"), Map.entry("chinese", "China"), Map.entry("beijing", "China"),
      Map.entry("britain", "United Kingdom"), Map.entry("british", "United Kingdom"), Map.entry("u.k.", "United Kingdom"),
      Map.entry("uk", "United Kingdom"), Map.entry("germany", "Germany"), Map.entry("german", "Germany"),
      Map.entry("france", "France"), Map.entry("french", "France"), Map.entry("poland", "Poland"), Map.entry("polish", "Poland"),
      Map.entry("israel", "Israel"), Map.entry("israeli", "Israel"), Map.entry("iran", "Iran"), Map.entry("iranian", "Iran"),
      Map.entry("syria", "Syria"), Map.entry("syrian", "Syria"), Map.entry("iraq", "Iraq"), Map.entry("iraqi", "Iraq"),
      Map.entry("turkey", "Turkey"), Map.entry("turkish", "Turkey"), Map.entry("eu", "European Union"),
      Map.entry("european union", "European Union"));

  /** The owner a word or name stands for ("Russian" is Russia), if it names a known one. */
  static Optional<String> of(String name) {
    String n = Words.lower(name.strip());
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s") || n.endsWith("’s")) {
      n = n.substring(0, n.length() - 2);
    }
    return Optional.ofNullable(NAMES.get(n));
  }
}
