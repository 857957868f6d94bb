package org.storyline.extract.event;

import java.util.Locale;
import java.util.Map;

/**
 * A small English lemmatiser for verbs and nouns: irregular forms from a table, regular ones by
 * suffix rules. Good enough to share weights between "attacked", "attacks" and "attacking"; it
 * does not need to be right for every word (a wrong lemma is just another feature).
 */
final class Lemmas {

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("went", "go"),
      Map.entry("gone", "go"), Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("made", "make"),
      Map.entry("held", "hold"), Map.entry("met", "meet"), Map.entry("was", "be"), Map.entry("were", "be"),
      Map.entry("been", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("am", "be"),
      Map.entry("'s", "be"), Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("won", "win"),
      Map.entry("fought", "fight"), Map.entry("thought", "think"), Map.entry("left", "leave"), Map.entry("came", "come"),
      Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("found", "find"), Map.entry("saw", "see"),
      Map.entry("seen", "see"), Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("sold", "sell"),
      Map.entry("bought", "buy"), Map.entry("paid", "pay"), Map.entry("brought", "bring"), Map.entry("kept", "keep"),
      Map.entry("lost", "lose"), Map.entry("struck", "strike"), Map.entry("shot", "shoot"), Map.entry("fell", "fall"),
      Map.entry("fallen", "fall"), Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("ran", "run"),
      Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("chose", "choose"), Map.entry("knew", "know"),
      Map.entry("known", "know"), Map.entry("grew", "grow"), Map.entry("grown", "grow"), Map.entry("drew", "draw"),
      Map.entry("threw", "throw"), Map.entry("led", "lead"), Map.entry("fled", "flee"), Map.entry("sent", "send"),
      Map.entry("spent", "spend"), Map.entry("built", "build"), Map.entry("felt", "feel"), Map.entry("heard", "hear"),
      Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("wrote", "write"),
      Map.entry("written", "write"), Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("did", "do"),
      Map.entry("done", "do"), Map.entry("does", "do"), Map.entry("got", "get"), Map.entry("gotten", "get"),
      Map.entry("became", "become"), Map.entry("meant", "mean"), Map.entry("sought", "seek"), Map.entry("caught", "catch"),
      Map.entry("taught", "teach"), Map.entry("killed", "kill"), Map.entry("hid", "hide"), Map.entry("bore", "bear"),
      Map.entry("born", "bear"), Map.entry("swore", "swear"), Map.entry("sworn", "swear"), Map.entry("forgot", "forget"),
      Map.entry("ate", "eat"), Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("flew", "fly"),
      Map.entry("flown", "fly"), Map.entry("wore", "wear"), Map.entry("woke", "wake"), Map.entry("sank", "sink"),
      Map.entry("sunk", "sink"), Map.entry("rode", "ride"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"),
      Map.entry("froze", "freeze"), Map.entry("frozen", "freeze"), Map.entry("lay", "lie"), Map.entry("laid", "lay"),
      Map.entry("dealt", "deal"), Map.entry("lent", "lend"), Map.entry("meetings", "meeting"), Map.entry("news", "news"));

  private Lemmas() {}

  /** The lemma of a word, lower-cased. */
  static String of(String word) {
    return ofLower(word.toLowerCase(Locale.ROOT));
  }

  /** The lemma of a word already in lower case. */
  static String ofLower(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    int n = w.length();
    if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, n - 3));
    }
    if (n > 4 && w.endsWith("ed")) {
      return undouble(w.substring(0, n - 2));
    }
    if (n > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** "stopp" to "stop", "plann" to "plan"; "fall" and "miss" keep their double letter. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}
