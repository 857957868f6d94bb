package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.extract.Extraction;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.time.RuleTimeTagger;

/**
 * A {@link TimelineSummarizer} in the manner of DATEWISE (Gholipour Ghalandari and Ifrim 2020):
 * first the dates, then the sentences of each date.
 *
 * <ol>
 *   <li>Dates: each day in range scores the articles that point at it, each article once
 *       ({@link DayScores}): {@code publishedWeight} for one that reports it (published on it, or
 *       the morning after with a lead naming it), 1 for one that names it as past ("on April 24",
 *       "yesterday", resolved by {@link RuleTimeTagger} against the article's date), {@code
 *       announcementWeight} for one that names it ahead of time. The T best days are taken (the
 *       earlier on ties), skipping days that have no sentence to show.
 *   <li>Sentences of a day: those that name it (written on or after it), and the leading sentences
 *       of the articles published on it that name no other day. They are ranked by how they bring
 *       the summary towards the TF-IDF centroid of all the day's candidates (greedy, as the
 *       centroid-opt summariser), and one too close to a sentence already chosen is passed over.
 * </ol>
 *
 * <pre>{@code
 * Timeline t = new DatewiseSummarizer().summarize(articles, new TimelineRequest(10, 2, null, null));
 * }</pre>
 */
public final class DatewiseSummarizer implements TimelineSummarizer {

  private final DatewiseConfig config;
  private final Units units;

  public DatewiseSummarizer() {
    this(DatewiseConfig.DEFAULT);
  }

  public DatewiseSummarizer(DatewiseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.units = new Units(new RuleTokenizer(), new RuleTimeTagger());
  }

  /** Articles read once (sentences, dates named, terms), to be summarised many times. */
  public static final class Corpus {
    private final List<Unit> units;
    private final Map<String, Double> idf;

    private Corpus(List<Unit> units) {
      this.units = units;
      this.idf = Unit.idf(units);
    }

    /** The number of sentences read. */
    public int sentences() {
      return units.size();
    }
  }

  /** Reads {@code articles} (in parallel) for {@link #summarize(Corpus, TimelineRequest)}. */
  public Corpus read(List<DatedText> articles) {
    List<DatedText> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(DatedText::published).thenComparing(DatedText::id));
    return new Corpus(units.read(sorted));
  }

  /**
   * Reads extracted articles (a stored story's) for {@link #summarize(Corpus, TimelineRequest)}:
   * their time expressions are taken from the extractions, not tagged again; undated articles are
   * left out.
   */
  public Corpus readExtracted(List<Extraction> articles) {
    List<Extraction> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing((Extraction x) -> x.article().id().value()));
    return new Corpus(sorted.stream().flatMap(x -> units.read(x).stream()).toList());
  }

  @Override
  public Timeline summarize(List<DatedText> articles, TimelineRequest request) {
    Objects.requireNonNull(request, "request");
    return summarize(read(articles.stream().filter(a -> request.contains(a.published())).toList()), request);
  }

  /** The timeline of the corpus's articles published within the request's range. */
  public Timeline summarize(Corpus corpus, TimelineRequest request) {
    List<Unit> inRange = corpus.units.stream().filter(u -> request.contains(u.article().published())).toList();
    Map<LocalDate, List<Unit>> candidates = candidates(inRange, request);
    Map<LocalDate, Double> scores = DayScores.of(inRange, request, config);
    List<LocalDate> ranked = new ArrayList<>(scores.keySet());
    ranked.sort(Comparator.comparing((LocalDate d) -> -scores.get(d)).thenComparing(d -> d));
    TreeMap<LocalDate, List<SourcedSentence>> chosen = new TreeMap<>();
    Set<String> said = new HashSet<>();
    for (LocalDate d : ranked) {
      if (chosen.size() == request.dates()) {
        break;
      }
      List<Unit> day = candidates.getOrDefault(d, List.of());
      List<SourcedSentence> picked = new SentencePicker(day, corpus.idf, config).pick(d, request.sentences(), said);
      if (!picked.isEmpty()) {
        chosen.put(d, picked);
      }
    }
    List<Timeline.Entry> entries = new ArrayList<>();
    chosen.forEach((d, s) -> entries.add(new Timeline.Entry(d, s)));
    return new Timeline(entries);
  }

  private Map<LocalDate, List<Unit>> candidates(List<Unit> units, TimelineRequest request) {
    Map<LocalDate, List<Unit>> candidates = new HashMap<>();
    for (Unit u : units) {
      if (u.words() < config.minWords() || u.words() > config.maxWords()) {
        continue;
      }
      LocalDate published = u.article().published();
      for (LocalDate d : u.mentioned()) {
        if (!d.isAfter(published) && request.contains(d)) {
          candidates.computeIfAbsent(d, k -> new ArrayList<>()).add(u);
        }
      }
      boolean namesOther = u.mentioned().stream().anyMatch(d -> !d.equals(published));
      if (u.position() < config.leadSentences() && !namesOther && !u.mentioned().contains(published)) {
        candidates.computeIfAbsent(published, k -> new ArrayList<>()).add(u);
      }
    }
    return candidates;
  }
}
