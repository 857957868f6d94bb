package org.storyline.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.extract.time.DatingCue;
import org.storyline.extract.time.TimeTagger;

/**
 * Finds the events an undated article shares with dated peers: a sentence of the article with a
 * relative day ("Tuesday", "today", "Dec. 7") and a sentence of a peer with a day resolved
 * against the peer's date ("a Dec. 7 Biden-Putin phone call", "spoke Wednesday" in a piece of
 * Dec. 30), both telling of a call, talks or a meeting, and sharing names. Each pairing says: the
 * article's expression names the peer's day, which bounds the day of writing.
 *
 * <p>Names common to every article (the story's subject: "Russia", "Ukraine") count half, once
 * there are at least four articles to tell. A pairing needs a name weight of two; its evidence
 * weighs more with more names, and more when the peer states the day outright than when it too
 * resolved a relative expression. For one expression of the article and one peer day, the
 * strongest pairing is kept.
 */
final class SharedEvents {

  private static final double MIN_SHARED = 2.0;

  private final Reading self;
  private final List<Reading> peers;
  private final TimeTagger tagger;
  private final Set<String> everywhere;

  SharedEvents(Reading self, List<Reading> peers, TimeTagger tagger) {
    this.self = self;
    this.peers = peers;
    this.tagger = tagger;
    Set<String> common = new HashSet<>(self.names());
    peers.forEach(p -> common.retainAll(p.names()));
    this.everywhere = peers.size() >= 3 ? common : Set.of();
  }

  List<Evidence> constraints() {
    Map<String, Evidence> best = new LinkedHashMap<>();
    for (DatingCue cue : self.cues) {
      if (!(cue instanceof DatingCue.Weekday || cue instanceof DatingCue.RelativeDay || cue instanceof DatingCue.MonthDay)) {
        continue;
      }
      Reading.Clause mine = self.clauseOf(cue.span());
      if (mine == null || !mine.event()) {
        continue;
      }
      for (Reading peer : peers) {
        for (Reading.DayMention day : peer.days(peer.article.published().date(), tagger)) {
          Evidence e = pair(cue, mine, peer, day);
          if (e != null) {
            String key = cue.span() + "|" + day.date();
            Evidence old = best.get(key);
            if (old == null || e.weight() > old.weight()) {
              best.put(key, e);
            }
          }
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  private Evidence pair(DatingCue cue, Reading.Clause mine, Reading peer, Reading.DayMention day) {
    if (cue instanceof DatingCue.Weekday w && w.day() != day.date().getDayOfWeek()
        || cue instanceof DatingCue.MonthDay m && (m.month() != day.date().getMonth() || m.day() != day.date().getDayOfMonth())) {
      return null;
    }
    Reading.Clause theirs = peer.clauseOf(day.span());
    if (theirs == null || !theirs.event()) {
      return null;
    }
    List<String> shared = new ArrayList<>();
    double weight = 0;
    for (String name : mine.names()) {
      if (theirs.names().contains(name)) {
        shared.add(name);
        weight += everywhere.contains(name) ? 0.5 : 1.0;
      }
    }
    if (weight < MIN_SHARED) {
      return null;
    }
    shared.sort(null);
    double strength = Math.min(2.0, 0.5 + weight / 2) * (day.explicit() ? 1.0 : 0.75);
    String peerSentence = theirs.span().of(peer.article.text()).replaceAll("\\s+", " ").strip();
    String what = "“" + cue.text() + "” is the day of an event told in article " + peer.article.id() + " (“"
        + clip(peerSentence) + "”, " + day.date() + "); shared names: " + String.join(", ", shared);
    return new Evidence(Evidence.Kind.SHARED_EVENT, cue.span(), cue.text(),
        new Evidence.PeerMention(peer.article.id(), day.span(), day.text(), day.date()), strength, what);
  }

  private static String clip(String s) {
    return s.length() <= 120 ? s : s.substring(0, 119) + "…";
  }
}
