package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.storyline.extract.time.DateNumbers.YearAt;
import org.storyline.extract.time.TimexValue.Day;

/** Years, decades and centuries, and dates written in digits: "1997", "fiscal 1989", "the 1990s", "'90s", "the 20th century", "2021-12-07", "12/7/2021". */
final class YearRule {

  private static final java.util.Map<String, Integer> DECADE_WORDS = java.util.Map.of(
      "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final ScanContext context;

  YearRule(ScanContext context) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
    this.context = context;
  }

  /** "1997", "in 2014", "fiscal 1989", "the 1990s", "'90s", "2021-12-07", "12/7/2021". */
  Match year(int j) {
    int k = j;
    boolean fiscal = false;
    if (tokens.is(k, "fiscal")) {
      fiscal = true;
      k++;
      if (tokens.is(k, "year")) {
        k++;
      }
    }
    boolean the = !fiscal && tokens.is(k, "the");
    if (the) {
      k++;
    }
    if (the && tokens.is(k, "year") && numbers.yearAt(k + 1) != null) {
      YearAt ya = numbers.yearAt(k + 1); // "the year two thousand", "the year 2000"
      return new Match(ya.end(), DATE, new TimexValue.Year(ya.year()), null);
    }
    Integer decade = the ? DECADE_WORDS.get(tokens.w(k)) : null;
    if (decade != null) {
      return new Match(k + 1, DATE, new TimexValue.Decade(190 + decade), null); // "the nineties"
    }
    int century = numbers.ordinalNumber(k);
    if (century >= 1 && century <= 21 && tokens.is(k + 1, "century")) {
      return new Match(k + 2, DATE, new TimexValue.Century(century - 1), null); // "the 20th century"
    }
    YearAt spelled = the ? null : numbers.spelledYear(k);
    if (spelled != null) {
      int y = spelled.year();
      Tense tense = context.tense(j, spelled.end());
      return new Match(spelled.end(), DATE, new TimexValue.Year(y), null, (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, y, null, mod));
    }
    Token t = tokens.tok(k);
    if (t == null) {
      return null;
    }
    if (!the && !fiscal && (tokens.is(k, "pre") || tokens.is(k, "post")) && tokens.is(k + 1, "-") && tokens.joined(k + 1) && tokens.joined(k + 2)
        && numbers.yearNumber(k + 2) >= 1000) {
      return new Match(k + 3, DATE, new TimexValue.Year(numbers.yearNumber(k + 2)), tokens.is(k, "pre") ? TimexMod.BEFORE : TimexMod.AFTER);
    }
    if (t.kind() == Token.Kind.PUNCT && (t.text().equals("'") || t.text().equals("\u2019"))) {
      Token d = tokens.tok(k + 1);
      if (d != null && tokens.joined(k + 1) && d.lower().matches("\\d0s")) {
        return new Match(k + 2, DATE, new TimexValue.Decade(190 + (d.lower().charAt(0) - '0')), null);
      }
      return null;
    }
    if (!t.isNumber()) {
      return null;
    }
    String s = t.lower();
    if (s.length() == 5 && s.endsWith("0s") && s.chars().limit(4).allMatch(Character::isDigit)) {
      return new Match(k + 1, DATE, new TimexValue.Decade(Integer.parseInt(s.substring(0, 3))), null);
    }
    if (s.indexOf('/') > 0) {
      return the || fiscal ? null : slashDate(k, s);
    }
    int y = numbers.yearNumber(k);
    if (y < 0 || the || !yearContext(k, y, fiscal)) {
      return null;
    }
    if (tokens.joined(k + 1) && tokens.is(k + 1, "-") && tokens.joined(k + 2) && tokens.joined(k + 3) && tokens.is(k + 3, "-") && tokens.joined(k + 4)) {
      int mo = tokens.tok(k + 2) == null ? -1 : tokens.tok(k + 2).intValue();
      int d = tokens.tok(k + 4) == null ? -1 : tokens.tok(k + 4).intValue();
      if (tokens.tok(k + 2).text().length() == 2 && tokens.tok(k + 4).text().length() == 2) {
        try {
          LocalDate iso = LocalDate.of(y, mo, d);
          Tense tense = context.tense(j, k + 5);
          return new Match(k + 5, DATE, new Day(iso), null, (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, iso));
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    Tense tense = context.tense(j, k + 1);
    return new Match(k + 1, DATE, new TimexValue.Year(y), null, (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, y, null, mod));
  }

  private boolean yearContext(int k, int y, boolean fiscal) {
    if (fiscal) {
      return true;
    }
    String prev = tokens.w(k - 1);
    Token next = tokens.tok(k + 1);
    String nw = tokens.w(k + 1);
    if (prev.equals("$") || prev.equals("#") || prev.equals("no") || nw.equals("%") || nw.equals("percent")
        || nw.equals(":") || (next != null && next.isNumber()) || Lexicon.COUNT_NOUNS.contains(nw)) {
      return false;
    }
    if (nw.equals("block") && tokens.w(k + 2).equals("of")) {
      return false; // "the 1500 block of 19th Street": an address, as local news gives a scene
    }
    if (prev.equals("-") && !tokens.get(k).spaceBefore() && tokens.tok(k - 2) != null && tokens.tok(k - 2).isNumber()) {
      return false; // "555-1234"
    }
    boolean prep = Lexicon.YEAR_PREPOSITIONS.contains(prev);
    if (y < 1900 && !prep) {
      return false;
    }
    if (tokens.is(k + 1, "-") && tokens.joined(k + 1) && tokens.joined(k + 2) && tokens.tok(k + 2) != null && tokens.tok(k + 2).isWord()) {
      return true; // "2015-era"
    }
    return prep || next == null || !next.isWord() || next.capitalized() || !nw.endsWith("s")
        || nw.length() <= 3 || nw.endsWith("ss");
  }

  private Match slashDate(int k, String s) {
    String[] parts = s.split("/");
    if (parts.length != 3 || parts[2].length() != 4 && parts[2].length() != 2) {
      return null;
    }
    try {
      int mo = Integer.parseInt(parts[0]);
      int d = Integer.parseInt(parts[1]);
      int y = Integer.parseInt(parts[2]);
      if (parts[2].length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
      LocalDate date = LocalDate.of(y, mo, d);
      Tense tense = context.tense(k, k + 1);
      return new Match(k + 1, DATE, new Day(date), null, (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, date));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
