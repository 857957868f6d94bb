package org.storyline.reconcile.timeline.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventDetector;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.CatDocument;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.model.Mention;
import org.storyline.model.Span;
import org.storyline.reconcile.entity.EntityResolver;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.reconcile.event.EventCluster;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;

/**
 * Builds SemEval-2015 Task 4 Track A entity timelines from tokenised documents: for each target
 * entity, the events it takes part in across the documents, dated, in order, one line per
 * happening.
 *
 * <p>The stages are the engine's own: time expressions, entity mentions and event mentions of each
 * document ({@code extract.*}, dated by the document's creation time), the target's mentions by
 * name and by cross-document entity coreference ({@code reconcile.entity}), the events the target
 * takes part in ({@link Scope}; {@link Names} says which names the event detector sees),
 * cross-document event coreference among the target's events of one date ({@code reconcile.event}).
 *
 * <p>Dates: an event linked to a time expression takes its date (day, month or year; a week its
 * month); an event the detector dates by its tense alone takes the document's day (a report's past
 * is mostly its own day or the days just before); a reporting event beside a time expression is
 * dated as {@link Reporting} says; an event nothing dates is unknown (order 0, which the task's
 * scorer leaves out). Events said not to have happened (negated, denied, hypothetical) are left
 * out, since a timeline lists what happened or is to happen. Coreference joins mentions of one
 * date only, so a happening's mentions agree on its date.
 *
 * <p>Stateless and thread-safe once built; {@link #withDefaults} loads the shipped models.
 */
public final class EntityTimelineBuilder {

  /** Which events of a document count as the target's. */
  public enum Scope {
    /** The target is one of the event's participants, as the event detector found them. */
    PARTICIPANT,
    /** The target is named in the event's sentence. */
    SENTENCE
  }

  /** The date of a reporting event ("said") whose sentence has a time expression. */
  public enum Reporting {
    /** The report's day: the time expression dates what is said ("said the phone will ship on June 24"). */
    REPORT_DAY,
    /** The time expression's, as for any other event. */
    LINKED_TIME
  }

  /** Which names the event detector sees as entity mentions (its participants are entity mentions). */
  public enum Names {
    /** The entity recogniser's mentions only. */
    RECOGNISER,
    /** Also the targets' own words where they stand and the recogniser found no name: product names such as "iPod" are often none to it. */
    RECOGNISER_AND_TARGETS
  }

  private final Tokenizer tokenizer;
  private final TimeTagger timeTagger;
  private final EntityRecognizer recognizer;
  private final EventDetector detector;
  private final EntityResolver resolver;
  private final EventCoreferencer coreferencer;
  private final Scope scope;
  private final Reporting reporting;
  private final Names names;

  public EntityTimelineBuilder(Tokenizer tokenizer, TimeTagger timeTagger, EntityRecognizer recognizer,
      EventDetector detector, EntityResolver resolver, EventCoreferencer coreferencer, Scope scope, Reporting reporting,
      Names names) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.coreferencer = Objects.requireNonNull(coreferencer, "coreferencer");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.reporting = Objects.requireNonNull(reporting, "reporting");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The shipped stages. */
  public static EntityTimelineBuilder withDefaults(Scope scope, Reporting reporting, Names names) {
    return new EntityTimelineBuilder(new RuleTokenizer(), new RuleTimeTagger(), PerceptronRecognizer.shipped(),
        PerceptronEventDetector.shipped(), new RuleEntityResolver(), PairwiseEventCoreferencer.shipped(), scope, reporting,
        names);
  }

  /** The timelines of {@code targets}, in the order given, from {@code documents}. */
  public List<EntityTimeline> build(List<CatDocument> documents, List<String> targets) {
    List<List<String>> targetWords = targets.stream().map(TargetMentions::words).filter(w -> !w.isEmpty()).toList();
    List<Analysed> analysed = documents.parallelStream().map(d -> analyse(d, targetWords)).toList();
    TargetMentions found = TargetMentions.find(analysed, resolver);
    List<EntityTimeline> out = new ArrayList<>(targets.size());
    for (String target : targets) {
      out.add(timeline(target, analysed, found));
    }
    return out;
  }

  /** One document as the extract stages read it. */
  record Analysed(CatDocument document, List<Sentence> sentences, List<Mention> mentions, List<EventMention> events) {}

  private Analysed analyse(CatDocument doc, List<List<String>> targets) {
    String text = doc.text();
    List<Sentence> sentences = tokenizer.sentences(text);
    Optional<LocalDate> dct = doc.created();
    List<Timex> timexes = dct.map(d -> timeTagger.tag(text, d)).orElse(List.of());
    List<Mention> mentions = recognizer.mentions(text, sentences);
    if (names == Names.RECOGNISER_AND_TARGETS) {
      mentions = TargetMentions.withTargets(mentions, targets, doc);
    }
    List<EventMention> events = detector.detect(text, sentences, timexes, mentions, dct);
    return new Analysed(doc, sentences, mentions, events);
  }

  /** One event mention of the target's, where it stands and when. */
  private record Candidate(Analysed in, EventMention event, CatDocument.Token token, TaskDate date) {}

