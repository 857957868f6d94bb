package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.Span;

/**
 * Turns an article into its {@link ArticleProfile}, counting its terms into the document
 * frequencies first (so IDF is that of the articles seen so far, this one included).
 *
 * <p>Terms are lower-cased words of letters and digits, stop words and one-letter words left out.
 * A word capitalised inside a sentence (a name, a place, a street) weighs {@code caps.boost}; a
 * title word {@code title.boost}. The title loses a trailing site name ("... :: WRAL.com"). Body
 * lines that start within the first {@code lead.words} words (the lead) weigh {@code lead.boost}.
 *
 * <p>A line that recent articles have already had {@code boilerplate.docs} times (a sign-in box,
 * a site's footer, a newsletter plea) is left out, and its words do not count towards {@code
 * min.words}: such lines would otherwise tie together unrelated articles of one site.
 */
final class Profiler {

  /** Figures kept per article: more come from tables and lists, which tell little. */
  private static final int MAX_FIGURES = 32;

  private final Vocabulary vocabulary;
  final PhraseCounts people = new PhraseCounts(); // package-private for ClusterCheckpoint
  final LineCounter lines;
  private final int boilerplateDocs;
  private final int articleTerms;
  private final float capsBoost;
  private final float titleBoost;
  private final int articlePhrases;
  private final int leadWords;
  private final float leadBoost;

  Profiler(Vocabulary vocabulary, ClusterConfig config) {
    this.vocabulary = vocabulary;
    this.lines = new LineCounter(config.getInt("boilerplate.generation"));
    this.boilerplateDocs = config.getInt("boilerplate.docs");
    this.articleTerms = config.getInt("terms.article");
    this.capsBoost = (float) config.get("caps.boost");
    this.titleBoost = (float) config.get("title.boost");
    this.articlePhrases = config.getInt("phrases.article");
    this.leadWords = config.getInt("lead.words");
    this.leadBoost = (float) config.get("lead.boost");
  }

  ArticleProfile profile(Article a) {
    return profile(a, ArticleWords.of(a));
  }

  /** The profile of {@code a}, whose words {@code read} holds ({@link ArticleWords#of}). */
  ArticleProfile profile(Article a, ArticleWords read) {
    Map<Integer, float[]> tf = new HashMap<>(); // id -> {text weight, title weight, capitalised count}
    Map<Long, Phrase> phrases = new LinkedHashMap<>();
    var date = a.publishedOpt().map(p -> p.date()).orElse(null);
    DayMentions days = new DayMentions(date);
    int[] figures = Figures.NONE;
    if (read.titleWords != null) {
      scan(read.titleWords, tf, titleBoost, null, days);
      figures = read.titleWords.figures;
    }
    int words = 0;
    List<Long> hashes = new ArrayList<>();
    for (ArticleWords.Line line : read.lines) {
      long h = line.hash();
      if (h != 0) {
        hashes.add(h);
      }
      if (line.head()) {
        if (read.title == null) {
          scan(line.words(), tf, titleBoost, null, days);
          figures = SortedInts.union(figures, line.words().figures, MAX_FIGURES);
        }
      } else if (!line.byline() && (h == 0 || lines.count(h) < boilerplateDocs)) {
        // the lead says who, what and where; later lines drift to background, quotes and captions
        words += scan(line.words(), tf, words < leadWords ? leadBoost : 1, phrases, days);
        figures = SortedInts.union(figures, line.words().figures, MAX_FIGURES);
      }
    }
    lines.countDocument(hashes);
    int n = tf.size();
    int[] ids = new int[n];
    float[] textW = new float[n];
    float[] titleW = new float[n];
    float[] namesW = new float[n];
    int i = 0;
    for (Map.Entry<Integer, float[]> e : tf.entrySet()) {
      ids[i] = e.getKey();
      textW[i] = e.getValue()[0];
      titleW[i] = e.getValue()[1];
      namesW[i] = e.getValue()[2];
      i++;
    }
    vocabulary.countDocument(ids, n);
    for (int k = 0; k < n; k++) {
      double idf = vocabulary.idf(ids[k]);
      textW[k] = textW[k] > 0 ? (float) ((1 + Math.log(textW[k])) * idf) : 0;
      titleW[k] = titleW[k] > 0 ? (float) idf : 0;
      namesW[k] = namesW[k] > 0 ? (float) ((1 + Math.log(namesW[k])) * idf * idf) : 0;
    }
    TermVector textVector = TermVector.of(ids, textW, n, articleTerms);
    TermVector titleVector = TermVector.of(ids, titleW, n, articleTerms);
    TermVector namesVector = TermVector.of(ids, namesW, n, articleTerms);
    return new ArticleProfile(a.id(), textVector, titleVector, namesVector, namePhrases(phrases), days.days(), figures, date, date, words, outlet(a));
  }

