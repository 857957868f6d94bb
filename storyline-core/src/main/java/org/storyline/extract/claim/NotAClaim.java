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
          && p.amount().low() >= 1600 && p.amount().low() <= 2099;
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
      if (Words.TIME_FILLERS.contains(f.lw(next))) {
        next++;
      }
      return Words.TIME_WORDS.contains(f.lw(next)) || f.lw(next).endsWith("-year-old") || f.lw(next).endsWith("-old");
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
      String after = f.lw(p.to());
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
      return isBareCount(p) && (Words.LABELS.contains(f.lw(p.from() - 1)) || next.startsWith("calib") || next.equals("mm")
          || next.equals("-caliber"));
    }
  },
  /** "Anderson Cooper 360", "AM 970", "990 AM": a bare number after a capitalised word. */
  NAME {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (!isBareCount(p) || p.inWords()) {
        return false;
      }
      int before = p.from() - 1;
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
      int[] q = f.qualifierBefore(p.from());
      int start = q == null ? p.from() : q[0];
      return Words.REFERENTIAL.contains(f.lw(start - 1)) && !f.lw(start - 1).equals("that");
    }
  },
  /** "a stumble or two", "one or two": a word number offered as an alternative. */
  ALTERNATIVE {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      return p.inWords() && f.lw(p.from() - 1).equals("or");
    }
  },
  /** Whatever the time tagger took for a date, a time or a duration. */
  TIME_EXPRESSION {
    @Override
    boolean test(QuantityFinder f, QuantityFinder.Parsed p) {
      if (p.unit() != Unit.NONE) {
        return false; // "$15-an-hour" is money, whatever the time tagger makes of "an-hour"
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

  private static boolean isBareCount(QuantityFinder.Parsed p) {
    return p.unit() == Unit.NONE && p.amount() instanceof Amount.Exact;
  }
}
