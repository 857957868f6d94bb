package org.storyline.reconcile.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises event words so that inflected forms meet: "attacked", "attacks" and "attack" share a
 * key, and so do "made" and "making". The key is a stem, not always a word ("announc"); it is only
 * ever compared. Irregular verbs come from a small list shipped as a resource.
 */
public final class EventLemmas {

  private static final Map<String, String> IRREGULAR = loadIrregular();
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over", "in", "on", "away", "back",
      "the", "a", "an", "ways", "go", "into", "to");
  /** Objects of light verbs, which carry the event: "opened fire", "took place". */
  private static final Set<String> LIGHT_OBJECTS = Set.of("fire", "place", "part", "office");
  private static final Set<String> PREPOSITIONS = Set.of("under", "on", "in", "at", "of", "for", "according", "no", "not");

  private EventLemmas() {}

  /**
   * The head word of a trigger's tokens, lower case: the word itself for one token; the verb of a
   * phrasal or light-verb trigger ("opened fire", "gunned down", "take over"); else the last word
   * of a noun phrase ("Academy Awards ceremony").
   */
  public static String head(List<String> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a trigger needs a token");
    }
    String first = tokens.get(0).toLowerCase(Locale.ROOT);
    if (tokens.size() == 1) {
      return first;
    }
    String second = tokens.get(1).toLowerCase(Locale.ROOT);
    if (tokens.size() == 2 && LIGHT_OBJECTS.contains(second)) {
      return second;
    }
    boolean verbFirst = !PREPOSITIONS.contains(first)
        && (PARTICLES.contains(second) || first.endsWith("ed") || first.endsWith("ing") || IRREGULAR.containsKey(first));
    return verbFirst ? first : tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
  }

  /** The inflection key of one word: lower case, irregular forms to their base, regular endings off, a final e off. */
  public static String key(String word) {
    String w = lettersAndNumbers(word.toLowerCase(Locale.ROOT));
    String base = IRREGULAR.get(w);
    if (base != null) {
      w = base;
    } else if (w.length() > 4) {
      w = stripInflection(w);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * The word without the code points that are neither letters nor numbers (what the pattern
   * {@code [^\p{L}\p{N}]} removes), looked at a character at a time: {@link #key} runs for every
   * word of every sentence coreference compares, and most words keep every character.
   */
  static String lettersAndNumbers(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isSurrogate(c) || !isLetterOrNumber(c)) {
        StringBuilder b = new StringBuilder(w.length());
        w.codePoints().filter(EventLemmas::isLetterOrNumber).forEach(b::appendCodePoint);
        return b.toString();
      }
    }
    return w;
  }

  /** General category L (Lu, Ll, Lt, Lm, Lo) or N (Nd, Nl, No): {@code \p{L}} and {@code \p{N}}. */
  private static boolean isLetterOrNumber(int codePoint) {
    int type = Character.getType(codePoint);
    return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER
        || type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
  }

  /** The key with a derivational ending off too, so that "announcement" meets "announce" and "explosion" nearly "explode". */
  static String derivation(String key) {
    for (String suffix : new String[] {"ation", "ition", "ment", "sion", "tion", "ure", "al", "er", "or", "ance", "ence", "at"}) {
      if (key.length() > suffix.length() + 3 && key.endsWith(suffix)) {
        String stem = key.substring(0, key.length() - suffix.length());
        stem = suffix.equals("tion") || suffix.equals("sion") ? stem + "t" : stem;
        return stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
      }
    }
    return key;
  }

  private static String stripInflection(String w) {
    if (w.endsWith("ies") || w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ed")) {
      return undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "stopp" to "stop", "runn" to "run"; "fall" and "kill" keep their double l. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }

  private static Map<String, String> loadIrregular() {
    Map<String, String> out = new HashMap<>();
    for (String[] words : Resources.lines("irregular-verbs.txt")) {
      for (String w : words) {
        out.putIfAbsent(w, words[0]);
      }
    }
    return Map.copyOf(out);
  }

  /** Reads this package's word-list resources. */
  static final class Resources {
    private Resources() {}

    /** The lines of a resource, split at spaces; blank lines and # comments skipped. */
    static List<String[]> lines(String name) {
      try (InputStream in = EventLemmas.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + name);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }
  }
}
