package org.storyline.extract.quote;

import static org.storyline.extract.quote.Lexicon.DETERMINERS;
import static org.storyline.extract.quote.Lexicon.PRONOUNS;
import static org.storyline.extract.quote.Lexicon.STOPS;

import java.util.Set;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/** Finds speaker phrases next to a cue and reads who they name. */
final class Phrases {

  private static final Set<String> LINKS = Set.of("of", "for", "at");

  private Phrases() {}

  /**
   * The first token of the noun phrase that ends at token {@code last}, looking no further left
   * than {@code floor}; -1 when {@code last} cannot end one.
   */
  static int leftEdge(Paragraph p, int last, int floor) {
    int first = -1;
    int count = 0;
    if (last >= floor && p.words[last].equals(")")) {
      int open = last - 1;
      while (open > floor && !p.words[open].equals("(") && last - open < 8) {
        open--;
      }
      if (open > floor && p.words[open].equals("(")) {
        last = open - 1; // "Rep. Gwen Moore (D-Wis.)"
      }
    }
    for (int k = last; k >= floor && count < 12; k--, count++) {
      String w = p.words[k];
      String l = p.lower[k];
      if (p.inQuote(k)) {
        break;
      }
      if (Lexicon.isPossessive(w)) {
        if (first < 0) {
          break;
        }
        first = k;
        continue;
      }
      if (!Lexicon.isWord(w)) {
        break;
      }
      if (PRONOUNS.contains(l)) {
        return first < 0 ? k : first;
      }
      if (LINKS.contains(l)) {
        if (first < 0 || k - 1 < floor || !Lexicon.isWord(p.words[k - 1]) || STOPS.contains(p.lower[k - 1])) {
          break;
        }
        first = k;
        continue;
      }
      if (DETERMINERS.contains(l)) {
        if (first < 0) {
          break;
        }
        first = k;
        if (k - 1 >= floor && LINKS.contains(p.lower[k - 1])) {
          continue;
        }
        break;
      }
      if (STOPS.contains(l) || Lexicon.isReporting(l) && !Lexicon.isCapitalised(w)) {
        break;
      }
      if (first < 0 && !Lexicon.isCapitalised(w) && (l.endsWith("ly") || Lexicon.AUXILIARIES.contains(l))) {
        break;
      }
      first = k;
    }
    return trimLinks(p, first, last);
  }

  private static int trimLinks(Paragraph p, int first, int last) {
    while (first >= 0 && first <= last && LINKS.contains(p.lower[first])) {
      first++;
    }
    return first > last ? -1 : first;
  }

  /** The end (exclusive) of the noun phrase that starts at {@code from}; {@code from} when none. */
  static int rightEnd(Paragraph p, int from, int limit) {
    int k = from;
    while (k < limit && k - from < 10) {
      String w = p.words[k];
      String l = p.lower[k];
      if (p.inQuote(k)) {
        break;
      }
      if (Lexicon.isPossessive(w) && k > from) {
        k++;
        continue;
      }
      if (!Lexicon.isWord(w)) {
        break;
      }
      if (k == from && DETERMINERS.contains(l) || k > from && LINKS.contains(l)) {
        k++;
        continue;
      }
      if (k > from && DETERMINERS.contains(l) && LINKS.contains(p.lower[k - 1])) {
        k++;
        continue;
      }
      if (STOPS.contains(l) || Lexicon.isReporting(l) || k > from && Lexicon.TIME_WORDS.contains(l)) {
        break;
      }
      if (PRONOUNS.contains(l)) {
        return k == from ? k + 1 : k;
      }
      if (l.equals("who")) {
        break; // "said one source who identified Sullivan"
      }
      if (k > from && !Lexicon.isCapitalised(w) && Lexicon.isCapitalised(p.words[k - 1])
          && !DETERMINERS.contains(p.lower[k - 1]) // a sentence's "The email", not a name
          && !Lexicon.PERSON_HEADS.contains(l) && (Lexicon.isCapitalised(p.words[from]) || !headAhead(p, k, limit))) {
        break; // "Antony Blinken held talks", but "a longtime GOP data expert"
      }
      k++;
    }
    while (k > from && (LINKS.contains(p.lower[k - 1]) || DETERMINERS.contains(p.lower[k - 1]))) {
      k--;
    }
    return k;
  }

