package org.storyline.extract.event;

import java.util.HashMap;
import java.util.Map;

/** The news type of a trigger, from its lemma: a hand-made lexicon of the happenings news is made of. */
final class NewsTypes {

  private static final Map<EventType, String> WORDS = Map.of(
      EventType.COMMUNICATION,
      "call talk meeting meet summit negotiation negotiate visit conference discussion discuss conversation "
          + "consultation consult dialogue interview phone videoconference hearing gathering session audience",
      EventType.STATEMENT,
      "say announce announcement warn warning deny denial threaten threat claim state statement declare declaration "
          + "report tell confirm insist accuse accusation urge add note stress acknowledge admit reveal predict promise "
          + "vow pledge comment ask respond reply response criticize criticise condemn praise suggest argue explain "
          + "describe allege allegation estimate indicate assert maintain complain",
      EventType.MILITARY_SECURITY,
      "deploy deployment alert exercise drill buildup build-up withdraw withdrawal attack shoot shooting shot arrest "
          + "invade invasion bomb bombing strike kill killing fire war fight fighting battle raid assault explode "
          + "explosion wound injure murder stab stabbing capture detain detention mobilize mobilization offensive "
          + "occupy occupation clash massacre hostage kidnap kidnapping combat incursion airstrike blast rob robbery "
          + "carjacking homicide gunfire ambush siege retreat patrol surrender ceasefire evacuate evacuation",
      EventType.DIPLOMATIC,
      "sanction demand agreement agree treaty accord expel expulsion recall reduce reduction recognize recognise "
          + "alliance boycott veto guarantee impose embargo ultimatum normalize summon protest condemnation",
      EventType.ECONOMIC,
      "launch sale sell buy acquire acquisition merger merge layoff lay-off result earnings earn profit revenue invest "
          + "investment trade trading price pay cost spend bid offer deal purchase takeover bankruptcy growth grow "
          + "decline drop gain rally export import tariff loan lend borrow hire lend default inflation recession",
      EventType.LEGAL_POLITICAL,
      "charge sentence rule ruling elect election resign resignation sign vote appoint appointment nominate nomination "
          + "indict indictment convict conviction trial sue lawsuit plead acquit acquittal appeal approve legislation "
          + "impeach impeachment campaign inaugurate inauguration testify investigate investigation prosecute "
          + "prosecution pass enact veto legislate law referendum verdict hearing jail imprison");

  private static final Map<String, EventType> BY_LEMMA = index();

  private NewsTypes() {}

  private static Map<String, EventType> index() {
    Map<String, EventType> out = new HashMap<>();
    // the order decides a word listed twice: the more specific kinds first
    for (EventType t : new EventType[] {EventType.COMMUNICATION, EventType.MILITARY_SECURITY, EventType.LEGAL_POLITICAL,
        EventType.DIPLOMATIC, EventType.ECONOMIC, EventType.STATEMENT}) {
      for (String w : WORDS.get(t).split(" ")) {
        out.putIfAbsent(w, t);
      }
    }
    return out;
  }

  /** The type of a trigger of lemma {@code lemma} and TimeML class {@code c}. */
  static EventType of(String lemma, String lower, EventClass c) {
    EventType t = BY_LEMMA.get(lemma);
    if (t == null) {
      t = BY_LEMMA.get(lower);
    }
    if (t != null) {
      return t;
    }
    return c == EventClass.REPORTING ? EventType.STATEMENT : EventType.OTHER;
  }
}
