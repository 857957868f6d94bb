package org.storyline.reconcile.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.lexicon.FirstNames;
import org.storyline.lexicon.Sex;

/**
 * The sex a person's title ("Mrs", "Sir") or first name tells, where it tells one for sure. The
 * resolver uses it to keep apart the relatives one surname names: "Mrs Jackson" is no short form of
 * "Michael Jackson", though it is one of "Katherine Jackson".
 *
 * <p>First names tell a sex through {@link FirstNames#sexOf}: only names that no source gives
 * to both sexes, so "Jordan", "Kim" or "Andrea" tell nothing.
 */
final class Sexes {

  private static final Set<String> FEMALE_TITLES = Set.of(
      "mrs", "ms", "miss", "mme", "madame", "madam", "lady", "dame", "queen", "princess", "duchess", "countess",
      "baroness", "spokeswoman", "chairwoman", "congresswoman");
  private static final Set<String> MALE_TITLES = Set.of(
      "mr", "sir", "lord", "king", "prince", "duke", "baron", "spokesman", "chairman", "congressman");

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
    return words.size() < 2 ? null : FirstNames.sexOf(words.get(0));
  }

  /** Whether a titled short form cannot name the person of {@code fullName}: both sexes known and different. */
  static boolean disagree(Sex titled, String fullName) {
    if (titled == null) {
      return false;
    }
    Sex full = ofFullName(fullName);
    return full != null && full != titled;
  }
}