  private EntityTimeline timeline(String target, List<Analysed> docs, TargetMentions found) {
    List<Candidate> candidates = new ArrayList<>();
    for (Analysed a : docs) {
      List<Span> spans = found.spans(target, a);
      if (spans.isEmpty()) {
        continue;
      }
      for (EventMention e : a.events()) {
        if (!happened(e) || !takesPart(e, spans, a)) {
          continue;
        }
        a.document().tokenAt(e.trigger().start())
            .ifPresent(t -> candidates.add(new Candidate(a, e, t, date(e, a.document()))));
      }
    }
    return order(target, coreference(candidates));
  }

  private static boolean happened(EventMention e) {
    return e.modality() == Modality.HAPPENED || e.modality() == Modality.PLANNED;
  }

  private boolean takesPart(EventMention e, List<Span> target, Analysed a) {
    return switch (scope) {
      case PARTICIPANT -> e.participants().stream().map(Participant::span)
          .anyMatch(p -> target.stream().anyMatch(p::overlaps));
      case SENTENCE -> {
        int sentence = a.document().tokenAt(e.trigger().start()).map(CatDocument.Token::sentence).orElse(-1);
        yield target.stream().anyMatch(s -> a.document().tokenAt(s.start())
            .map(t -> t.sentence() == sentence).orElse(false));
      }
    };
  }

  private TaskDate date(EventMention e, CatDocument doc) {
    EventTime t = e.time();
    if (reporting == Reporting.REPORT_DAY && e.timeMlClass() == EventClass.REPORTING && t.fromTimex()) {
      // "Jobs said the phone will ship on June 24": a date beside a reporting verb dates what is reported;
      // the saying itself is the report's, dated as its tense dates it
      return doc.created().map(TaskDate::day).orElse(TaskDate.unknown());
    }
    return switch (t.source()) {
      case TIMEX, SENTENCE_TIMEX -> switch (t.precision()) {
        case DAY -> TaskDate.day(t.first());
        case WEEK, MONTH -> TaskDate.month(t.last()); // a week is written as the month it ends in: the task has no weeks
        case YEAR -> TaskDate.year(t.first());
        case NONE -> TaskDate.unknown();
      };
      case TENSE -> doc.created().map(TaskDate::day).orElse(TaskDate.unknown());
      case UNKNOWN -> TaskDate.unknown();
    };
  }

  /**
   * The candidates grouped by happening, each group in the given order. Coreference runs within the
   * mentions of one date only: a happening has one date, and the shipped model, trained on reports
   * of one story, would otherwise join the "announced" of launches years apart.
   */
  private List<List<Candidate>> coreference(List<Candidate> candidates) {
    Map<TaskDate, List<Candidate>> byDate = new TreeMap<>();
    for (Candidate c : candidates) {
      byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c);
    }
    List<List<Candidate>> groups = new ArrayList<>();
    for (List<Candidate> sameDate : byDate.values()) {
      if (!sameDate.get(0).date().isKnown()) {
        sameDate.forEach(c -> groups.add(List.of(c))); // undated mentions: nothing says two are one happening
        continue;
      }
      Map<org.storyline.reconcile.event.EventMention, Candidate> back = new HashMap<>();
      List<org.storyline.reconcile.event.EventMention> mentions = new ArrayList<>();
      for (Candidate c : sameDate) {
        org.storyline.reconcile.event.EventMention m = CorefMentions.of(c.in(), c.event(), c.token(), c.date());
        if (back.putIfAbsent(m, c) == null) {
          mentions.add(m);
        }
      }
      for (EventCluster cluster : coreferencer.cluster(mentions)) {
        groups.add(cluster.mentions().stream().map(back::get).toList());
      }
    }
    return groups;
  }

  private static EntityTimeline order(String target, List<List<Candidate>> groups) {
    record Happening(TaskDate date, List<MentionRef> mentions) {}
    List<Happening> happenings = new ArrayList<>();
    for (List<Candidate> g : groups) {
      List<MentionRef> refs = g.stream()
          .sorted(Comparator.comparing((Candidate c) -> c.in().document().id()).thenComparing(c -> c.token().id()))
          .map(c -> new MentionRef(c.in().document().id(), c.token().sentence(), c.token().text()))
          .distinct()
          .toList();
      happenings.add(new Happening(g.get(0).date(), refs));
    }
    TreeMap<TaskDate, Integer> orders = new TreeMap<>();
    happenings.stream().map(Happening::date).filter(TaskDate::isKnown).forEach(d -> orders.put(d, 0));
    int next = 1;
    for (Map.Entry<TaskDate, Integer> e : orders.entrySet()) {
      e.setValue(next++);
    }
    List<EntityTimeline.Line> lines = new ArrayList<>();
    for (Happening h : happenings) {
      lines.add(new EntityTimeline.Line(h.date().isKnown() ? orders.get(h.date()) : 0, h.date(), h.mentions()));
    }
    lines.sort(Comparator.comparingInt(EntityTimeline.Line::order)
        .thenComparing(EntityTimeline.Line::date)
        .thenComparing(l -> l.mentions().get(0).toString()));
    return new EntityTimeline(target, lines);
  }
}