  /**
   * The article's name phrases that name people, each counted into its document frequency, the
   * {@code phrases.article} rarest kept. A phrase names a person once any article has given an age
   * after it ("Abdi Abdi, 18, was charged"), as reports do for victims and suspects and seldom for
   * places, outlets or reporters, or has written it as a first name and a surname ("Secretary of
   * State Antony Blinken"; not "Morgan Park"): a later report that names the person without the age
   * (a trial, say) still counts. Articles are counted from the first such sighting on.
   */
  private NamePhrases namePhrases(Map<Long, Phrase> phrases) {
    long[] ids = new long[phrases.size()];
    int[] df = new int[phrases.size()];
    int n = 0;
    for (Map.Entry<Long, Phrase> e : phrases.entrySet()) {
      long h = e.getKey();
      if (e.getValue().person) {
        people.admit(h);
      }
      int count = people.countIfKnown(h);
      if (count > 0) {
        ids[n] = h;
        df[n++] = count;
      }
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(df[x], df[y])); // stable: first seen first
    int keep = Math.min(n, articlePhrases);
    int[] keptIds = new int[keep];
    int[] keptDf = new int[keep];
    for (int k = 0; k < keep; k++) {
      keptIds[k] = PhraseCounts.id(ids[order[k]]);
      keptDf[k] = df[order[k]];
    }
    return NamePhrases.of(keptIds, keptDf);
  }

  /**
   * Adds the terms of {@code words} to {@code tf}: into slot 0 with the given base weight
   * (caps-boosted), and also into slot 1 (title) when {@code phrases} is null (a title, where most
   * outlets capitalise every word); else the runs of capitalised words go to {@code phrases}.
   * Every word also goes to {@code days}. Returns the number of words seen.
   */
  private int scan(ArticleWords.Segment words, Map<Integer, float[]> tf, float weight, Map<Long, Phrase> phrases, DayMentions days) {
    boolean title = phrases == null;
    PhraseRun run = new PhraseRun(phrases, words);
    for (int k = 0; k < words.size(); k++) {
      String term = words.terms[k];
      boolean upper = words.is(k, ArticleWords.Segment.UPPER);
      boolean initial = words.is(k, ArticleWords.Segment.OPENS_SENTENCE);
      days.word(term, initial);
      if (!words.is(k, ArticleWords.Segment.TERM)) {
        run.end();
        continue;
      }
      int id = vocabulary.id(term);
      if (!initial && !title) {
        vocabulary.countCase(id, upper);
      }
      // a capitalised first word of a sentence is a name when the word is mostly seen capitalised
      boolean caps = upper && (!initial || vocabulary.mostlyCapitalised(id));
      float[] slot = tf.computeIfAbsent(id, x -> new float[3]);
      if (caps && !title) {
        slot[2] += 1;
      }
      run.word(k, caps || upper && initial);
      slot[0] += caps ? weight * capsBoost : weight;
      if (title) {
        slot[1] += 1;
      }
    }
    run.end();
    return words.size();
  }

  /** A run of capitalised words seen in an article: whether it names a person (an age followed it, or it is a first name and a surname). */
  private static final class Phrase {
    boolean person;
  }

  /** Last words of names of places and bodies that open with a first name ("Morgan Park", "Kennedy High"). */
  private static final Set<String> PLACE_WORDS = Set.of("park", "street", "st", "avenue", "ave", "road", "rd", "boulevard",
      "blvd", "drive", "dr", "lane", "ln", "way", "court", "ct", "county", "city", "high", "school", "elementary", "center",
      "centre", "hospital", "church", "police", "department", "township", "heights", "village", "beach", "lake", "hill",
      "hills", "square", "mall", "apartments", "station", "college", "university", "bridge", "valley", "springs", "creek",
      "place", "plaza", "parkway", "highway", "hwy", "circle", "terrace", "gardens", "island", "airport", "memorial",
      "medical", "middle", "academy", "house", "hall", "river", "mountain", "falls", "woods", "forest", "ridge");

