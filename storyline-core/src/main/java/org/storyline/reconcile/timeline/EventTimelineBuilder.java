package org.storyline.reconcile.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.extract.RememberingTokenizer;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.extract.text.Tokenizer;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.event.EventLemmas;
import org.storyline.reconcile.event.CachingCoreferencer;
import org.storyline.reconcile.event.EventCluster;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;
import org.storyline.reconcile.timeline.TriggerSentences.Placement;

/**
 * Builds a timeline from the mentions of happenings: occurrences and intentional actions ("held a
 * call", "ordered staff to leave"), not what was said about them (reporting verbs) nor states,
 * and only as far as a source says they happened or were planned (not denied, negated or
 * hypothetical). The event coreferencer groups them across the story's articles; a group is on
 * the timeline when at least one of its mentions is dated by a time expression of its sentence,
 * since tense alone says "before the report", not when.
 */
public final class EventTimelineBuilder implements TimelineBuilder {

  /** Kinds of mention that name a happening a timeline lists. */
  private static final Set<EventClass> HAPPENINGS = Set.of(EventClass.OCCURRENCE, EventClass.I_ACTION);
  private static final Set<Modality> TOLD_AS_REAL = Set.of(Modality.HAPPENED, Modality.PLANNED);
  private static final int LABEL_WORDS = 30;
  /** Marks that open a quotation. */
  private static final String QUOTE_MARKS = "\"“‘'«";
  /** Between a reporting verb and the place of its saying: "said in a YouTube interview", "told reporters at a briefing". */
  static final Pattern REPORTING_SETTING =
      Pattern.compile("(\\s+(?!that\\b)[^\\s,.;:!?\"“”]+){0,2}?\\s+(?i:in|at|during)(\\s+[^\\s,.;:!?\"“”]+){0,3}\\s+");
  /** The forms of "take" that "take place" is made of, and what follows them there. */
  private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");
  /** The characters no word of {@link #REPORTING_SETTING} holds: a gap with one, or with more than six words, is no setting. */
  static final String SETTING_STOPS = ",.;:!?\"“”";
  private static final Pattern PLACE_AFTER = Pattern.compile("\\s+place\\b.*");
  /** Mentions coreference compares at once: its cost grows with the cube of this in the worst case. */
  private static final int MAX_BLOCK = 120;
  private static final Set<EventTime.Precision> PLACED = Set.of(EventTime.Precision.DAY, EventTime.Precision.WEEK,
      EventTime.Precision.MONTH);

  /** Articles whose sentences are kept, and blocks whose coreference is kept, between builds. */
  private static final int REMEMBERED_ARTICLES = 4_096;
  private static final int REMEMBERED_BLOCKS = 2_048;

  private final EventCoreferencer coreferencer;
  private final TriggerSentences sentences;

  public EventTimelineBuilder(EventCoreferencer coreferencer, Tokenizer tokenizer) {
    this.coreferencer = Objects.requireNonNull(coreferencer, "coreferencer");
    this.sentences = new TriggerSentences(Objects.requireNonNull(tokenizer, "tokenizer"), REMEMBERED_ARTICLES);
  }

  /**
   * With the shipped coreference model and the rule tokenizer the extractor shares ({@link
   * RememberingTokenizer#shared()}: the sentences of an article extracted a moment ago are not
   * split again). It remembers what the next build of a story can use again (each article's
   * trigger sentences, each block's coreference), so that building a story's timeline again after a
   * batch costs what the batch changed; the timeline is the one a fresh builder makes.
   */
  public static EventTimelineBuilder withDefaults() {
    return new EventTimelineBuilder(new CachingCoreferencer(PairwiseEventCoreferencer.shipped(), REMEMBERED_BLOCKS),
        RememberingTokenizer.shared());
  }

  @Override
  public StoryTimeline build(StoryId story, List<ArticleEvents> articles, List<Entity> entities) {
    Candidates candidates = candidates(articles);
    if (candidates.mentions.isEmpty()) {
      return StoryTimeline.empty(story);
    }
    Map<Mention, String> names = entityNames(entities);
    List<List<Candidate>> groups = new ArrayList<>();
    for (List<org.storyline.reconcile.event.EventMention> block : blocks(candidates)) {
      for (EventCluster cluster : coreferencer.cluster(block)) {
        List<Candidate> members = new ArrayList<>(cluster.mentions().size());
        for (org.storyline.reconcile.event.EventMention m : cluster.mentions()) {
          members.add(candidates.byMention.get(m));
        }
        groups.addAll(DateSplit.split(members));
      }
    }
    // communications first, while each group is still one kind of word: a sentence's other words join them after
    Map<ArticleId, List<Named>> people = people(entities);
    List<List<Candidate>> talks = SameDayTalks.merge(groups, c -> peopleNamed(c, people));
    List<TimelineEvent> events = new ArrayList<>();
    for (List<Candidate> members : SharedSentences.merge(talks, EventTimelineBuilder::anchor, c -> c.article().id())) {
      event(members, names).ifPresent(events::add);
    }
    events.sort(Comparator.comparing(TimelineEvent::when).thenComparing(e -> -e.articles().size()));
    return new StoryTimeline(story, events);
  }

