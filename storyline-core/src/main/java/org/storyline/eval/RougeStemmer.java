package org.storyline.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer of ROUGE-1.5.5 ("Release 1" with C.-Y. Lin's step-4 change), rule by rule, so
 * that ROUGE counts here are the ones the Perl script gives. Not a general-purpose stemmer: it
 * expects the lowercase ASCII tokens ROUGE makes.
 */
final class RougeStemmer {

  private static final String C1 = "[^aeiou]";
  private static final String V1 = "[aeiouy]";
  private static final String CS = C1 + "[^aeiouy]*";
  private static final String VS = V1 + "[aeiou]*";
  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");
  private static final Pattern PLURAL_SSES = Pattern.compile("(ss|i)es$");
  private static final Pattern PLURAL_S = Pattern.compile("([^s])s$");
  private static final Pattern EED = Pattern.compile("eed$");
  private static final Pattern ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern Y = Pattern.compile("y$");
  private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
      + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Map<String, String> STEP2_TO = Map.ofEntries(Map.entry("ational", "ate"),
      Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"), Map.entry("izer", "ize"),
      Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
      Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"), Map.entry("ator", "ate"),
      Map.entry("alism", "al"), Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
      Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Map<String, String> STEP3_TO = Map.of("icate", "ic", "ative", "", "alize", "al",
      "iciti", "ic", "ical", "ic", "ful", "", "ness", "");
  private static final Pattern STEP4 = Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern MENT = Pattern.compile("ment$");
  private static final Pattern ENT = Pattern.compile("ent$");
  private static final Pattern SION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern E = Pattern.compile("e$");
  private static final Pattern LL = Pattern.compile("ll$");

  private RougeStemmer() {}

  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    boolean initialY = word.charAt(0) == 'y';
    String w = initialY ? "Y" + word.substring(1) : word;
    w = step1a(w);
    w = step1b(w);
    w = step1c(w);
    w = replaceSuffix(w, STEP2, MGR0, STEP2_TO);
    w = replaceSuffix(w, STEP3, MGR0, STEP3_TO);
    w = step4(w);
    w = step5(w);
    if (initialY) {
      w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
    }
    return w;
  }

  private static String step1a(String w) {
    Matcher m = PLURAL_SSES.matcher(w);
    if (m.find()) {
      return w.substring(0, m.start()) + m.group(1);
    }
    m = PLURAL_S.matcher(w);
    return m.find() ? w.substring(0, m.start()) + m.group(1) : w;
  }

  private static String step1b(String w) {
    Matcher m = EED.matcher(w);
    if (m.find()) {
      return MGR0.matcher(w.substring(0, m.start())).find() ? w.substring(0, w.length() - 1) : w;
    }
    m = ED_ING.matcher(w);
    if (!m.find()) {
      return w;
    }
    String stem = w.substring(0, m.start());
    if (!HAS_VOWEL.matcher(stem).find()) {
      return w;
    }
    if (AT_BL_IZ.matcher(stem).find()) {
      return stem + "e";
    }
    if (DOUBLE.matcher(stem).find()) {
      return stem.substring(0, stem.length() - 1);
    }
    return CVC.matcher(stem).find() ? stem + "e" : stem;
  }

  private static String step1c(String w) {
    Matcher m = Y.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        return stem + "i";
      }
    }
    return w;
  }

  private static String replaceSuffix(String w, Pattern suffix, Pattern measure, Map<String, String> to) {
    Matcher m = suffix.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (measure.matcher(stem).find()) {
        return stem + to.get(m.group(1));
      }
    }
    return w;
  }

  private static String step4(String w) {
    w = dropSuffix(w, STEP4);
    w = dropSuffix(w, MENT);
    Matcher m = ENT.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      return MGR1.matcher(stem).find() ? stem : w;
    }
    m = SION.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start()) + m.group(1);
      return MGR1.matcher(stem).find() ? stem : w;
    }
    return w;
  }

  private static String dropSuffix(String w, Pattern suffix) {
    Matcher m = suffix.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        return stem;
      }
    }
    return w;
  }

  private static String step5(String w) {
    Matcher m = E.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (LL.matcher(w).find() && MGR1.matcher(w).find()) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