  /**
   * Collects runs of capitalised words that only spaces separate; a run of 2 to 4 is a phrase. A
   * phrase names a person when an age follows it, or when it is a first name and one or two more
   * words, the last not a word of places ("Morgan Park", "Garfield Avenue"): "Secretary of State
   * Antony Blinken" gives "Antony Blinken". With no {@code out} (a title), nothing.
   */
  private static final class PhraseRun {
    private static final int MAX_WORDS = 4;
    /** Longest run whose end can still hold a person's name. */
    private static final int MAX_RUN = 8;
    private final Map<Long, Phrase> out;
    private final ArticleWords.Segment segment;
    private final String[] terms = new String[MAX_RUN];
    private final boolean[] firstName = new boolean[MAX_RUN];
    private int words;
    private int last;

    PhraseRun(Map<Long, Phrase> out, ArticleWords.Segment segment) {
      this.out = out;
      this.segment = segment;
    }

    /** The segment's word {@code k}; {@code caps}: capitalised, a sentence's first word included (a name often opens a report). */
    void word(int k, boolean caps) {
      if (out == null) {
        return;
      }
      if (!caps) {
        end();
        return;
      }
      if (words > 0 && !segment.is(k, ArticleWords.Segment.SPACES_BEFORE)) {
        end();
      }
      if (words < MAX_RUN) {
        terms[words] = segment.terms[k];
        firstName[words] = segment.is(k, ArticleWords.Segment.FIRST_NAME);
      }
      words++;
      last = k;
    }

    void end() {
      if (out != null && words >= 2 && words <= MAX_RUN) {
        int person = personStart();
        if (words <= MAX_WORDS) {
          add(0, segment.is(last, ArticleWords.Segment.AGE_AFTER) || person == 0);
        }
        if (person > 0) {
          add(person, true);
        }
      }
      words = 0;
    }

    /** Adds the phrase of the run's words from {@code from} on; "Tamara Alexia Perry" also as "Tamara Perry". */
    private void add(int from, boolean person) {
      long hash = 0;
      for (int i = from; i < words; i++) {
        hash = PhraseCounts.extend(hash, terms[i]);
      }
      out.computeIfAbsent(hash, k -> new Phrase()).person |= person;
      if (words - from == 3) {
        // "Tamara Alexia Perry, 14" is the "Tamara Perry" of other reports: the first and last
        // names stand for the person without the middle name
        long firstLast = PhraseCounts.hash(terms[from], terms[words - 1]);
        out.computeIfAbsent(firstLast, k -> new Phrase()).person |= person;
      }
    }

    /** Where a person's name starts: a first name followed by one or two words ending the run, the last not of places; else -1. */
    private int personStart() {
      if (PLACE_WORDS.contains(terms[words - 1])) {
        return -1;
      }
      for (int i = Math.max(0, words - 3); i <= words - 2; i++) {
        if (firstName[i]) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A hash of the letters of a line, lower-cased; 0 for a line of fewer than 8 letters. */
  static long lineHash(String s, int from, int to) {
    long h = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        h = h * 1_000_003 + Character.toLowerCase(c);
        letters++;
      }
    }
    return letters < 8 ? 0 : h | 1;
  }

  /** The title without a site name after " | ", " :: ", " - " or " — ": the longest part is kept. */
  static String cleanTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = title.split(" (\\||::|-|\u2013|\u2014) ");
    return Arrays.stream(parts).max((x, y) -> Integer.compare(x.length(), y.length())).orElse(title).strip();
  }

  /** The title without a site name, else the text's headline line, else its opening words. */
  static String headline(Article a) {
    String title = cleanTitle(a.title());
    if (title != null) {
      return title;
    }
    String line = a.label().replaceAll("\\s+", " "); // untitled: the headline line, else the first line
    return line.length() <= 100 ? line : line.substring(0, 99) + "\u2026";
  }

  /** The outlet, else the host of the address (see {@link Outlets#name}); null when neither is known. */
  static String outlet(Article a) {
    return Outlets.name(a.outlet(), a.url());
  }
}
