package org.storyline.extract.event;

import java.util.HashMap;
import java.util.Map;

/**
 * The example verbs the TimeML 1.2.1 annotation guidelines give for each event class but
 * OCCURRENCE and STATE (the open classes), as lemmas. A feature of the trigger tagger: it tells the
 * class of a word the training data has too few examples of.
 */
final class GuidelineClasses {

  private static final Map<String, Integer> CLASS = new HashMap<>();

  static {
    add(EventClass.REPORTING, "say report tell explain state cite announce add claim");
    add(EventClass.PERCEPTION, "see watch glimpse behold view observe hear listen overhear notice spot");
    add(EventClass.ASPECTUAL, "begin start initiate commence stop cancel end halt terminate cease discontinue "
        + "interrupt quit abandon finish complete continue keep proceed resume launch suspend");
    add(EventClass.I_ACTION, "attempt try scramble investigate delay postpone avoid prevent ask order persuade request "
        + "beg command urge authorize promise offer assure propose agree decide swear vow name nominate appoint "
        + "declare proclaim allege suggest seek demand force allow permit refuse threaten plan call");
    add(EventClass.I_STATE, "believe think suspect feel fear hope want need require expect love like enjoy desire "
        + "doubt wish intend know understand plan able unable afraid willing likely");
  }

  private GuidelineClasses() {}

  private static void add(EventClass c, String lemmas) {
    for (String l : lemmas.split(" ")) {
      CLASS.putIfAbsent(l, c.ordinal() + 1);
    }
  }

  /** The class ordinal plus one that the guidelines give the lemma, or 0. */
  static int of(String lemma) {
    return CLASS.getOrDefault(lemma, 0);
  }
}
