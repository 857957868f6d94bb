package org.storyline.reconcile.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.EntityType;

/**
 * The normal forms of names the resolver compares.
 *
 * <ul>
 *   <li>{@link #clean}: the name as a reader would cite it: determiners, possessives, leading
 *       lower-case words ("its new iPhone 4" is "iPhone 4") and, for persons, titles ("Russian
 *       President Vladimir Putin" is "Vladimir Putin") taken off.
 *   <li>{@link #fold}: a key that spelling variants share: lower case, no diacritics or
 *       punctuation, and the usual transliteration variants folded (y/i/j, kh/h, ph/f, w/v, doubled
 *       letters), so Zelensky, Zelenskyy and Zelenskiy, or Sergey and Sergei, fold alike.
 * </ul>
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those");

  /** Words of titles and offices put before a person's name. */
  private static final Set<String> TITLES = Set.of(
      "president", "vice", "prime", "minister", "foreign", "defense", "defence", "secretary", "of", "state", "general",
      "sen", "senator", "rep", "representative", "gov", "governor", "mr", "mrs", "ms", "miss", "dr", "prof",
      "professor", "chancellor", "king", "queen", "prince", "princess", "pope", "spokesman", "spokeswoman",
      "spokesperson", "press", "chairman", "chairwoman", "chair", "ceo", "director", "ambassador", "envoy",
      "adviser", "advisor", "deputy", "chief", "leader", "commander", "lt", "col", "gen", "adm", "admiral",
      "judge", "justice", "sir", "lord", "lady", "mayor", "premier", "executive", "founder", "co-founder",
      "national", "security", "interior", "finance", "attorney", "speaker", "senior", "former", "top", "u.s.",
      "us", "uk", "eu", "un", "nato", "white", "house", "kremlin", "pentagon", "sgt", "capt", "maj", "officer",
      // ranks of police and sheriff's offices, and clergy: local news names its sources so
      "detective", "det", "sheriff", "lieutenant", "sergeant", "captain", "corporal", "cpl", "trooper",
      "investigator", "pastor", "reverend", "rev");

  /** Words that end an organisation's name without telling one organisation from another. */
  private static final Set<String> COMPANY_SUFFIXES = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "ag", "sa",
      "gmbh", "nv", "group");

  /** Words skipped when the initials of a name are taken for an acronym. */
  private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "in", "on", "at", "to", "de", "&");

  private Names() {}

  /** The words of a name, split on white space. */
  static List<String> words(String name) {
    String s = name.strip();
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || isSpace(s.charAt(i));
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** White space as regular expressions' {@code \s} has it: space, tab, line breaks, form feed. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A letter or a number (regular expressions' {@code \p{L}} and {@code \p{N}}). */
  private static boolean isWordChar(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /**
   * The name as cited: leading determiners and lower-case words, a possessor ("Apple 's iTunes"
   * is "iTunes"), a trailing possessive and punctuation removed; for persons also leading
   * titles. Never empty for a name with a letter or digit in it.
   */
  public static String clean(String name, EntityType type) {
    List<String> w = new ArrayList<>(words(name.replace('\u2019', '\'')));
    // a possessor: keep what is owned ("Apple 's iTunes" -> "iTunes")
    for (int i = w.size() - 2; i >= 0; i--) {
      String x = w.get(i);
      boolean apart = i >= 1 && (x.equals("'s") || x.equals("'"));
      if (apart || (x.length() > 2 && (x.endsWith("'s") || x.endsWith("'")))) {
        List<String> owned = w.subList(i + 1, w.size());
        if (!NameWords.possessiveIsPartOfName(apart ? w.get(i - 1) : x, owned)) {
          w = new ArrayList<>(owned);
        }
        break;
      }
    }
    stripEdges(w);
    if (!w.isEmpty()) {
      String last = w.get(w.size() - 1);
      if (last.endsWith("'s") && last.length() > 2) {
        w.set(w.size() - 1, last.substring(0, last.length() - 2));
      } else if (last.endsWith("'") && last.length() > 1) {
        w.set(w.size() - 1, last.substring(0, last.length() - 1));
      }
    }
    while (!w.isEmpty() && !isNameWord(w.get(0))) {
      w.remove(0);
    }
    if (type == EntityType.PERSON) {
      while (w.size() > 1 && isTitle(w.get(0), w.get(1), w.size())) {
        w.remove(0);
      }
    }
    stripEdges(w);
    String out = String.join(" ", w);
    return out.isEmpty() ? name.strip() : out;
  }

  private static void stripEdges(List<String> w) {
    while (!w.isEmpty() && (isPunct(w.get(w.size() - 1)) || isMinor(w.get(w.size() - 1)))) {
      w.remove(w.size() - 1);
    }
    while (!w.isEmpty() && (isPunct(w.get(0)) || DETERMINERS.contains(w.get(0).toLowerCase(Locale.ROOT)))) {
      w.remove(0);
    }
    if (!w.isEmpty()) {
      String last = w.get(w.size() - 1);
      int end = last.length();
      while (end > 0 && ",;:!?".indexOf(last.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > 0) {
        w.set(w.size() - 1, last.substring(0, end));
      }
    }
  }

  /** Whether {@code word}, followed by {@code next} in a name of {@code size} words, is a title to take off. */
  private static boolean isTitle(String word, String next, int size) {
    String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (TITLES.contains(lower) || TITLES.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // a nationality or institution before a title: "Russian President", "Kremlin spokesman"; only
    // with a name after the title, since "Justin King" is a first name and a surname that is a title
    String n = next.toLowerCase(Locale.ROOT).replace(".", "");
    return size > 2 && Character.isUpperCase(word.charAt(0)) && TITLES.contains(n) && !n.equals("of")
        && !n.equals("state") && !n.equals("house");
  }

  /** A word that can be part of a name: it has an upper-case letter or a digit ("iPhone", "3G"). */
  static boolean isNameWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** A word of punctuation alone: no letter, number or space in it. */
  private static boolean isPunct(String word) {
    return !word.isEmpty() && word.codePoints().noneMatch(c -> isWordChar(c) || isSpace(c));
  }

  private static boolean isMinor(String word) {
    return MINOR.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a lower-case word is one the initials of an acronym skip ("of", "and", "the"). */
  static boolean isMinorWord(String lowerWord) {
    return MINOR.contains(lowerWord);
  }

  /** Lower case, without diacritics or punctuation (hyphens become spaces), white space folded. */
  public static String plain(String name) {
    String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '-' || c == '\'' || c == '\u2019' || isSpace(c)) {
        gap = out.length() > 0;
      } else if (isWordChar(c)) {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.appendCodePoint(c);
      } // other punctuation, '&' included, goes without a gap: "A&M" is "am"
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /**
   * Names folded lately: a name is folded again by each rule that compares it and each time its
   * story is resolved, and folding (accents, case, word by word) costs more than a look-up. Emptied when full.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_FOLDED = 1 << 16;

  /** {@link #plain} with transliteration variants folded, word by word. */
  public static String fold(String name) {
    String folded = FOLDED.get(name);
    if (folded == null) {
      if (FOLDED.size() >= MAX_FOLDED) {
        FOLDED.clear();
      }
      folded = foldNow(name);
      FOLDED.put(name, folded);
    }
    return folded;
  }

  private static String foldNow(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : words(plain(name))) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(foldWord(w));
    }
    return out.toString();
  }

  /**
   * One lower-case word with transliteration variants folded: "zelenskyy" and "zelenskiy" give
   * "zelenski". Words of three letters or fewer stay as they are: they are abbreviations and
   * initials more often than transliterations ("WA" and "VA", "NJ" and "NY" are different states).
   */
  static String foldWord(String w) {
    if (w.length() <= 3) {
      return w;
    }
    String s = w.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace('w', 'v')
        .replace('j', 'y').replace('y', 'i');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    String f = out.toString();
    if (f.endsWith("ei") && f.length() > 3) { // Sergei, Sergey -> sergi... keep the last vowel apart
      f = f.substring(0, f.length() - 2) + "i";
    }
    return f;
  }

  /**
   * The key under which two names of one type are the same name: {@link #fold}ed, an acronym
   * only {@link #plain} (letters, not sounds), and for the types other than persons without a
   * company suffix or country qualifier ({@link #withoutCompanySuffix}).
   */
  static String matchKey(String name, EntityType type) {
    String plain = plain(name);
    if (isAcronym(name)) {
      return plain;
    }
    return fold(type == EntityType.PERSON ? plain : withoutCompanySuffix(plain));
  }

  /** Country qualifiers an organisation's name may or may not start with ("U.S. State Department"). */
  private static final Set<String> QUALIFIERS = Set.of("us", "usa", "uk", "eu", "un", "american", "british");

  /** Ministries written both ways: "Department of State" is "State Department". */
  private static final Set<String> OFFICES = Set.of("department", "ministry", "office");

  /**
   * The plain name of an organisation, location or thing as the resolver keys it: without a
   * trailing company suffix ("Apple Inc." is "apple"), a leading country qualifier before two
   * words or more ("U.S. State Department"), and "department of state" turned "state department".
   */
  static String withoutCompanySuffix(String plainName) {
    List<String> w = new ArrayList<>(words(plainName));
    while (w.size() > 1 && COMPANY_SUFFIXES.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    if (w.size() > 2 && QUALIFIERS.contains(w.get(0))) {
      w.remove(0);
    }
    if (w.size() == 3 && OFFICES.contains(w.get(0)) && w.get(1).equals("of")) {
      w = new ArrayList<>(List.of(w.get(2), w.get(0)));
    }
    return String.join(" ", w);
  }

  /**
   * Whether a name of another type is really a person named with a title ("US President Joe
   * Biden", "Secretary of State Antony Blinken"): titles come off and a first name and surname
   * remain.
   */
  static boolean isTitledPerson(String asPerson, String asOther) {
    List<String> w = words(asPerson);
    return !asPerson.equals(asOther) && w.size() >= 2 && w.size() <= 3
        && w.stream().allMatch(x -> Character.isUpperCase(x.charAt(0)))
        && !NameWords.isStreetEnd(w.get(w.size() - 1)); // "Prince William County" is a county
  }

  /**
   * Whether {@code name} is written like an acronym: 2 to 8 letters, all upper case once dots
   * are removed ("NATO", "U.S.", "OSCE").
   */
  static boolean isAcronym(String name) {
    String s = name.replace(".", "").replace("&", "");
    if (s.length() < 2 || s.length() > 8 || s.contains(" ")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i)) && !Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code acronym} stands for {@code longName}: the initials of its words, with or without
   * the minor words (of, for, and, in ...), spell it. "OSCE" stands for "Organization for Security
   * and Co-operation in Europe", "U.S." for "United States".
   */
  static boolean isAcronymOf(String acronym, String longName) {
    return isAcronym(acronym) && initials(longName).contains(acronymLetters(acronym));
  }

  /** The letters of an acronym as {@link #initials} spells them: "U.S." is "us". */
  static String acronymLetters(String acronym) {
    return acronym.replace(".", "").replace("&", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The acronyms a name of two words or more can have: the initials of all its words, and of its
   * words other than the minor ones (one of them when they agree); none for a shorter name.
   */
  static Set<String> initials(String longName) {
    List<String> w = words(longName);
    if (w.size() < 2) {
      return Set.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder major = new StringBuilder();
    for (String word : w) {
      String p = plain(word.replace('-', '_')).replace("_", "");
      if (p.isEmpty()) {
        continue;
      }
      all.append(p.charAt(0));
      if (!MINOR.contains(p)) {
        major.append(p.charAt(0));
      }
    }
    String a = all.toString();
    String m = major.toString();
    return a.equals(m) ? Set.of(a) : Set.of(a, m);
  }
}
