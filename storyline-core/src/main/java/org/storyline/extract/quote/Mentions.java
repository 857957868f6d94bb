package org.storyline.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/**
 * The people, organisations and described sources of one article, in the order they are met,
 * and how a pronoun, a bare description ("the official") or a surname resolves against them.
 */
final class Mentions {

  private final List<Mention> mentions = new ArrayList<>();
  /** Last word of a full name, lower-cased, to the full name ("blinken" to "Antony Blinken"). */
  private final Map<String, String> fullNames = new HashMap<>();
  /** Words the article writes in lower case somewhere, outside quotations: common words, not names. */
  private final java.util.Set<String> commonWords = new java.util.HashSet<>();

  void addCommonWord(String word) {
    commonWords.add(word);
  }

  /** Whether a capitalised word is written in lower case elsewhere in the article ("Once", "Following"). */
  boolean isCommonWord(String capitalised) {
    return commonWords.contains(capitalised.toLowerCase(Locale.ROOT));
  }

  /** Person's full name, or a description's head, to 'm' or 'f' where the article shows it. */
  private final Map<String, Character> genders = new HashMap<>();
  /** Votes for a full name's gender from the pronouns that follow it: name to (he count, she count). */
  private final Map<String, int[]> votes = new HashMap<>();

  private static final java.util.Set<String> MALE = java.util.Set.of(
      "mr.", "mr", "he", "him", "his", "himself", "spokesman", "congressman", "chairman", "man", "father", "husband",
      "son", "brother", "king", "prince", "businessman", "grandfather", "boy", "uncle", "nephew", "sir");
  private static final java.util.Set<String> FEMALE = java.util.Set.of(
      "mrs.", "mrs", "ms.", "ms", "she", "her", "hers", "herself", "spokeswoman", "congresswoman", "chairwoman",
      "woman", "mother", "wife", "daughter", "sister", "queen", "princess", "businesswoman", "grandmother", "girl",
      "aunt", "niece", "widow", "actress", "madam");

  /** 'm', 'f' or 0 for a word that marks a gender (a title, a pronoun, a gendered noun). */
  static char genderOf(String lowerWord) {
    return MALE.contains(lowerWord) ? 'm' : FEMALE.contains(lowerWord) ? 'f' : 0;
  }

  /** A pronoun or title seen near a person's name: one vote for that gender. */
  void vote(String fullName, char gender) {
    int[] v = votes.computeIfAbsent(fullName, k -> new int[2]);
    v[gender == 'm' ? 0 : 1]++;
  }

  /** The gender of a mention, where its title, head or the pronouns after its name show one; else 0. */
  char gender(Mention m) {
    if (m.kind() == Speaker.Kind.DESCRIPTION) {
      return genderOf(m.head());
    }
    if (m.kind() != Speaker.Kind.PERSON) {
      return 0;
    }
    for (String word : m.head().split(" ")) {
      char g = genderOf(word);
      if (g != 0) {
        return g;
      }
    }
    int[] v = votes.get(fullName(m.name()));
    if (v == null || v[0] == v[1]) {
      return 0;
    }
    return v[0] > 2 * v[1] ? 'm' : v[1] > 2 * v[0] ? 'f' : 0;
  }

  void add(Mention m) {
    mentions.add(m);
  }

  void addFullName(String fullName) {
    int space = fullName.lastIndexOf(' ');
    if (space > 0) {
      fullNames.putIfAbsent(fullName.substring(space + 1).toLowerCase(Locale.ROOT), fullName);
    }
  }

  /** The fullest name the article gives a person called {@code name}. */
  String fullName(String name) {
    if (name.indexOf(' ') >= 0) {
      return name;
    }
    return fullNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  boolean isKnownSurname(String name) {
    return fullNames.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * "he", "she", "they", "it" at {@code at}: the most recent compatible mention earlier in the
   * same paragraph, else the most recent compatible speaker, else the most recent compatible
   * mention.
   */
  Speaker pronoun(String pronoun, Span at, int paragraphStart) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    Mention inParagraph = null;
    Mention speaker = null;
    Mention any = null;
    for (Mention m : mentions) {
      if (m.span().start() >= at.start() || !fitsPronoun(m, p)) {
        continue;
      }
      if (any == null || m.span().start() >= any.span().start()) {
        any = m;
      }
      if (m.speaker() && (speaker == null || m.span().start() >= speaker.span().start())) {
        speaker = m;
      }
      if (m.span().start() >= paragraphStart && (inParagraph == null || m.span().start() >= inParagraph.span().start())) {
        inParagraph = m;
      }
    }
    Mention best = inParagraph != null ? inParagraph : speaker != null ? speaker : any;
    if (best == null) {
      return new Speaker(pronoun, Speaker.Kind.UNRESOLVED, at, at, null);
    }
    return new Speaker(best.name(), best.kind(), at, best.span(), null);
  }

  private boolean fitsPronoun(Mention m, String pronoun) {
    return switch (pronoun) {
      case "he", "she" -> (m.kind() == Speaker.Kind.PERSON || m.kind() == Speaker.Kind.DESCRIPTION && !m.plural())
          && gender(m) != (pronoun.equals("he") ? 'f' : 'm');
      case "they" -> m.plural() || m.kind() == Speaker.Kind.ORGANISATION;
      case "it" -> m.kind() == Speaker.Kind.ORGANISATION;
      default -> false;
    };
  }

  /**
   * "the official", "the spokesman" at {@code at}: the mention before it with that head that the
   * article mentions most often, the most recent of equals; null when there is none.
   */
  Speaker description(String head, Span at) {
    Map<String, Integer> counts = new HashMap<>();
    Mention best = null;
    int bestCount = 0;
    for (Mention m : mentions) {
      if (m.span().start() >= at.start()) {
        continue;
      }
      int count = counts.merge(m.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
      if (m.fits(head) && m.kind() != Speaker.Kind.ORGANISATION && count >= bestCount) {
        best = m;
        bestCount = count;
      }
    }
    if (best == null) {
      return null;
    }
    // counts of names met after the best one may have grown it further: recount for the winner
    return new Speaker(best.name(), best.kind(), at, best.span(), null);
  }
}
