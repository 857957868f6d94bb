package org.storyline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.EntityType;

/**
 * Rules that stand over the tagger's chunks of one sentence, for mistakes a token-by-token tagger
 * makes on name shapes that are rare in its training news but common in today's:
 *
 * <ul>
 *   <li>pronouns are never mentions;
 *   <li>edges that cannot belong to a name are cut: weekday names ("Putin Tuesday"), punctuation
 *       ("Nansen ."), lower-case words ("Associated Press contributed") other than name particles
 *       that lead into a capitalised word ("van der Sar");
 *   <li>a person's name with particles is one person: "Ursula" + "von der" + "Leyen" (the tagger
 *       leaves the particles out and often gives the last part another type);
 *   <li>a title inside a chunk separates an organisation from the person that follows it:
 *       "European Council President Charles Michel" is "European Council" and "Charles Michel";
 *   <li>a name that ends with "in" before a place the tagger cut off is continued when its words
 *       make it an institution's name: "Organization for Security and Co-operation" + "in" +
 *       "Europe".
 * </ul>
 *
 * <p>Each rule only looks at the words and chunk types, so the same rules apply to the CoNLL
 * evaluation and to articles.
 */
final class ChunkRepair {

  private static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
      "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves",
      "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "this", "that", "these", "those");

  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Lower-case words inside personal names. */
  private static final Set<String> PARTICLES = Set.of(
      "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "ibn",
      "al", "el", "ter", "ten", "zu");

  /** Lower-case words that end a name when the tagger runs on past it ("Associated Press and by David"). */
  private static final Set<String> STRAYS = Set.of(
      "by", "said", "says", "told", "from", "after", "before", "with", "was", "were", "has", "had", "have", "will",
      "would", "also", "still", "who", "which", "that", "while", "when");

  /** Words that never end a name. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "but", "as", "than");

  /** Titles written before a person's name. */
  private static final Set<String> TITLES = Set.of(
      "president", "chancellor", "minister", "secretary", "chairman", "chairwoman", "governor", "director",
      "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "premier", "envoy", "ceo",
      "chief", "head", "leader", "senator", "mayor", "coach", "adviser", "advisor");

  /** Words that may sit between a title and the name: "Secretary General", "Prime Minister". */
  private static final Set<String> TITLE_PARTS = Set.of(
      "general", "prime", "foreign", "defence", "defense", "deputy", "vice", "executive", "finance", "interior",
      "national", "security", "press");

  /** Head words of institutions whose names go on with "in" and a place. */
  private static final Set<String> INSTITUTIONS = Set.of(
      "organization", "organisation", "conference", "commission", "council", "committee", "union", "association",
      "agency", "federation", "mission", "office", "court", "bank", "institute", "fund", "programme", "program");

  private ChunkRepair() {}

  /** The repaired chunks of one sentence, in order, not overlapping. */
  static List<EntityChunk> repair(List<EntityChunk> chunks, List<String> words) {
    List<EntityChunk> out = new ArrayList<>(chunks.size());
    for (EntityChunk c : chunks) {
      for (EntityChunk part : splitAtStrayWords(splitAtTitle(c, words), words)) {
        EntityChunk trimmed = trimEdges(part, words);
        if (trimmed != null && !isPronoun(trimmed, words)) {
          out.add(trimmed);
        }
      }
    }
    return continueIntoPlace(joinParticles(out, words), words);
  }

  /**
   * The chunks split at lower-case words that do not occur inside names ("Associated Press and by
   * David"): the tagger ran on past the name's end.
   */
  static List<EntityChunk> splitAtStrayWords(List<EntityChunk> chunks, List<String> words) {
    List<EntityChunk> out = new ArrayList<>(chunks.size());
    for (EntityChunk c : chunks) {
      int from = c.start();
      for (int i = c.start() + 1; i < c.end() - 1; i++) {
        String w = words.get(i);
        if (STRAYS.contains(w)) {
          if (anyCapitalised(words, from, i)) {
            out.add(new EntityChunk(from, i, c.type()));
          }
          from = i + 1;
        }
      }
      if (from == c.start()) {
        out.add(c);
      } else if (anyCapitalised(words, from, c.end())) {
        out.add(new EntityChunk(from, c.end(), c.type()));
      }
    }
    return out;
  }

  /** The chunk without edge words that cannot belong to a name; null if nothing is left. */
  static EntityChunk trimEdges(EntityChunk c, List<String> words) {
    int start = c.start();
    int end = c.end();
    while (start < end && !canOpen(words.get(start))) {
      start++;
    }
    while (end > start && !canClose(words, start, end - 1)) {
      end--;
    }
    return start == end ? null : start == c.start() && end == c.end() ? c : new EntityChunk(start, end, c.type());
  }

