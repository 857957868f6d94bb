package org.storyline.reconcile.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of names that tell no two bodies apart. News names local bodies by a place and a common
 * head ("Ada County Sheriff's Office", "Akron Children's Hospital", "Detroit Police"): the heads are
 * shared by hundreds of bodies, so only the other words (usually a place) tell which one is meant,
 * and the resolver must decide with those.
 */
final class NameWords {

  /** Heads of the names of institutions: what kind of body a name names, not which one. */
  private static final Set<String> INSTITUTION_HEADS = Set.of(
      "police", "department", "dept", "sheriff", "sheriffs", "office", "offices", "hospital", "hospitals", "clinic",
      "university", "college", "school", "schools", "academy", "institute", "court", "courts", "jail", "prison",
      "fire", "rescue", "bureau", "agency", "patrol", "troopers", "deputies", "officers", "marshals", "marshal",
      "coroner", "examiner", "prosecutor", "attorney", "attorneys", "commission", "council", "board", "committee",
      "association", "church", "club", "team", "ministry", "services", "service", "division", "unit", "center",
      "centre", "news", "times", "post", "journal", "tribune", "herald", "gazette", "sentinel", "press", "daily",
      "station", "network", "radio", "tv", "stoppers", "government", "administration", "authority", "party", "agents");

  /** Heads that complete a body's short name into its full one ("Police" to "Police Department"). */
  private static final Set<String> COMPLETING = Set.of("department", "dept");

  /**
   * Words that qualify a head without naming a place of their own ("County Sheriff's Office",
   * "Metro Police"); "s" is what {@link Names#plain} leaves of a possessive ("sheriff s office").
   */
  private static final Set<String> QUALIFIERS = Set.of(
      "county", "city", "state", "parish", "town", "township", "village", "borough", "district", "metro",
      "metropolitan", "municipal", "regional", "local", "federal", "national", "public", "safety", "general",
      "memorial", "medical", "health", "community", "children", "childrens", "women", "womens", "high", "middle",
      "elementary", "superior", "circuit", "criminal", "justice", "correctional", "detention", "emergency",
      "highway", "homicide", "crime", "crimes", "investigation", "investigations", "communications", "special",
      "affairs", "s");

  /** Last words of streets and roads, which the recogniser sometimes takes for persons ("Howard Avenue"). */
  private static final Set<String> STREET_ENDS = Set.of(
      "street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "drive", "highway", "hwy", "parkway",
      "pkwy", "expressway", "freeway", "interstate", "county", "township", "apartments", "plaza", "terrace");

  /** Possessors that belong to the name they stand in ("Sheriff's Office", "Children's Hospital"). */
  private static final Set<String> NAME_POSSESSORS = Set.of(
      "sheriff", "coroner", "attorney", "attorneys", "prosecutor", "marshal", "marshals", "examiner", "children",
      "women", "men", "people", "veterans", "officers", "firefighters", "st", "saint");

  private NameWords() {}

  /** Whether this word names a kind of institution ("Police", "Office", "Hospital"), in any case. */
  static boolean isInstitutionHead(String word) {
    return INSTITUTION_HEADS.contains(lower(word));
  }

  /** Whether this word tells no body from another: a head, a qualifier or a minor word. */
  static boolean isGeneric(String word) {
    String w = lower(word);
    return w.isEmpty() || INSTITUTION_HEADS.contains(w) || QUALIFIERS.contains(w) || Names.isMinorWord(w);
  }

  /** Whether every word of a name is generic ("Police Department", "the County Sheriff's Office"). */
  static boolean allGeneric(List<String> words) {
    return words.stream().allMatch(NameWords::isGeneric);
  }

  /** Whether some word of these is an institution head. */
  static boolean hasInstitutionHead(List<String> words) {
    return words.stream().anyMatch(NameWords::isInstitutionHead);
  }

  /**
   * Whether {@code shortWords}, the first words of an organisation's name, can stand for it once
   * {@code dropped} are left off. When the dropped words hold a kind of body, only when the short
   * form holds one too and the dropped kind merely completes it: "Detroit Police" is the Detroit
   * Police Department, but "Detroit" names the city, "Allegheny County" is not the Allegheny
   * County Jail, and the "Harbor Police Department Valley Bureau" is a part of the department, not
   * the department. "Apple" (of "Apple Inc.") and "Tennessee Bureau" (of "Tennessee Bureau of
   * Investigation") can. An acronym followed by more words never stands for the longer name: that
   * names a part or a product of the body the acronym is ("GBI Crime Lab", "HPD Homicide", "UMC
   * Trauma"), and an acronym with a company suffix is its name already ({@link Names#matchKey}).
   */
  static boolean isShortStart(List<String> shortWords, List<String> dropped) {
    if (shortWords.size() == 1 && Names.isAcronym(shortWords.get(0)) && !dropped.isEmpty()) {
      return false;
    }
    List<String> heads = dropped.stream().filter(NameWords::isInstitutionHead).toList();
    return heads.isEmpty() || (hasInstitutionHead(shortWords) && heads.stream().allMatch(h -> COMPLETING.contains(lower(h))));
  }

  /**
   * Whether {@code shortWords}, the last words of an organisation's name, can stand for it once
   * {@code dropped} are left off: when the short form is only generic words ("the Police
   * Department" after "Oakland Police Department") or only generic words are dropped (a qualifier
   * such as "Metropolitan"). A short form with a name of its own is another body: "Las Vegas Police
   * Department" is not the "North Las Vegas Police Department".
   */
  static boolean isShortEnd(List<String> shortWords, List<String> dropped) {
    return allGeneric(shortWords) || allGeneric(dropped);
  }

  /** Whether a name ending in this word is a street or a county, not a person ("Howard Avenue", "Anderson County"). */
  static boolean isStreetEnd(String word) {
    return STREET_ENDS.contains(lower(word));
  }

  /**
   * Whether a possessive belongs to the name: the owned words are all generic ("Ada County
   * Sheriff's Office", "St. Mary's Hospital") or the possessor is a role or a group ("Sheriff's
   * Office Communications Center"). Not so in "Apple's iTunes store", which names the store.
   */
  static boolean possessiveIsPartOfName(String possessor, List<String> owned) {
    return allGeneric(owned) || NAME_POSSESSORS.contains(lower(possessor));
  }

  /** Lower case, possessive and punctuation off: "Sheriff’s" is "sheriff", "Dept." is "dept". */
  private static String lower(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    StringBuilder out = new StringBuilder(w.length());
    w.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