  /**
   * The mentions in blocks that coreference sees one at a time, so that a story of hundreds of
   * articles costs blocks of bounded size rather than every pair of its mentions: by the month the
   * mention's sentence gives, else the latest month with dated mentions up to its report's (what a
   * report speaks of undated is most likely recent), a block too large cut in pieces in story order.
   */
  private static List<List<org.storyline.reconcile.event.EventMention>> blocks(Candidates candidates) {
    java.util.TreeSet<Long> datedMonths = new java.util.TreeSet<>();
    for (Candidate c : candidates.byMention.values()) {
      if (c.when.isPresent()) {
        datedMonths.add(month(c.when.get().first()));
      }
    }
    Map<Long, List<org.storyline.reconcile.event.EventMention>> byMonth = new LinkedHashMap<>();
    for (org.storyline.reconcile.event.EventMention m : candidates.mentions) {
      Candidate c = candidates.byMention.get(m);
      long month;
      if (c.when.isPresent()) {
        month = month(c.when.get().first());
      } else if (c.article.publishedOpt().isPresent()) {
        long published = month(c.article.publishedOpt().get().date());
        Long floor = datedMonths.floor(published);
        month = floor != null ? floor : published;
      } else {
        month = UNDATED;
      }
      byMonth.computeIfAbsent(month, k -> new ArrayList<>()).add(m);
    }
    List<List<org.storyline.reconcile.event.EventMention>> out = new ArrayList<>();
    for (List<org.storyline.reconcile.event.EventMention> month : byMonth.values()) {
      for (int i = 0; i < month.size(); i += MAX_BLOCK) {
        out.add(month.subList(i, Math.min(month.size(), i + MAX_BLOCK)));
      }
    }
    return out;
  }

  /** A month as a number in calendar order (year * 12 + month), compared without making "2022-01" of it. */
  private static long month(LocalDate day) {
    return day.getYear() * 12L + day.getMonthValue() - 1;
  }

  /** The block of mentions without a date or a report's date: below every month {@link #month} makes. */
  private static final long UNDATED = Long.MIN_VALUE;

  /**
   * One timeline-worthy mention with what the timeline needs of it.
   *
   * @param circumstance whether it is a part or subject of another happening of its sentence
   *     ({@link Circumstances}): it groups as its date says, but dates no event by itself
   */
  record Candidate(Article article, EventMention event, int sentence, Span sentenceSpan, Optional<Dated> when,
      boolean circumstance) {
    /**
     * What the mention says of the happening, read against its date: a happening its own sentence
     * dates after the report can only have been planned ("before a proposed Jan. 12 meeting").
     */
    Modality modality() {
      boolean ahead = when.isPresent() && article.publishedOpt().map(p -> when.get().first().isAfter(p.date())).orElse(false);
      return ahead && event.modality() == Modality.HAPPENED ? Modality.PLANNED : event.modality();
    }
  }

  private static final class Candidates {
    final List<org.storyline.reconcile.event.EventMention> mentions = new ArrayList<>();
    final Map<org.storyline.reconcile.event.EventMention, Candidate> byMention = new IdentityHashMap<>();
  }

