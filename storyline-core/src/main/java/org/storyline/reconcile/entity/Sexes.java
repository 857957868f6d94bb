package org.storyline.reconcile.entity;

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
import java.util.zip.GZIPInputStream;

/**
 * The sex a person's title ("Mrs", "Sir") or first name tells, where it tells one for sure. The
 * resolver uses it to keep apart the relatives one surname names: "Mrs Jackson" is no short form of
 * "Michael Jackson", though it is one of "Katherine Jackson".
 *
 * <p>First names come from {@code first-name-sexes-en.tsv.gz} (written by {@code
 * tools/name-lists/export.mjs} from openly licensed lists, its header names them): only names that
 * no source gives to both sexes, so "Jordan", "Kim" or "Andrea" tell nothing.
 */
final class Sexes {

  enum Sex { FEMALE, MALE }

  private static final String RESOURCE = "first-name-sexes-en.tsv.gz";

  private static final Set<String> FEMALE_TITLES = Set.of(
      "mrs", "ms", "miss", "mme", "madame", "madam", "lady", "dame", "queen", "princess", "duchess", "countess",
      "baroness", "spokeswoman", "chairwoman", "congresswoman");
  private static final Set<String> MALE_TITLES = Set.of(
      "mr", "sir", "lord", "king", "prince", "duke", "baron", "spokesman", "chairman", "congressman");

  private static final Map<String, Sex> FIRST_NAMES = load();

  private Sexes() {}

  /**
   * The sex the titles before the name in {@code mentionText} tell ("Mrs Jackson": female), or null
   * when they tell none or disagree. {@code name} is the mention's cleaned name, its titles off.
   */
  static Sex ofTitle(String mentionText, String name) {
    List<String> words = Names.words(mentionText);
    int nameStart = words.size() - Names.words(name).size();
    Sex sex = null;
    for (int i = 0; i < nameStart; i++) {
      Sex s = titleSex(words.get(i));
      if (s != null) {
        if (sex != null && sex != s) {
          return null;
        }
        sex = s;
      }
    }
    return sex;
  }

  /** The sex the titles of an entity's mentions tell, when every titled mention tells the same one; else null. */
  static Sex ofTitles(LocalEntity e) {
    Sex sex = null;
    for (LocalEntity.Named n : e.mentions) {
      Sex s = ofTitle(n.mention().text(), n.name());
      if (s != null) {
        if (sex != null && sex != s) {
          return null;
        }
        sex = s;
      }
    }
    return sex;
  }

  private static Sex titleSex(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return FEMALE_TITLES.contains(w) ? Sex.FEMALE : MALE_TITLES.contains(w) ? Sex.MALE : null;
  }

  /** The sex the first name of a full name of two words or more tells, or null. */
  static Sex ofFullName(String fullName) {
    List<String> words = Names.words(fullName);
    return words.size() < 2 ? null : FIRST_NAMES.get(words.get(0).toLowerCase(Locale.ROOT));
  }

  /** Whether a titled short form cannot name the person of {@code fullName}: both sexes known and different. */
  static boolean disagree(Sex titled, String fullName) {
    if (titled == null) {
      return false;
    }
    Sex full = ofFullName(fullName);
    return full != null && full != titled;
  }

  private static Map<String, Sex> load() {
    InputStream raw = Sexes.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Sex> out = new HashMap<>(32_768);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          out.put(line.substring(0, tab), Sex.valueOf(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}
