package org.storyline.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Span;

/**
 * Finds what a sentence says happened to the things a figure counts, in this order:
 * <ol>
 *   <li>the verb just before the figure: "killed four people", "injuring at least eight people" (not
 *       one that says who holds them: "Russia has deployed 127,000 troops");
 *   <li>the verb after the thing, past a relative pronoun, auxiliaries and a parenthesis between
 *       commas: "Four people, including a boy, were shot", "four people who were killed", "left five
 *       people dead", "found four victims with gunshot wounds" (injured), "two are in custody", "sent four people to
 *       the hospital" (taken), "two people in a black sedan opened fire" (past a place);
 *   <li>a happening among the thing's own words: "three deceased individuals", "two wounded men";
 *   <li>the noun before "of": "the shootings of five men", "deaths of six people", "a crowd of 200 people".
 * </ol>
 * The usual happenings are normalised to a small set ({@link Happening#KILLED} for "killed", "dead",
 * "died", "slain", "deaths"; "fatally shot" is killed); any other verb or noun is kept as its own form
 * without "-ed", "-ing" or "-s". Verbs that report or find rather than happen ("said", "heard", "found",
 * "identified") say nothing, nor do "total", "number" or "one" ("one of five people").
 */
final class Happenings {

  private static final Map<String, String> USUAL = Map.ofEntries(
      Map.entry("killed", Happening.KILLED), Map.entry("kill", Happening.KILLED), Map.entry("kills", Happening.KILLED),
      Map.entry("killing", Happening.KILLED), Map.entry("killings", Happening.KILLED), Map.entry("dead", Happening.KILLED),
      Map.entry("died", Happening.KILLED), Map.entry("die", Happening.KILLED), Map.entry("dies", Happening.KILLED),
      Map.entry("dying", Happening.KILLED), Map.entry("slain", Happening.KILLED), Map.entry("murdered", Happening.KILLED),
      Map.entry("deaths", Happening.KILLED), Map.entry("death", Happening.KILLED), Map.entry("deceased", Happening.KILLED),
      Map.entry("murders", Happening.KILLED), Map.entry("fatalities", Happening.KILLED),
      Map.entry("injured", Happening.INJURED), Map.entry("injuring", Happening.INJURED), Map.entry("injure", Happening.INJURED),
      Map.entry("injures", Happening.INJURED), Map.entry("wounded", Happening.INJURED), Map.entry("wounding", Happening.INJURED),
      Map.entry("hurt", Happening.INJURED), Map.entry("hospitalized", Happening.INJURED),
      Map.entry("hospitalised", Happening.INJURED), Map.entry("recovering", Happening.INJURED),
      Map.entry("injuries", Happening.INJURED), Map.entry("wounds", Happening.INJURED),
      Map.entry("suffered", Happening.INJURED), Map.entry("suffering", Happening.INJURED),
      Map.entry("shot", Happening.SHOT), Map.entry("shoot", Happening.SHOT), Map.entry("shooting", Happening.SHOT),
      Map.entry("shootings", Happening.SHOT), Map.entry("shoots", Happening.SHOT), Map.entry("struck", Happening.SHOT),
      Map.entry("hit", Happening.SHOT), Map.entry("striking", Happening.SHOT), Map.entry("hitting", Happening.SHOT),
      Map.entry("gunned", Happening.SHOT),
      Map.entry("arrested", Happening.ARRESTED), Map.entry("arrest", Happening.ARRESTED),
      Map.entry("arrests", Happening.ARRESTED), Map.entry("arresting", Happening.ARRESTED),
      Map.entry("custody", Happening.ARRESTED), Map.entry("detained", Happening.ARRESTED),
      Map.entry("apprehended", Happening.ARRESTED), Map.entry("booked", Happening.ARRESTED),
      Map.entry("taken", Happening.TAKEN), Map.entry("transported", Happening.TAKEN), Map.entry("rushed", Happening.TAKEN),
      Map.entry("airlifted", Happening.TAKEN), Map.entry("sent", Happening.TAKEN), Map.entry("sending", Happening.TAKEN),
      Map.entry("fired", Happening.FIRED), Map.entry("firing", Happening.FIRED), Map.entry("fire", Happening.FIRED),
      Map.entry("rang", Happening.FIRED));

  /** Words between the thing and its verb: "who were also", "that have been", "are now". */
  private static final Set<String> BETWEEN = Set.of(
      "who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "also", "all",
      "reportedly", "allegedly", "later", "both", "then", "now", "initially", "originally", "each", "got",
      "apparently", "believed", "to", "reported", "found", "left", "in", "seriously", "critically", "eventually");

  private static final Set<String> PLACES = Set.of("at", "in", "inside", "on", "near", "from", "outside");

  /** Words that end a place without a verb of the thing: "shot five people in what police called a dispute". */
  private static final Set<String> PLACE_ENDS = Set.of("what", "which", "who", "where", "when", "that", "as", "while");

  private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had");

  /** Verbs that report or find things rather than say what happened to them. */
  private static final Set<String> SAY_NOTHING = Set.of(
      "said", "say", "says", "told", "reported", "heard", "hear", "saw", "see", "found", "find", "finding", "located",
      "identified", "identify", "including", "involving", "according", "regarding", "following", "totaling",
      "totalling", "ranging", "during", "named", "counted", "number", "total", "tally", "one", "among", "ages",
      "aged", "discovered", "believed", "confirmed", "released", "listed", "front", "part", "series", "half");

