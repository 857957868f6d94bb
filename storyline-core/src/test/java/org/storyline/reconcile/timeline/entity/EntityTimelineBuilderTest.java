package org.storyline.reconcile.timeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.event.Aspect;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventDetector;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.extract.event.Tense;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.CatDocument;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.reconcile.event.SameLemmaCoreferencer;

/** The builder with stand-in stages: which events, which dates, which orders, which lines. */
class EntityTimelineBuilderTest {

  /** Every word ending in "ed" is a past event with the capitalised words as agents. */
  private static final EventDetector DETECTOR = (text, sentences, timexes, mentions, published) -> {
    List<EventMention> out = new ArrayList<>();
    for (var s : sentences) {
      for (var t : s.tokens()) {
        if (t.text().endsWith("ed")) {
          List<Participant> who = mentions.stream().filter(m -> s.span().contains(m.span()))
              .map(m -> new Participant(m.span(), Participant.Role.AGENT)).toList();
          Modality modality = t.text().equals("denied") ? Modality.DENIED : Modality.HAPPENED;
          EventTime time = t.text().equals("launched")
              ? new EventTime(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 3, 31), EventTime.Precision.MONTH, EventTime.Source.TIMEX, t.span())
              : t.text().equals("planned") ? EventTime.unknown()
              : new EventTime(published.get(), published.get(), EventTime.Precision.DAY, EventTime.Source.TENSE, null);
          out.add(new EventMention(t.span(), t.text(), EventClass.OCCURRENCE, EventType.values()[0], false, modality,
              Tense.PAST, Aspect.NONE, who, null, time));
        }
      }
    }
    return out;
  };

  /** Every capitalised word is a person. */
  private static final class Capitals implements EntityRecognizer {
    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
      return sentences.stream().flatMap(s -> s.tokens().stream())
          .filter(t -> Character.isUpperCase(t.text().charAt(0)))
          .map(t -> new Mention(t.span(), EntityType.PERSON, t.text())).toList();
    }

    @Override
    public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
      throw new UnsupportedOperationException("the builder reads mentions only");
    }
  }

  private static EntityTimelineBuilder builder(EntityTimelineBuilder.Scope scope) {
    return new EntityTimelineBuilder(new RuleTokenizer(), (text, day) -> List.of(), new Capitals(), DETECTOR, new RuleEntityResolver(), new SameLemmaCoreferencer(), scope,
        EntityTimelineBuilder.Reporting.LINKED_TIME, EntityTimelineBuilder.Names.RECOGNISER);
  }

  private static CatDocument doc(String id, String created, String... sentences) {
    StringBuilder xml = new StringBuilder("<Document doc_id=\"" + id + "\">");
    int t = 1;
    for (int s = 0; s < sentences.length; s++) {
      for (String w : sentences[s].split(" ")) {
        xml.append("<token sentence=\"").append(s).append("\" t_id=\"").append(t++).append("\">").append(w).append("</token>");
      }
    }
    xml.append("<TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"").append(created).append("\"/></Document>");
    return CatDocument.parse(xml.toString().getBytes(StandardCharsets.UTF_8), id + ".xml");
  }

  @Test
  void build_ordersTheTargetsEventsByDateAndJoinsOneDaysMentions() {
    List<CatDocument> docs = List.of(
        doc("1", "2005-06-06", "Jobs launched it .", "Jobs resigned today .", "Cook planned more .", "Jobs denied it ."),
        doc("2", "2005-06-06", "Jobs resigned , reports say ."),
        doc("3", "2006-01-02", "Jobs returned ."));
    EntityTimeline t = builder(EntityTimelineBuilder.Scope.PARTICIPANT).build(docs, List.of("Jobs")).get(0);
    assertThat(t.format()).isEqualTo("""
        Jobs
        1\t2001-03\t1-0-launched
        2\t2005-06-06\t1-1-resigned\t2-0-resigned
        3\t2006-01-02\t3-0-returned
        """); // "planned" is Cook's, "denied" did not happen
  }

  @Test
  void build_sentenceScope_takesEveryEventOfASentenceNamingTheTarget() {
    List<CatDocument> docs = List.of(doc("1", "2005-06-06", "Cook planned it with jobs ."));
    assertThat(builder(EntityTimelineBuilder.Scope.PARTICIPANT).build(docs, List.of("Jobs")).get(0).lines()).isEmpty();
    assertThat(builder(EntityTimelineBuilder.Scope.SENTENCE).build(docs, List.of("Jobs")).get(0).format())
        .isEqualTo("Jobs\n0\tXXXX-XX-XX\t1-0-planned\n");
  }
}
