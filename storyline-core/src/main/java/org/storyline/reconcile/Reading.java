package org.storyline.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.CueReader;
import org.storyline.extract.time.DatingCue;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Article;
import org.storyline.model.Span;

/**
 * What the dater needs from one article: its sentences with the names and event words in each,
 * its dating cues, and (once it has a date) the days its time expressions name.
 *
 * <p>A name is a capitalised word that is not a title, a weekday, a month or a sentence opener,
 * kept as its first six letters in lower case, so that "Zelenskiy" and "Zelenskyy", "Ukraine" and
 * "Ukrainian" meet. Crude, and meant to be replaced by entity mentions when the NER stage exists.
 */
final class Reading {

  /** A sentence: where it is, the names in it, and whether it tells of a call, a meeting or talks. */
  record Clause(Span span, Set<String> names, boolean event) {}

  /** A time expression of a dated article that names one day; {@code explicit} when it says the day outright. */
  record DayMention(Span span, String text, LocalDate date, boolean explicit) {}

  private static final int NAME_KEY = 6;

  static final Set<String> EVENT_WORDS = Set.of(
      "call", "calls", "called", "phone", "talk", "talks", "talked", "speak", "speaks", "spoke", "spoken", "speaking",
      "meet", "meets", "met", "meeting", "meetings", "summit", "conversation", "discuss", "discussed", "discussion",
      "interview", "visit", "visited", "conference", "negotiations");

  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "his", "her",
      "their", "its", "our", "this", "that", "these", "those", "there", "as", "after", "before", "while", "when", "if",
      "meanwhile", "however", "still", "yet", "so", "also", "for", "with", "some", "many", "no", "one", "mr", "mrs",
      "ms", "dr", "president", "presidents", "secretary", "minister", "prime", "foreign", "chancellor", "state", "department",
      "defense", "defence", "spokesman", "spokeswoman", "spokesperson", "general", "adviser", "advisor", "official",
      "officials", "chief", "leader", "leaders", "senator", "sen", "rep", "gov", "governor", "king", "queen", "prince",
      "pope", "ministry", "office", "council", "national", "security", "white", "house", "news", "u.s", "us", "u.s.",
      "u.k", "uk", "eu", "new", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tonight",
      "earlier", "later", "despite", "although", "according", "during", "since", "until", "what", "where", "who", "why",
      "how", "all", "both", "each", "more", "most", "other", "such", "speaking", "asked", "under", "from", "not", "only",
      "even", "just", "now", "then", "last", "next", "first", "yesterday", "tomorrow", "several", "two", "three", "four");

  final Article article;
  final List<Clause> clauses;
  final List<DatingCue> cues;
  private final Map<LocalDate, List<DayMention>> days = new HashMap<>();

  private Reading(Article article, List<Clause> clauses, List<DatingCue> cues) {
    this.article = article;
    this.clauses = clauses;
    this.cues = cues;
  }

  static Reading of(Article article, CueReader cueReader, Tokenizer tokenizer) {
    String text = article.text();
    List<Sentence> sentences = tokenizer.sentences(text);
    Set<String> lowerCase = new HashSet<>(); // words also written in lower case are not names at a sentence's start
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (!t.isCapitalised()) {
          lowerCase.add(t.text());
        }
      }
    }
    List<Clause> clauses = new ArrayList<>();
    for (Sentence s : sentences) {
      Set<String> names = new HashSet<>();
      boolean event = false;
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        event |= EVENT_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
        if (t.isCapitalised() && (i > 0 || !lowerCase.contains(t.text().toLowerCase(Locale.ROOT)))) {
          for (String part : t.text().split("[-\u2010\u2011]")) {
            addName(names, part);
          }
        }
      }
      clauses.add(new Clause(s.span(), Set.copyOf(names), event));
    }
    return new Reading(article, List.copyOf(clauses), cueReader.cues(text));
  }

  /** The same reading for another version of the article (the same text, now dated). */
  Reading of(Article dated) {
    return new Reading(dated, clauses, cues);
  }

  private static void addName(Set<String> names, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 3 || NOT_NAMES.contains(w) || EVENT_WORDS.contains(w) || !Character.isLetter(w.charAt(0))) {
      return;
    }
    names.add(w.substring(0, Math.min(NAME_KEY, w.length())));
  }

  /** Every name of the article. */
  Set<String> names() {
    Set<String> all = new HashSet<>();
    clauses.forEach(c -> all.addAll(c.names()));
    return all;
  }

  /** The sentence that contains {@code span}, or null. */
  Clause clauseOf(Span span) {
    for (Clause c : clauses) {
      if (c.span().start() <= span.start() && span.start() < Math.max(c.span().end(), c.span().start() + 1)) {
        return c;
      }
    }
    return null;
  }

  /** The index of the sentence that contains {@code span}, or -1. */
  int clauseIndex(Span span) {
    Clause c = clauseOf(span);
    return c == null ? -1 : clauses.indexOf(c);
  }

  /** The day-precise time expressions of the article, resolved against {@code written}. */
  synchronized List<DayMention> days(LocalDate written, TimeTagger tagger) {
    return days.computeIfAbsent(written, d -> {
      Set<Span> explicit = new HashSet<>();
      for (DatingCue c : cues) {
        if (c instanceof DatingCue.FullDate || c instanceof DatingCue.MonthDay) {
          explicit.add(c.span());
        }
      }
      List<DayMention> out = new ArrayList<>();
      for (Timex t : tagger.tag(article.text(), d)) {
        LocalDate day = dayOf(t.value());
        if (day != null) {
          out.add(new DayMention(t.span(), t.text(), day, explicit.contains(t.span())));
        }
      }
      return List.copyOf(out);
    });
  }

  private static LocalDate dayOf(TimexValue v) {
    if (v instanceof TimexValue.Day day) {
      return day.date();
    } else if (v instanceof TimexValue.DayPart dp) {
      return dp.date();
    } else if (v instanceof TimexValue.Clock c) {
      return c.time().toLocalDate();
    }
    return null;
  }
}
