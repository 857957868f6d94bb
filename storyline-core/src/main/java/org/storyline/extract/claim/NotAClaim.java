package org.storyline.extract.claim;

import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.Timex;

/**
 * The rules that tell a number that is not a claim: a year, a date, a clock time, a length of time,
 * an age, a phone or street number, a number in a name, a number that refers back to a group
 * already counted. Each rule looks at the parsed number phrase and the tokens around it.
 */
enum NotAClaim {
  /** "in 2014", "the 2015 nuclear accord". */
  YEAR {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      String t = f.tok(p.coreFrom());
      return isBareCount(p) && p.to() - p.coreFrom() == 1 && t.length() == 4 && t.chars().allMatch(Character::isDigit)
          && p.amount().low() >= 1600 && p.amount().low() <= 2099 && !countsAfterOf(f, p);
    }
  },
  /** "Jan. 10", "May 17", "10 January", "11, 2001". */
  DATE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      String before = f.tok(p.from() - 1);
      return Words.MONTHS.contains(f.lw(p.from() - 1)) && (Words.isCapitalised(before) || before.endsWith("."))
          || Words.MONTHS.contains(f.lw(p.to())) && Words.isCapitalised(f.tok(p.to()))
          || f.lw(p.to()).equals(",") && f.lw(p.to() + 1).matches("(1[6-9]|20)\\d\\d") && !p.inWords();
    }
  },
  /** "20 years", "seven days a week", "two more years", "4 p.m.", "three times". */
  LENGTH_OF_TIME {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (p.unit() != Unit.NONE) {
        return false;
      }
      int next = p.to();
      if (Words.TIME_FILLERS.contains(f.lw(next))
          || f.lw(next).equals("-") // "an eight - year deal", as tokenised text spaces the hyphen
          || f.lw(next).equals("of") && p.amount() instanceof Amount.Vague) { // "hundreds of times"
        next++;
      }
      return Words.TIME_WORDS.contains(f.lw(next)) || f.lw(next).endsWith("-year-old") || f.lw(next).endsWith("-old")
          || isClock(f, p.to());
    }
  },
  /** "aged 45", "at the age of 27", "Anthony Hawkins, 33, and ...". */
  AGE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      String before = f.lw(p.from() - 1);
      if (p.unit() == Unit.NONE && (before.equals("aged") || before.equals("age") || before.equals("ages"))) {
        return true; // "aged 45", "age 18-34"
      }
      if (!isBareCount(p) || p.inWords() && !f.lw(p.from() - 1).startsWith("age")) {
        return false;
      }
      if (before.equals("aged") || before.equals("age") || before.equals("ages") || before.equals("of") && f.lw(p.from() - 2).equals("age")) {
        return true;
      }
      if ((before.equals("under") || before.equals("over")) && p.amount().high() < 120
          && Words.looksPlural(f.tok(p.from() - 2)) && !Words.looksPlural(f.tok(p.to()))) {
        return true; // "young voters under 29", "people over 65"
      }
      String after = f.lw(p.to());
      String name = f.lw(p.from() - 2);
      if (Words.WEEKDAYS.contains(name) || Words.MONTHS.contains(name) || Words.isCapitalised(f.tok(p.to()))) {
        return false; // "As of Friday, 34 U.S. officers": a day is no person, and an age is not followed by a name
      }
      return before.equals(",") && Words.isCapitalised(f.tok(p.from() - 2)) && p.amount().high() < 120
          && (after.equals(",") || after.equals(")") || after.equals("and") || after.equals(";") || after.isEmpty()
              || after.equals(".") || Words.isWord(after) && !Words.looksPlural(after) && !Words.isNumberLike(after));
    }
  },
  /** "the 2600 block", "773 W. Main", "100 Main Street". */
  ADDRESS {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (!isBareCount(p)) {
        return false;
      }
      String next = f.lw(p.to());
      if (next.equals("block") || Words.DIRECTIONS.contains(next)) {
        return true;
      }
      for (int k = p.to(); k < p.to() + 4 && Words.isCapitalised(f.tok(k)); k++) {
        if (Words.STREET.contains(f.lw(k + 1)) && Words.isCapitalised(f.tok(k + 1))) {
          return true;
        }
      }
      return false;
    }
  },
  /** "call 911", "Route 66", "No. 2", "page 4", ".45 caliber". */
  LABEL {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      String next = f.lw(p.to());
      String before = f.lw(p.from() - 1);
      if (before.equals("by") && (Words.looksPlural(f.tok(p.to())) || Words.looksPlural(f.tok(p.to() + 1)))) {
        return false; // "leads by 271 pledged delegates" is a margin of things counted
      }
      return isBareCount(p) && (Words.LABELS.contains(before) || next.startsWith("calib") || next.equals("mm")
          || next.equals("-caliber") || ofLabelled(f, p.from() - 1));
    }
  },
  /** "Anderson Cooper 360", "AM 970", "990 AM": a bare number after a capitalised word. */
  NAME {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (!isBareCount(p)) {
        return false;
      }
      if (p.inWords()) {
        return wordInName(f, p);
      }
      int before = p.from() - 1;
      if (f.lw(before).equals("-") && Words.isCapitalised(f.tok(before - 1)) && Words.isWord(f.tok(before - 1))) {
        return true; // "SAT - 3", "F - 16"
      }
      String next = f.tok(p.to());
      boolean afterName = before > 0 && Words.isCapitalised(f.tok(before)) && Words.isWord(f.tok(before))
          && f.qualifierBefore(p.from()) == null;
      boolean beforeCode = next.length() >= 2 && next.length() <= 3 && next.chars().allMatch(Character::isUpperCase);
      return afterName || beforeCode;
    }
  },
  /** "the two leaders", "all four", "their two children", "the 8,500 forces". */
  REFERENTIAL {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (f.qualifierBefore(p.from()) != null || f.lw(p.to()).equals("or") && f.lw(p.to() + 1).equals("so")) {
        return false; // "the roughly dozen kids", "the 70 or so orphans": a figure given here
      }
      String before = f.lw(p.from() - 1);
      if (!Words.REFERENTIAL.contains(before) || before.equals("that")) {
        return false;
      }
      // A number in digits after "the" and before the things it counts gives a figure ("the 714
      // superdelegates", "the 49 Pulse victims") unless the text has given it before ("the 8,500
      // forces"). Before a singular noun it is more often a name ("the 405 freeway"); in words ("the
      // two", "their five children") or after other determiners it refers to a group the reader knows.
      boolean things = Words.looksPlural(f.tok(p.to())) || Words.isWord(f.tok(p.to())) && Words.looksPlural(f.tok(p.to() + 1));
      return p.inWords() || !before.equals("the") || !things || f.givenBefore(f.tok(p.coreFrom()));
    }
  },
  /** "a stumble or two", "one or two": a word number offered as an alternative. */
  ALTERNATIVE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      return p.inWords() && f.lw(p.from() - 1).equals("or");
    }
  },
  /** "a 7 - 0 lead", "an 8 - 8 record", "a 2-7 loss": two numbers before a word of scores. */
  SCORE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (p.unit() != Unit.NONE) {
        return false;
      }
      int end = p.to();
      if (isDash(f.lw(end)) && isDigits(f.tok(end + 1))) {
        end += 2; // the first number of "7 - 0"
      } else if (!(p.amount() instanceof Amount.Range) && !(isDash(f.lw(p.from() - 1)) && isDigits(f.tok(p.from() - 2)))) {
        return false;
      }
      return Words.SCORE_WORDS.contains(f.lw(end));
    }
  },
  /** "100 percent ready", "100% sure": a degree, not a share of anything. */
  DEGREE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      return p.unit() == Unit.PERCENT && p.amount().low() == 100 && Words.DEGREE_WORDS.contains(f.lw(p.to()));
    }
  },
  /** "32 - bit", "40 - year - old": a compound that names a kind, with the hyphen spaced as tokenised text has it. */
  SPACED_COMPOUND {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      String next = f.tok(p.to() + 1);
      return isBareCount(p) && f.lw(p.to()).equals("-") && Words.isWord(next) && !Words.isCapitalised(next)
          && !Words.isNumberLike(next);
    }
  },
  /** "12 murders per 100,000 people", "incidents per 1,000 residents": the base of a rate, not a count of anything. */
  RATE_BASE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      return p.unit() == Unit.NONE && f.lw(p.from() - 1).equals("per");
    }
  },
  /** Whatever the time tagger took for a date, a time or a duration. */
  TIME_EXPRESSION {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (p.unit() != Unit.NONE || countsAfterOf(f, p)) {
        return false; // "$15-an-hour" is money, "of 2047 voters" a count, whatever the time tagger makes of them
      }
      int start = f.tokens.get(p.from()).start();
      int end = f.tokens.get(p.to() - 1).end();
      for (Timex t : f.timexes) {
        if (t.span().start() < end && start < t.span().end() && t.type() != TimexType.SET) {
          return true;
        }
      }
      return false;
    }
  };

  abstract boolean test(QuantityFinder f, QuantityFinder.Parsed p);

  /** Whether any rule rules out {@code p}. */
  static boolean rulesOut(QuantityFinder f, QuantityFinder.Parsed p) {
    for (NotAClaim rule : values()) {
      if (rule.test(f, p)) {
        return true;
      }
    }
    return false;
  }

  /** "of 2047 registered voters": a year-shaped number after "of" with a plural noun after it counts. */
  private static boolean countsAfterOf(QuantityFinder f, QuantityFinder.Parsed p) {
    return f.lw(p.from() - 1).equals("of") && (Words.looksPlural(f.tok(p.to())) && !Words.isCapitalised(f.tok(p.to()))
        || Words.isWord(f.tok(p.to())) && !Words.isCapitalised(f.tok(p.to())) && Words.looksPlural(f.tok(p.to() + 1)));
  }

  /** A clock time from {@code k}: "06 : 31GMT", "7 p. m.". */
  private static boolean isClock(QuantityFinder f, int k) {
    String l = f.lw(k);
    String m = f.lw(k + 1).equals(".") ? f.lw(k + 2) : f.lw(k + 1); // the tokenizer splits "p. m." into p . m .
    return l.equals(":") && isDigits(f.tok(k + 1))
        || (l.equals("p.") || l.equals("a.") || l.equals("p") || l.equals("a")) && (m.equals("m") || m.equals("m."));
  }

  /** "Image 1 of 5": the number after "of" (and a stray "/") whose first number is a label's. */
  private static boolean ofLabelled(QuantityFinder f, int k) {
    while (f.lw(k).equals("/")) {
      k--;
    }
    return f.lw(k).equals("of") && isDigits(f.tok(k - 1)) && Words.LABELS.contains(f.lw(k - 2));
  }

  /**
   * A capitalised number word inside a name, not opening the sentence and not followed by another
   * capitalised word (a title-case headline): "Gang of Eight", "World War Two".
   */
  private static boolean wordInName(QuantityFinder f, QuantityFinder.Parsed p) {
    int k = p.from();
    if (k == 0 || !Words.isCapitalised(f.tok(k)) || Words.isCapitalised(f.tok(p.to())) && Words.isWord(f.tok(p.to()))) {
      return false;
    }
    String before = f.tok(k - 1);
    return Words.isWord(before) && Words.isCapitalised(before) && k - 1 > 0
        || f.lw(k - 1).equals("of") && Words.isCapitalised(f.tok(k - 2)) && Words.isWord(f.tok(k - 2));
  }

  private static boolean isDash(String t) {
    return t.equals("-") || t.equals("–") || t.equals("to");
  }

  private static boolean isDigits(String t) {
    return !t.isEmpty() && Character.isDigit(t.charAt(0));
  }

  private static boolean isBareCount(QuantityFinder.Parsed p) {
    return p.unit() == Unit.NONE && p.amount() instanceof Amount.Exact;
  }
}
