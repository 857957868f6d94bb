package org.storyline.reconcile.timeline.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.Participant;
import org.storyline.extract.time.CatDocument;
import org.storyline.model.Span;

/** An event detector's mention in a CAT document, as cross-document event coreference reads it. */
final class CorefMentions {

  private CorefMentions() {}

  static org.storyline.reconcile.event.EventMention of(EntityTimelineBuilder.Analysed in, EventMention e,
      CatDocument.Token token, TaskDate date) {
    CatDocument doc = in.document();
    List<String> sentence = new ArrayList<>();
    int at = -1;
    for (CatDocument.Token t : doc.tokens()) {
      if (t.sentence() == token.sentence()) {
        if (t.id() == token.id()) {
          at = sentence.size();
        }
        sentence.add(t.text());
      }
    }
    List<String> participants = new ArrayList<>();
    for (Participant p : e.participants()) {
      participants.add(p.span().of(doc.text()));
    }
    Optional<LocalDate> day = date.grain() == TaskDate.Grain.DAY ? date.first() : Optional.empty();
    return new org.storyline.reconcile.event.EventMention(doc.id(), token.sentence(), Span.of(at, at + 1), e.trigger(),
        e.text(), e.text().toLowerCase(Locale.ROOT), sentence, doc.created(), day, participants);
  }
}
