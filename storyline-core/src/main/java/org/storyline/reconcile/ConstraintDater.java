package org.storyline.reconcile;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.DatingCue;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.Tense;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.PublicationDate;

/**
 * The standard {@link ArticleDater}: turns the article's dating cues and the events it shares with
 * dated peers into weighted constraints on the day of writing D, scores every day of a window
 * around the dates they mention, and takes the day that satisfies the most weight.
 *
 * <p>Ties go to the day nearest the dates of the shared events, else the article's own dates among
 * the tied days, else the peers' dates. The confidence grows with the margin between the chosen day and the best
 * day more than one day away from it, and with the total weight behind it.
 */
final class ConstraintDater implements ArticleDater {

  /** A constraint on D: the evidence it stands for, the days it holds on, and a day it points at. */
  private record Constraint(Evidence evidence, Predicate<LocalDate> holds, LocalDate anchor) {}

  private static final int WINDOW_MARGIN_DAYS = 370;
  private static final int ANCHOR_SPREAD_YEARS = 2;
  private static final int DAY_OF_YEAR_DAYS = 183;
  private static final int PEER_RANGE_DAYS = 31;
  private static final int CACHE_SIZE = 512;
  /** How far before a date "born" may stand and still make it a birth date: "born Betty Mae Page in Nashville, Tennessee on". */
  private static final int BIRTH_REACH = 60;