  /** Endings taken off a happening's own form, longest first. */
  private static final List<String> ENDINGS = List.of("ing", "ed", "s");

  private final QuantityFinder f;

  Happenings(QuantityFinder f) {
    this.f = f;
  }

  /**
   * What happened to the things of {@code q}, whose thing is tokens {@code [start, after)} ({@code
   * start} -1 when the text names none).
   */
  Happening find(QuantityFinder.Found q, int start, int after, Happening.Part part) {
    int at = verbBefore(q.qualifierFrom() - 1);
    if (at < 0) {
      at = verbAfter(after);
    }
    for (int k = start; at < 0 && k >= 0 && k < after; k++) {
      at = USUAL.containsKey(f.lw(k)) ? k : -1; // "three deceased individuals", "two wounded men"
    }
    if (at < 0 && f.lw(q.qualifierFrom() - 1).equals("of")) {
      at = said(q.qualifierFrom() - 2, true) ? q.qualifierFrom() - 2 : -1;
    }
    if (at < 0) {
      return part == Happening.Part.WHOLE ? Happening.NONE : new Happening(Optional.empty(), "", part);
    }
    Span span = f.tokens.get(at).span();
    return new Happening(Optional.of(span), key(at), part);
  }

  /** The verb after the thing, or -1. */
  private int verbAfter(int k) {
    if (f.lw(k).equals(",")) {
      int close = k + 1;
      while (close < f.size() && close < k + 14 && !f.lw(close).equals(",")) {
        close++;
      }
      k = f.lw(close).equals(",") ? close + 1 : k;
    }
    if (f.lw(k).equals("in") && f.lw(k + 1).equals("custody")) {
      return k + 1;
    }
    k = pastPlace(k);
    for (int skipped = 0; skipped < 5 && isBetween(f.lw(k)); skipped++) {
      if (f.lw(k).equals("to") && (f.lw(k + 1).startsWith("hospital") || f.lw(k + 2).startsWith("hospital"))) {
        return k;
      }
      k++;
    }
    if (f.lw(k).equals("with")) {
      for (int w = k + 1; w < k + 4; w++) {
        if (woundsAt(w)) {
          return w;
        }
      }
      return -1;
    }
    return said(k, false) ? k : -1;
  }

  /**
   * The token after a place between the thing and its verb ("two people in a small black sedan
   * opened fire", "three people at the scene were taken"), or {@code k} when no verb follows one.
   */
  private int pastPlace(int k) {
    if (!PLACES.contains(f.lw(k))) {
      return k;
    }
    for (int j = k + 1; j < f.size() && j < k + 8; j++) {
      String l = f.lw(j);
      if (l.equals(",") || l.equals(".") || l.equals("and") || PLACE_ENDS.contains(l)) {
        return k;
      }
      if (AUXILIARIES.contains(l) || said(j, false)) {
        return j;
      }
    }
    return k;
  }

  private boolean woundsAt(int k) {
    return f.lw(k).equals("wounds") || f.lw(k).equals("injuries");
  }

  /** Auxiliaries and adverbs ("fatally", "critically") between a thing and its verb. */
  private static boolean isBetween(String l) {
    return BETWEEN.contains(l) && !USUAL.containsKey(l) || l.length() > 4 && l.endsWith("ly");
  }

  /**
   * The verb just before the figure ("killed four people"), or -1; verbs that say who holds the
   * things ("Russia has deployed 127,000 troops") say nothing of what happened to them.
   */
  private int verbBefore(int k) {
    return said(k, false) && !SubjectFinder.HOLDING.contains(f.lw(k)) && !f.lw(k).equals("left") ? k : -1;
  }

  /** Whether token {@code k} says what happened: a usual happening, or a verb (or, with {@code noun}, a noun) of its own. */
  private boolean said(int k, boolean noun) {
    String l = f.lw(k);
    if (USUAL.containsKey(l)) {
      return true;
    }
    if (!Words.isWord(f.tok(k)) || SAY_NOTHING.contains(l) || Words.PHRASE_STOPS.contains(l) || Words.isCapitalised(f.tok(k))) {
      return false;
    }
    return noun ? l.length() > 2 && !Numbers.isNumberWord(l) : l.length() > 4 && (l.endsWith("ed") || l.endsWith("ing"));
  }

  /** The key of the word at {@code k}: its usual happening, "fatally" before one making it killed, else its own form. */
  private String key(int k) {
    String l = f.lw(k);
    if (l.equals("to")) {
      return Happening.TAKEN;
    }
    String usual = USUAL.get(l);
    if (usual == null && (woundsAt(k + 1) || woundsAt(k + 2) || woundsAt(k + 3))) {
      return Happening.INJURED; // "received gunshot wounds", "suffered minor injuries"
    }
    if (usual != null) {
      return f.lw(k - 1).equals("fatally") || f.lw(k - 1).equals("mortally") ? Happening.KILLED : usual;
    }
    for (String ending : ENDINGS) {
      if (l.endsWith(ending) && l.length() > ending.length() + 2) {
        return l.substring(0, l.length() - ending.length());
      }
    }
    return l;
  }
}