  /**
   * Whether a person head follows within a few lower-case words from {@code k}, before any stop
   * word: the lower-case words are the modifiers of a description ("GOP data expert").
   */
  private static boolean headAhead(Paragraph p, int k, int limit) {
    for (int j = k; j < Math.min(limit, k + 3); j++) {
      String l = p.lower[j];
      if (p.inQuote(j) || !Lexicon.isWord(p.words[j]) || Lexicon.isCapitalised(p.words[j]) || STOPS.contains(l)
          || Lexicon.isReporting(l)) {
        return false;
      }
      if (Lexicon.PERSON_HEADS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a speaker phrase may start at token {@code i} (after an inverted "said"). */
  static boolean startsPhrase(Paragraph p, int i, int limit) {
    if (i >= limit || p.inQuote(i) || !Lexicon.isWord(p.words[i])) {
      return false;
    }
    String l = p.lower[i];
    if (Lexicon.TIME_WORDS.contains(l) || STOPS.contains(l)) {
      return false;
    }
    return Lexicon.isCapitalised(p.words[i]) || DETERMINERS.contains(l) || Lexicon.PERSON_HEADS.contains(l)
        || PRONOUNS.contains(l) || modifiesSpeaker(p, i, limit);
  }

  /**
   * A lower-case word that opens a phrase ending in a name or a person head: "former Obama adviser
   * David Axelrod", "retired neurosurgeon Ben Carson".
   */
  private static boolean modifiesSpeaker(Paragraph p, int i, int limit) {
    if (Lexicon.isReporting(p.lower[i]) || Lexicon.AUXILIARIES.contains(p.lower[i]) || p.lower[i].endsWith("ly")) {
      return false;
    }
    int end = rightEnd(p, i, limit);
    return end > i + 1 && (Lexicon.isCapitalised(p.words[end - 1]) || Lexicon.PERSON_HEADS.contains(p.lower[end - 1]));
  }

  /** Who the tokens {@code [from, to)} name, resolved against what the article said before. */
  static Speaker speaker(Paragraph p, int from, int to, Mentions mentions) {
    Span mention = Span.of(p.starts[from], p.ends[to - 1]);
    if (to - from > 2 && p.words[to - 1].equals(")")) {
      int open = to - 2;
      while (open > from && !p.words[open].equals("(")) {
        open--;
      }
      if (open > from) {
        to = open; // "Sen. Claire McCaskill (D-Mo.)": the party tag is not the name
      }
    }
    String text = Span.of(p.starts[from], p.ends[to - 1]).of(p.text);
    String first = p.lower[from];
    if (to - from == 1 && !isNameLike(p, from, mentions)) {
      return null; // "Once", "Following", "2010"
    }
    if (to - from == 1 && PRONOUNS.contains(first)) {
      return mentions.pronoun(p.words[from], mention, p.start);
    }
    int body = from;
    while (body < to - 1 && DETERMINERS.contains(p.lower[body])) {
      body++;
    }
    String head = p.lower[to - 1];
    if (!Lexicon.isCapitalised(p.words[to - 1])) {
      boolean bare = first.equals("the") && allLower(p, body, to) && to - body <= 2;
      if (bare) {
        Speaker resolved = mentions.description(head, mention);
        if (resolved != null) {
          return resolved;
        }
      }
      boolean organisation = Lexicon.ORGANISATION_WORDS.contains(head) && !Lexicon.PERSON_HEADS.contains(head);
      return new Speaker(text, organisation ? Speaker.Kind.ORGANISATION : Speaker.Kind.DESCRIPTION, mention, mention, null);
    }
    // a capitalised run at the end: a name after its titles, or an organisation
    int run = to - 1;
    while (run > body && (Lexicon.isCapitalised(p.words[run - 1])
        || run - 2 >= body && LINKS.contains(p.lower[run - 1]) && Lexicon.isCapitalised(p.words[run - 2]))) {
      run--;
    }
    int nameStart = nameStart(p, run, to);
    boolean titled = nameStart > run;
    for (int k = body; k < run; k++) {
      if (Lexicon.TITLES.contains(p.lower[k]) || Lexicon.PERSON_HEADS.contains(p.lower[k])) {
        titled = true;
      }
    }
    if (isOrganisation(p, run, to)) {
      String name = Span.of(p.starts[run], p.ends[to - 1]).of(p.text);
      if (name.startsWith("The ")) {
        name = name.substring(4);
      }
      return new Speaker(name, Speaker.Kind.ORGANISATION, mention, mention, null);
    }
    if (nameStart >= to) {
      // "the Russian President": a title with no name
      Speaker resolved = first.equals("the") ? mentions.description(head, mention) : null;
      return resolved != null ? resolved : new Speaker(text, Speaker.Kind.DESCRIPTION, mention, mention, null);
    }
    String name = Span.of(p.starts[nameStart], p.ends[to - 1]).of(p.text);
    if (to - nameStart == 1 && !titled && !mentions.isKnownSurname(name)
        && (name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.indexOf('.') >= 0)) {
      return new Speaker(name, Speaker.Kind.ORGANISATION, mention, mention, null); // "NATO", "U.S."
    }
    return new Speaker(mentions.fullName(name), Speaker.Kind.PERSON, mention, mention, null);
  }

  /**
   * Whether a one-word phrase may name a speaker: a pronoun, a title or person head, or a
   * capitalised word the article never writes in lower case; not a number.
   */
  private static boolean isNameLike(Paragraph p, int k, Mentions mentions) {
    String l = p.lower[k];
    if (PRONOUNS.contains(l) || Lexicon.PERSON_HEADS.contains(l) || Lexicon.TITLES.contains(l)) {
      return true;
    }
    if (!Character.isLetter(p.words[k].codePointAt(0))) {
      return false;
    }
    return !Lexicon.isCapitalised(p.words[k]) || !mentions.isCommonWord(p.words[k])
        || mentions.isKnownSurname(p.words[k]); // "Trump", whatever "trump" may mean elsewhere
  }

  /** Where the name starts in a capitalised run {@code [run, to)}: after its last title. */
  static int nameStart(Paragraph p, int run, int to) {
    int nameStart = run;
    for (int k = run; k < to; k++) {
      if (Lexicon.TITLES.contains(p.lower[k])) {
        nameStart = k + 1;
        if (k + 2 < to && LINKS.contains(p.lower[k + 1])) {
          nameStart = k + 3; // "Secretary of State Antony Blinken"
          k += 2;
        }
      }
    }
    return nameStart;
  }

  /** A capitalised run is an organisation or a place when its last word says so ("Foreign Office"). */
  static boolean isOrganisation(Paragraph p, int from, int to) {
    return Lexicon.ORGANISATION_WORDS.contains(p.lower[to - 1]);
  }

  private static boolean allLower(Paragraph p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.isCapitalised(p.words[k])) {
        return false;
      }
    }
    return true;
  }

  /** The head word of a mention, for matching "the official" to "a senior administration official". */
  static String head(Paragraph p, int from, int to) {
    StringBuilder titles = new StringBuilder();
    for (int k = from; k < to; k++) {
      String l = p.lower[k];
      if (Lexicon.TITLES.contains(l) || Lexicon.PERSON_HEADS.contains(l)) {
        titles.append(titles.length() > 0 ? " " : "").append(l);
      }
    }
    return titles.toString();
  }
}