  private Candidates candidates(List<ArticleEvents> articles) {
    Candidates out = new Candidates();
    for (ArticleEvents a : articles) {
      String text = a.article().text();
      int[] reportEnds = new int[a.events().size()];
      int reports = 0;
      List<EventMention> takePlace = new ArrayList<>();
      List<EventMention> happenings = new ArrayList<>();
      for (EventMention e : a.events()) {
        if (e.timeMlClass() == EventClass.REPORTING) {
          reportEnds[reports++] = e.trigger().end();
        } else if (isHappening(e)) {
          (isTakePlace(e, text) ? takePlace : happenings).add(e);
        }
      }
      reportEnds = Arrays.copyOf(reportEnds, reports);
      Arrays.sort(reportEnds);
      List<EventMention> worthy = new ArrayList<>(happenings.size());
      for (EventMention e : happenings) {
        if (!isReportingSetting(e, reportEnds, text)) {
          worthy.add(e);
        }
      }
      if (worthy.isEmpty()) {
        continue;
      }
      Set<Span> circumstances = Circumstances.of(worthy, takePlace);
      Placement[] placed = sentences.placements(a.article(), worthy);
      for (int i = 0; i < placed.length; i++) {
        EventMention e = worthy.get(i);
        Placement p = placed[i];
        if (p != null) {
          Candidate c = new Candidate(a.article(), e, p.sentence(), p.span(), dated(e, a.article()),
              circumstances.contains(e.trigger()));
          org.storyline.reconcile.event.EventMention m = corefMention(c, p);
          out.mentions.add(m);
          out.byMention.put(m, c);
        }
      }
    }
    return out;
  }

  private static boolean isHappening(EventMention e) {
    return HAPPENINGS.contains(e.timeMlClass()) && TOLD_AS_REAL.contains(e.modality());
  }

  /**
   * "The call will take place on Monday": the happening is the call, which the sentence dates too;
   * "take" alone would list the call again under another word.
   */
  private static boolean isTakePlace(EventMention e, String text) {
    String word = e.text();
    // a word of 4 to 6 letters from 't' or 'T' (no other letter lower-cases to 't'), before lower-casing it
    if (word.length() < 4 || word.length() > 6 || (word.charAt(0) != 't' && word.charAt(0) != 'T')
        || !TAKE.contains(word.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String after = text.substring(e.trigger().end(), Math.min(text.length(), e.trigger().end() + 7));
    return PLACE_AFTER.matcher(after).matches();
  }

  /**
   * "Lavrov said in a YouTube interview Monday", "told reporters at a briefing": the interview or
   * briefing is where the saying took place, part of a statement, which the timeline leaves off
   * (a reporting verb, then at most two words, "in", "at" or "during" and at most three modifiers).
   * Only the reporting verbs that end within 80 characters before the mention are read: {@code
   * reportEnds}, the ends of the article's reporting verbs in order, are searched for them.
   */
  private static boolean isReportingSetting(EventMention e, int[] reportEnds, String text) {
    int start = e.trigger().start();
    int at = Arrays.binarySearch(reportEnds, start - 79); // the first end within 79 characters: an equal one, if any, may repeat
    at = at >= 0 ? at : -at - 1;
    while (at > 0 && reportEnds[at - 1] == start - 79) {
      at--;
    }
    for (; at < reportEnds.length && reportEnds[at] < start; at++) { // a gap of 1 to 79 characters
      int end = reportEnds[at];
      if (Whitespace.isSpacedPhrase(text, end, start, 6, SETTING_STOPS)
          && REPORTING_SETTING.matcher(text.substring(end, start)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date a mention's own sentence gives: a time expression of it only, and only as fine as a
   * month (a year or a longer stretch places nothing on a timeline). What a report tells as done
   * is not dated by another event's time that lies ahead of the report ("held talks on Friday and
   * said the U.S. would reply this week, offering hope": this week is the reply's, not the offer's).
   */
  private static Optional<Dated> dated(EventMention e, Article article) {
    EventTime t = e.time();
    if (!t.fromTimex() || !t.isKnown() || !PLACED.contains(t.precision())) {
      return Optional.empty();
    }
    boolean ahead = article.publishedOpt().map(p -> !t.first().isBefore(p.date()) && t.last().isAfter(p.date())).orElse(false);
    if (ahead && t.source() == EventTime.Source.SENTENCE_TIMEX && e.modality() == Modality.HAPPENED) {
      return Optional.empty();
    }
    return Optional.of(new Dated(t.first(), t.last(), t.precision()));
  }

  /** Where and when a dated mention's sentence places it: mentions of one sentence with one date tell one happening. */
  private static Optional<Anchor> anchor(Candidate c) {
    return c.when.map(d -> Anchor.of(c.article.id(), c.sentence, d));
  }

  /**
   * A sentence and a date, equal when their dates read the same ({@link Dated#toString()}: a day by
   * its first day, a month by its month, a year by its year, else by both ends), without writing them.
   */
  private record Anchor(ArticleId article, int sentence, EventTime.Precision grain, LocalDate first, LocalDate last) {
    static Anchor of(ArticleId article, int sentence, Dated d) {
      return switch (d.precision()) {
        case DAY -> new Anchor(article, sentence, EventTime.Precision.DAY, d.first(), null);
        case MONTH -> new Anchor(article, sentence, EventTime.Precision.MONTH, d.first().withDayOfMonth(1), null);
        case YEAR -> new Anchor(article, sentence, EventTime.Precision.YEAR, d.first().withDayOfYear(1), null);
        default -> new Anchor(article, sentence, null, d.first(), d.last());
      };
    }

    // written out as the record's own would be (the same hash), without its run-time made methods (see Dated.equals)
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Anchor a && sentence == a.sentence && grain == a.grain
          && article.value().equals(a.article.value()) && first.equals(a.first) && Objects.equals(last, a.last);
    }

    @Override
    public int hashCode() {
      int h = article.value().hashCode(); // ArticleId's hash
      h = 31 * h + sentence;
      h = 31 * h + Objects.hashCode(grain);
      h = 31 * h + first.hashCode();
      return 31 * h + Objects.hashCode(last);
    }
  }

  private static org.storyline.reconcile.event.EventMention corefMention(Candidate c, Placement p) {
    String text = c.article.text();
    List<Participant> of = c.event.participants();
    String[] participants = new String[of.size()];
    for (int i = 0; i < participants.length; i++) {
      participants[i] = of.get(i).span().of(text);
    }
    return new org.storyline.reconcile.event.EventMention(c.article.id().value(), c.sentence, p.tokens(),
        c.event.trigger(), c.event.text(), head(c.event.text()), p.words(),
        c.article.publishedOpt().map(PublicationDate::date), c.when.filter(d -> d.precision() == EventTime.Precision.DAY)
            .map(Dated::first), List.of(participants));
  }

  /** The last word of a trigger ("video call" → "call"): the head of an English noun or verb phrase. */
  private static String head(String trigger) {
    return Whitespace.lastWord(trigger);
  }

  /** Entity names by article and mention span, to name participants. */
  private static Map<Mention, String> entityNames(List<Entity> entities) {
    Map<Mention, String> out = new HashMap<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        out.put(new Mention(m.article(), m.span()), e.canonicalName());
      }
    }
    return out;
  }

  /** A person's mention in an article, by the entity's name. */
  private record Named(Span span, String name) {}

  private static Map<ArticleId, List<Named>> people(List<Entity> entities) {
    Map<ArticleId, List<Named>> out = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        e.mentions().forEach(m -> out.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Named(m.span(), e.canonicalName())));
      }
    }
    return out;
  }

