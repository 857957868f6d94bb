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

  private static boolean fitsPronoun(Mention m, String pronoun) {
    return switch (pronoun) {
      case "he", "she" -> m.kind() == Speaker.Kind.PERSON || m.kind() == Speaker.Kind.DESCRIPTION && !m.plural();
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