  /** Lower-case words may open a name ("serie A", "interior ministry"); weekdays and punctuation may not. */
  private static boolean canOpen(String w) {
    return hasLetterOrDigit(w) && !WEEKDAYS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word at {@code last} may close a name that starts at {@code start}: not a weekday,
   * not punctuation other than a bracket the name opened ("Mladost ( L )") or a possessive
   * ("Lord 's"), not a function word or a verb in the past after a capitalised word ("Associated
   * Press contributed"). Other lower-case words stay: CoNLL names end in "party", "championship".
   */
  private static boolean canClose(List<String> words, int start, int last) {
    String w = words.get(last);
    if (w.equals(")")) {
      return words.subList(start, last).contains("(");
    }
    if (w.startsWith("'") || w.equals(".") && last > start && isAbbreviation(words.get(last - 1))) {
      return true; // "Lord 's"; CoNLL's own tokens split abbreviations: "Colo ." "Co ."
    }
    if (!canOpen(w)) {
      return false;
    }
    return !(isRunOnWord(w) && anyCapitalised(words, start, last));
  }

  private static boolean isAbbreviation(String w) {
    return w.length() <= 4 && isCapitalised(w);
  }

  private static boolean isRunOnWord(String w) {
    return FUNCTION_WORDS.contains(w) || STRAYS.contains(w) || w.length() > 4 && w.endsWith("ed") && isLowerCaseWord(w);
  }

  /** "Ursula" "von der" "Leyen": the particles and the capitalised word after them join a person. */
  static List<EntityChunk> joinParticles(List<EntityChunk> chunks, List<String> words) {
    List<EntityChunk> out = new ArrayList<>(chunks.size());
    for (int k = 0; k < chunks.size(); k++) {
      EntityChunk c = chunks.get(k);
      int p = c.end();
      while (p < words.size() && PARTICLES.contains(words.get(p))) {
        p++;
      }
      if (c.type() != EntityType.PERSON || p == c.end() || p >= words.size() || !isCapitalised(words.get(p))) {
        out.add(c);
        continue;
      }
      int end = p + 1;
      if (k + 1 < chunks.size() && chunks.get(k + 1).start() == p) {
        end = chunks.get(++k).end();
      } else if (k + 1 < chunks.size() && chunks.get(k + 1).start() < end) {
        out.add(c); // the next chunk overlaps the word after the particles in another way: leave both
        continue;
      }
      out.add(new EntityChunk(c.start(), end, EntityType.PERSON));
    }
    return out;
  }

  /**
   * "European Council President Charles Michel": an organisation's, place's or group's chunk with a
   * title inside, followed only by capitalised words, is that chunk up to the title and a person
   * after it.
   */
  static List<EntityChunk> splitAtTitle(EntityChunk c, List<String> words) {
    if (c.type() == EntityType.PERSON) {
      return List.of(c);
    }
    for (int t = c.start() + 1; t < c.end() - 1; t++) {
      if (!TITLES.contains(words.get(t).toLowerCase(Locale.ROOT)) || !isCapitalised(words.get(t))) {
        continue;
      }
      int name = t + 1;
      while (name < c.end() && TITLE_PARTS.contains(words.get(name).toLowerCase(Locale.ROOT))) {
        name++;
      }
      int first = t;
      while (first > c.start() + 1 && TITLE_PARTS.contains(words.get(first - 1).toLowerCase(Locale.ROOT))) {
        first--;
      }
      if (name < c.end() && allCapitalised(words, name, c.end())) {
        return List.of(new EntityChunk(c.start(), first, c.type()), new EntityChunk(name, c.end(), EntityType.PERSON));
      }
    }
    return List.of(c);
  }

  /**
   * "Organization for Security and Co-operation" "in" "Europe": an institution's name that spells
   * out its remit ("for", "on" inside) goes on over "in" and the place the tagger cut off.
   */
  static List<EntityChunk> continueIntoPlace(List<EntityChunk> chunks, List<String> words) {
    List<EntityChunk> out = new ArrayList<>(chunks.size());
    for (int k = 0; k < chunks.size(); k++) {
      EntityChunk c = chunks.get(k);
      int in = c.end();
      if (c.type() == EntityType.ORGANIZATION && k + 1 < chunks.size() && in + 1 < words.size()
          && words.get(in).equals("in") && chunks.get(k + 1).start() == in + 1
          && chunks.get(k + 1).type() == EntityType.LOCATION && spellsOutRemit(c, words)) {
        out.add(new EntityChunk(c.start(), chunks.get(++k).end(), EntityType.ORGANIZATION));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean spellsOutRemit(EntityChunk c, List<String> words) {
    if (!INSTITUTIONS.contains(words.get(c.start()).toLowerCase(Locale.ROOT)) || c.end() - c.start() < 3) {
      return false;
    }
    String remit = words.get(c.start() + 1);
    return remit.equals("for") || remit.equals("on");
  }

  private static boolean isPronoun(EntityChunk c, List<String> words) {
    return c.end() - c.start() == 1 && PRONOUNS.contains(words.get(c.start()).toLowerCase(Locale.ROOT));
  }

  private static boolean anyCapitalised(List<String> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isCapitalised(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(List<String> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word of letters with no capital at all ("contributed", "and"); "pro-Russian" and "iPhone" are not. */
  private static boolean isLowerCaseWord(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }
}