  /** The people a mention's sentence names: who took part in a talk, as far as its report says. */
  private static Set<String> peopleNamed(Candidate c, Map<ArticleId, List<Named>> people) {
    Set<String> out = new HashSet<>();
    for (Named n : people.getOrDefault(c.article().id(), List.of())) {
      if (c.sentenceSpan().contains(n.span())) {
        out.add(n.name());
      }
    }
    return out;
  }

  /** A mention's place: an article and a span of its text. */
  private record Mention(ArticleId article, Span span) {
    // written out as the record's own would be (the same hash), without its run-time made methods (see Dated.equals)
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Mention m && span.start() == m.span.start() && span.end() == m.span.end()
          && article.value().equals(m.article.value());
    }

    @Override
    public int hashCode() {
      return 31 * article.value().hashCode() + 31 * span.start() + span.end(); // ArticleId's and Span's hashes
    }
  }

  /** The event a group of mentions makes, if one of them that is no other's circumstance dates it. */
  private Optional<TimelineEvent> event(List<Candidate> members, Map<Mention, String> names) {
    Map<Dated, List<Candidate>> byDate = new LinkedHashMap<>();
    for (Candidate c : members) {
      if (!c.circumstance) {
        c.when.ifPresent(d -> byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
      }
    }
    if (byDate.isEmpty()) {
      return Optional.empty();
    }
    Dated best = bestDate(byDate);
    List<TimelineEvent.Conflict> conflicts = new ArrayList<>();
    byDate.forEach((d, cs) -> {
      if (!d.overlaps(best)) {
        conflicts.add(new TimelineEvent.Conflict(d, cs.stream().map(c -> c.article.id()).distinct().toList()));
      }
    });
    boolean happened = members.stream().anyMatch(c -> tellsDone(c, best));
    // an announcement comes before the happening: a "planned" mention published after it was misread
    Optional<LocalDate> announced = members.stream().filter(c -> c.modality() == Modality.PLANNED)
        .flatMap(c -> c.article.publishedOpt().stream()).map(PublicationDate::date)
        .filter(d -> !d.isAfter(best.last())).min(Comparator.naturalOrder());
    Candidate labelled = labelSource(byDate.get(best), members);
    return Optional.of(new TimelineEvent(label(labelled), type(members), best,
        happened ? TimelineEvent.Status.HAPPENED : TimelineEvent.Status.PLANNED, announced,
        participants(members, names), members.stream().map(EventTimelineBuilder::source).toList(), conflicts));
  }

  /**
   * Whether a mention tells the happening done: one its sentence dates by the happening's date, or
   * an undated one (joined by coreference alone) from a report published after the happening's
   * last day; a report cannot tell as done what was still ahead of it ("any invasion", undated, on
   * the Monday of a week whose written answers were still to come).
   */
  private static boolean tellsDone(Candidate c, Dated when) {
    if (c.modality() != Modality.HAPPENED || c.circumstance) {
      return false;
    }
    return c.when.isPresent() || c.article.publishedOpt().map(p -> p.date().isAfter(when.last())).orElse(false);
  }

  /**
   * The date the most articles give or hold (a report of "next month" supports the day another
   * gives inside it); between equals the finer, then the earlier.
   */
  private static Dated bestDate(Map<Dated, List<Candidate>> byDate) {
    Comparator<Map.Entry<Dated, List<Candidate>>> support = Comparator.comparingLong(e -> byDate.entrySet().stream()
        .filter(x -> holds(x.getKey(), e.getKey())).flatMap(x -> x.getValue().stream()).map(c -> c.article.id()).distinct().count());
    return byDate.entrySet().stream()
        .max(support.thenComparing(e -> -e.getKey().precision().ordinal()).thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  private static boolean holds(Dated outer, Dated inner) {
    return !outer.first().isAfter(inner.first()) && !outer.last().isBefore(inner.last());
  }

  /**
   * The source whose sentence tells it best: one reporting it done; in the report's own words
   * rather than a quotation ("Our prayers and condolences go out to those affected by today's
   * shooting" names a shooting only in passing); by the word most of the event's mentions use
   * ("shooting" over "go"); then the shortest sentence.
   */
  private static Candidate labelSource(List<Candidate> dated, List<Candidate> members) {
    Map<String, Integer> words = new HashMap<>();
    members.forEach(c -> words.merge(word(c), 1, Integer::sum));
    return dated.stream()
        .min(Comparator.comparing((Candidate c) -> c.modality() != Modality.HAPPENED)
            .thenComparing(EventTimelineBuilder::opensWithQuote)
            .thenComparingInt(c -> -words.get(word(c)))
            .thenComparingInt(c -> c.sentenceSpan.length()))
        .orElseThrow();
  }

  /** The trigger's word without its inflection ({@link EventLemmas#key}): "reduced" and "reduce" count as one. */
  private static String word(Candidate c) {
    return EventLemmas.key(c.event.text());
  }

  private static boolean opensWithQuote(Candidate c) {
    String text = c.article.text();
    int at = c.sentenceSpan.start();
    while (at < c.sentenceSpan.end() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at < c.sentenceSpan.end() && QUOTE_MARKS.indexOf(text.charAt(at)) >= 0;
  }

  private static String label(Candidate c) {
    return Whitespace.collapse(c.article.text(), c.sentenceSpan.start(), c.sentenceSpan.end(), LABEL_WORDS);
  }

  /** The kind most of its mentions have, other kinds before {@link EventType#OTHER}. */
  private static EventType type(List<Candidate> members) {
    Map<EventType, Integer> counts = new HashMap<>();
    members.forEach(c -> counts.merge(c.event.type(), c.event.type() == EventType.OTHER ? 0 : 2, Integer::sum));
    members.forEach(c -> counts.merge(c.event.type(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.<EventType, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private static List<String> participants(List<Candidate> members, Map<Mention, String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Candidate c : members) {
      participantNames(c, names).forEach(name -> counts.merge(name, 1, Integer::sum));
    }
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }

  /** The entity names of a mention's participants (their words where no entity holds them). */
  private static List<String> participantNames(Candidate c, Map<Mention, String> names) {
    List<String> out = new ArrayList<>();
    for (Participant p : c.event.participants()) {
      String name = names.get(new Mention(c.article.id(), p.span()));
      out.add(name != null ? name : p.span().of(c.article.text()));
    }
    return out;
  }

  private static TimelineEvent.Source source(Candidate c) {
    Article a = c.article;
    return new TimelineEvent.Source(a.id(), a.outletOpt(), a.publishedOpt().map(PublicationDate::date), c.event.trigger(),
        c.event.text(), c.sentenceSpan, c.modality(), c.when);
  }
}