  private final RuleTimeTagger tagger;
  private final Tokenizer tokenizer;
  private final Map<ArticleId, Reading> readings = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ArticleId, Reading> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  ConstraintDater(RuleTimeTagger tagger, Tokenizer tokenizer) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public Optional<DateEstimate> estimate(Article article, List<Article> peers) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(peers, "peers");
    Reading self = read(article);
    List<Reading> dated = peers.stream()
        .filter(p -> p.published() != null && !p.id().equals(article.id()))
        .map(this::read)
        .toList();
    List<Constraint> constraints = new ArrayList<>(ownConstraints(self));
    constraints.addAll(new SharedEvents(self, dated, tagger).constraints().stream()
        .map(e -> new Constraint(e, d -> matches(self, e, d), e.peer().date()))
        .toList());
    peerRange(dated).ifPresent(constraints::add);
    return choose(constraints, dated);
  }

  private Reading read(Article a) {
    synchronized (readings) {
      Reading r = readings.get(a.id());
      if (r == null || !r.article.text().equals(a.text())) {
        r = Reading.of(a, tagger, tokenizer);
        readings.put(a.id(), r);
      } else if (r.article != a) {
        r = r.of(a);
        readings.put(a.id(), r);
      }
      return r;
    }
  }

  /** Whether the cue under a SHARED_EVENT evidence names the peer's day if written on {@code d}. */
  private static boolean matches(Reading self, Evidence e, LocalDate d) {
    for (DatingCue c : self.cues) {
      if (c.span().equals(e.span())) {
        return c.dayOn(d).map(e.peer().date()::equals).orElse(false);
      }
    }
    return false;
  }

  // ---- constraints from the article alone

  private static List<Constraint> ownConstraints(Reading r) {
    List<Constraint> out = new ArrayList<>();
    for (DatingCue c : r.cues) {
      if (isBirth(r.article.text(), c)) {
        continue;
      } else if (c instanceof DatingCue.FullDate f) {
        out.add(fullDate(f));
      } else if (c instanceof DatingCue.MonthDay m && m.tense() != Tense.PRESENT) {
        out.add(dayOfYear(m));
      } else if (c instanceof DatingCue.Year y && y.tense() != Tense.PAST && !namesAThing(r.article.text(), y)) {
        out.add(year(y));
      }
    }
    out.addAll(weekdaysInBothTenses(r));
    out.addAll(monthsNamedRelatively(r));
    return out;
  }

  /**
   * Whether the cue is a birth date or year ("Born on April 22, 1923, in Nashville", "was born Betty
   * Mae Page in Nashville on April 22, 1923"): "born" earlier in its sentence, at most {@link
   * #BIRTH_REACH} characters before it. A birth says nothing of when a report was written, and as
   * the only full date of an obituary it would date the report to the day the person was born.
   */
  static boolean isBirth(String text, DatingCue c) {
    int start = c.span().start();
    int from = Math.max(0, start - BIRTH_REACH);
    for (int i = start - 1; i >= from; i--) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return false; // the sentence before
      }
      if ((ch == 'b' || ch == 'B') && text.regionMatches(true, i, "born", 0, 4) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + 4 >= text.length() || !Character.isLetter(text.charAt(i + 4)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a year names a thing rather than a time ("the 1918 pandemic", "the 2008 election", "its
   * 1968 flu"): after a determiner or before a word in lower case. Such a year says when that thing
   * was, not when the report about it was written.
   */
  static boolean namesAThing(String text, DatingCue.Year y) {
    int end = y.span().end();
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next > end && next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return true;
    }
    int start = y.span().start();
    int wordEnd = start;
    while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String before = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
    return wordEnd < start && (before.equals("the") || before.equals("its") || before.equals("their") || before.equals("his")
        || before.equals("her") || before.equals("a") || before.equals("an"));
  }

  private static Constraint fullDate(DatingCue.FullDate f) {
    LocalDate date = f.date();
    return switch (f.tense()) {
      case PAST -> new Constraint(evidence(Evidence.Kind.ABSOLUTE_DATE_PAST, f, 1.0,
          "“" + f.text() + "” is told in the past tense: written on " + date + " or later"), d -> !d.isBefore(date), date);
      case FUTURE -> new Constraint(evidence(Evidence.Kind.ABSOLUTE_DATE_FUTURE, f, 1.0,
          "“" + f.text() + "” is told in the future tense: written on " + date + " or earlier"), d -> !d.isAfter(date), date);
      case PRESENT -> new Constraint(evidence(Evidence.Kind.ABSOLUTE_DATE_PRESENT, f, 0.5,
          "“" + f.text() + "” is told in the present tense: written within two weeks of " + date),
          d -> Math.abs(DAYS.between(date, d)) <= 14, date);
    };
  }

  private static Constraint dayOfYear(DatingCue.MonthDay m) {
    boolean past = m.tense() == Tense.PAST;
    String what = "“" + m.text() + "” is told in the " + (past ? "past" : "future") + " tense: written within half a year "
        + (past ? "after" : "before") + " a " + m.month().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        + " " + m.day();
    return new Constraint(evidence(Evidence.Kind.DAY_OF_YEAR, m, 0.75, what), d -> {
      Optional<LocalDate> named = m.dayOn(d);
      if (named.isEmpty()) {
        return false;
      }
      long between = DAYS.between(d, named.get());
      return past ? between <= 0 && between >= -DAY_OF_YEAR_DAYS : between >= 0 && between <= DAY_OF_YEAR_DAYS;
    }, null);
  }

  private static Constraint year(DatingCue.Year y) {
    LocalDate first = y.first();
    LocalDate last = y.last();
    if (y.tense() == Tense.FUTURE) {
      LocalDate from = first.minusYears(1);
      return new Constraint(evidence(Evidence.Kind.YEAR, y, 1.0, "“" + y.text() + "” is told in the future tense: written between "
          + from + " and " + last), d -> !d.isBefore(from) && !d.isAfter(last), first);
    }
    LocalDate to = last.plusMonths(1);
    return new Constraint(evidence(Evidence.Kind.YEAR, y, 0.5, "“" + y.text() + "” is told in the present tense: written between "
        + first + " and " + to), d -> !d.isBefore(first) && !d.isAfter(to), first);
  }

  private static List<Constraint> weekdaysInBothTenses(Reading r) {
    Map<DayOfWeek, DatingCue.Weekday> past = new HashMap<>();
    Map<DayOfWeek, DatingCue.Weekday> future = new HashMap<>();
    for (DatingCue c : r.cues) {
      if (c instanceof DatingCue.Weekday w && w.shift() == 0) {
        if (w.tense() == Tense.PAST) {
          past.putIfAbsent(w.day(), w);
        } else if (w.tense() == Tense.FUTURE) {
          future.putIfAbsent(w.day(), w);
        }
      }
    }
    List<Constraint> out = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      DatingCue.Weekday p = past.get(day);
      DatingCue.Weekday f = future.get(day);
      if (p != null && f != null) {
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String what = "“" + name + "” is told in the past tense (“" + context(r, p) + "”) and in the future tense (“"
            + context(r, f) + "”): written on a " + name;
        out.add(new Constraint(evidence(Evidence.Kind.WEEKDAY_BOTH_TENSES, p, 1.5, what), d -> d.getDayOfWeek() == day, null));
      }
    }
    return out;
  }

  /** "next month" and "January" within two sentences of each other: D is in December. */
  private static List<Constraint> monthsNamedRelatively(Reading r) {
    List<Constraint> out = new ArrayList<>();
    for (DatingCue c : r.cues) {
      if (!(c instanceof DatingCue.RelativeMonth rel) || rel.offset() == 0) {
        continue;
      }
      int at = r.clauseIndex(rel.span());
      for (DatingCue o : r.cues) {
        if (o instanceof DatingCue.NamedMonth named && Math.abs(r.clauseIndex(named.span()) - at) <= 2
            && (rel.offset() > 0 ? named.tense() != Tense.PAST : named.tense() != Tense.FUTURE)) {
          String what = "“" + rel.text() + "” and “" + named.text() + "” are told close together: written in the month "
              + (rel.offset() > 0 ? "before " : "after ") + named.month().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
          out.add(new Constraint(evidence(Evidence.Kind.MONTH_NAMED_RELATIVELY, rel, 0.75, what),
              d -> YearMonth.from(d).plusMonths(rel.offset()).getMonth() == named.month(), null));
          break;
        }
      }
    }
    return out;
  }

  private static String context(Reading r, DatingCue c) {
    String text = r.article.text();
    int from = Math.max(0, c.span().start() - 40);
    int to = Math.min(text.length(), c.span().end() + 40);
    Reading.Clause clause = r.clauseOf(c.span());
    if (clause != null) {
      from = Math.max(from, clause.span().start());
      to = Math.min(to, clause.span().end());
    }
    while (from > 0 && from < c.span().start() && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > c.span().end() && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }

  private static Evidence evidence(Evidence.Kind kind, DatingCue cue, double weight, String explanation) {
    return new Evidence(kind, cue.span(), cue.text(), null, weight, explanation);
  }

  // ---- constraints from peers

  private static Optional<Constraint> peerRange(List<Reading> dated) {
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> dates = dated.stream().map(r -> r.article.published().date()).sorted().toList();
    LocalDate from = dates.get(0).minusDays(PEER_RANGE_DAYS);
    LocalDate to = dates.get(dates.size() - 1).plusDays(PEER_RANGE_DAYS);
    Reading first = dated.get(0);
    Evidence e = new Evidence(Evidence.Kind.PEER_RANGE, new org.storyline.model.Span(0, 0), "", null, 0.25,
        dated.size() + " dated " + (dated.size() == 1 ? "article" : "articles") + " of the story, " + dates.get(0) + " to "
            + dates.get(dates.size() - 1) + ": written between " + from + " and " + to);
    return Optional.of(new Constraint(e, d -> !d.isBefore(from) && !d.isAfter(to), first.article.published().date()));
  }

  // ---- scoring

  private Optional<DateEstimate> choose(List<Constraint> constraints, List<Reading> dated) {
    List<LocalDate> anchors = constraints.stream().map(Constraint::anchor).filter(Objects::nonNull).sorted().toList();
    if (anchors.isEmpty()) {
      return Optional.empty();
    }
    LocalDate latest = anchors.get(anchors.size() - 1);
    LocalDate earliest = anchors.stream().filter(a -> !a.isBefore(latest.minusYears(ANCHOR_SPREAD_YEARS))).findFirst().orElse(latest);
    LocalDate from = earliest.minusDays(WINDOW_MARGIN_DAYS);
    int days = (int) DAYS.between(from, latest.plusDays(WINDOW_MARGIN_DAYS)) + 1;
    double[] score = new double[days];
    double best = 0;
    for (int i = 0; i < days; i++) {
      LocalDate d = from.plusDays(i);
      for (Constraint c : constraints) {
        if (c.holds().test(d)) {
          score[i] += c.evidence().weight();
        }
      }
      best = Math.max(best, score[i]);
    }
    if (best <= 0) {
      return Optional.empty();
    }
    List<Integer> tied = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      if (score[i] >= best - 1e-9) {
        tied.add(i);
      }
    }
    LocalDate target = tieTarget(constraints, dated, from.plusDays(tied.get(0)), from.plusDays(tied.get(tied.size() - 1)));
    int chosen = tied.stream().min(Comparator.comparingLong((Integer i) -> Math.abs(DAYS.between(target, from.plusDays(i))))
            .thenComparing(i -> i)).orElseThrow();
    double rival = 0;
    for (int i = 0; i < days; i++) {
      if (Math.abs(i - chosen) > 1) {
        rival = Math.max(rival, score[i]);
      }
    }
    LocalDate date = from.plusDays(chosen);
    List<Evidence> evidence = constraints.stream().filter(c -> c.holds().test(date)).map(Constraint::evidence)
        .sorted(Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(e -> e.span().start()))
        .toList();
    double margin = (best - rival) / best;
    double confidence = Math.min(0.95, Math.max(0.05, 0.05 + margin * best / (best + 1)));
    return Optional.of(new DateEstimate(date, confidence, evidence));
  }

  /**
   * The day ties are broken towards: the middle shared-event date, else the middle of the dates the
   * article itself names among the tied days ({@code firstTied} to {@code lastTied}), else the
   * middle peer date, else the middle of all the dates the article names.
   */
  private static LocalDate tieTarget(List<Constraint> constraints, List<Reading> dated, LocalDate firstTied, LocalDate lastTied) {
    List<LocalDate> events = constraints.stream().map(Constraint::evidence).filter(e -> e.peer() != null)
        .map(e -> e.peer().date()).sorted().toList();
    if (!events.isEmpty()) {
      return events.get((events.size() - 1) / 2);
    }
    // the article's own dates among the tied days before its peers': a report that says "on April
    // 26" in the past tense was most likely written then, not at the middle of its story's days
    List<LocalDate> own = constraints.stream().filter(c -> c.evidence().kind() != Evidence.Kind.PEER_RANGE)
        .map(Constraint::anchor).filter(Objects::nonNull).sorted().toList();
    List<LocalDate> ownTied = own.stream().filter(d -> !d.isBefore(firstTied) && !d.isAfter(lastTied)).toList();
    if (!ownTied.isEmpty()) {
      return ownTied.get((ownTied.size() - 1) / 2);
    }
    List<LocalDate> peers = dated.stream().map(r -> r.article.published()).map(PublicationDate::date).sorted().toList();
    if (!peers.isEmpty()) {
      return peers.get((peers.size() - 1) / 2);
    }
    List<LocalDate> any = constraints.stream().map(Constraint::anchor).filter(Objects::nonNull).sorted().toList();
    return any.get((any.size() - 1) / 2);
  }
}
