package org.storyline.extract.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.Timex;
import org.storyline.model.Span;

/**
 * Finds the quantities of one sentence: numbers in digits and words, ranges, vague amounts,
 * fractions, percentages, money and measures, with their qualifiers, and drops those that
 * {@link NotAClaim} rules out. One instance per sentence; not thread-safe.
 */
final class QuantityFinder {

  /** A quantity and the tokens it spans: {@code [qualifierFrom, to)} with its qualifiers ("about", "or so"), {@code [from, to)} from the number on. */
  record Found(Quantity quantity, int qualifierFrom, int from, int to) {}

  /** The number phrase under parse, before the qualifier and the rules are applied. */
  record Parsed(int from, int to, int coreFrom, Amount amount, Unit unit, Currency currency, boolean inWords) {}

  private record Core(double low, double high, int end, Unit unit, Amount.Vague vague, boolean inWords) {}

  private record UnitAt(Unit unit, Currency currency, int end) {}

  private static final Pattern GLUED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([a-z]+)");
  private static final Pattern HYPHENED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)[-–](.+)");
  private static final Pattern RATE = Pattern.compile("an?-(hour|year|share|day|week|month|ounce|barrel|gallon|head|person)");
  private static final Currency USD = Currency.getInstance("USD");

  private static final Map<String, Currency> SIGNS = Map.of(
      "$", USD, "us$", USD, "€", Currency.getInstance("EUR"), "£", Currency.getInstance("GBP"),
      "¥", Currency.getInstance("JPY"));

  private static final Map<String, Currency> CURRENCY_WORDS = Map.of(
      "dollars", USD, "euros", Currency.getInstance("EUR"), "yuan", Currency.getInstance("CNY"),
      "rubles", Currency.getInstance("RUB"), "roubles", Currency.getInstance("RUB"), "pesos", Currency.getInstance("MXN"),
      "hryvnias", Currency.getInstance("UAH"));

  private static final Map<String, Unit> UNIT_WORDS = Map.ofEntries(
      Map.entry("percent", Unit.PERCENT), Map.entry("pct", Unit.PERCENT), Map.entry("point", Unit.PERCENTAGE_POINTS),
      Map.entry("points", Unit.PERCENTAGE_POINTS), Map.entry("mile", Unit.MILE), Map.entry("miles", Unit.MILE),
      Map.entry("yard", Unit.YARD), Map.entry("yards", Unit.YARD), Map.entry("foot", Unit.FOOT), Map.entry("feet", Unit.FOOT),
      Map.entry("ft", Unit.FOOT), Map.entry("inch", Unit.INCH), Map.entry("inches", Unit.INCH),
      Map.entry("kilometer", Unit.KILOMETER), Map.entry("kilometers", Unit.KILOMETER), Map.entry("kilometres", Unit.KILOMETER),
      Map.entry("km", Unit.KILOMETER), Map.entry("meter", Unit.METER), Map.entry("meters", Unit.METER),
      Map.entry("metres", Unit.METER), Map.entry("acre", Unit.ACRE), Map.entry("acres", Unit.ACRE),
      Map.entry("kilograms", Unit.KILOGRAM), Map.entry("kg", Unit.KILOGRAM), Map.entry("pounds", Unit.POUND),
      Map.entry("lbs", Unit.POUND), Map.entry("tons", Unit.TON), Map.entry("tonnes", Unit.TON),
      Map.entry("gallons", Unit.GALLON), Map.entry("barrels", Unit.BARREL), Map.entry("liters", Unit.LITER),
      Map.entry("litres", Unit.LITER));

  private static final Map<String, Double> FRACTIONS = Map.of(
      "one-half", 50.0, "one-third", 100.0 / 3, "two-thirds", 200.0 / 3, "one-quarter", 25.0, "three-quarters", 75.0,
      "one-fourth", 25.0, "three-fourths", 75.0, "one-fifth", 20.0);

  /** Qualifier phrases, longest first within each starting word. */
  private static final List<Map.Entry<String[], Qualifier>> QUALIFIERS = List.of(
      Map.entry(new String[] {"is", "estimated", "at"}, Qualifier.ESTIMATED),
      Map.entry(new String[] {"estimated", "at"}, Qualifier.ESTIMATED),
      Map.entry(new String[] {"an", "estimated"}, Qualifier.ESTIMATED),
      Map.entry(new String[] {"estimated"}, Qualifier.ESTIMATED),
      Map.entry(new String[] {"as", "many", "as"}, Qualifier.AS_MANY_AS),
      Map.entry(new String[] {"as", "much", "as"}, Qualifier.AS_MANY_AS),
      Map.entry(new String[] {"no", "fewer", "than"}, Qualifier.AT_LEAST),
      Map.entry(new String[] {"no", "less", "than"}, Qualifier.AT_LEAST),
      Map.entry(new String[] {"in", "excess", "of"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"more", "than"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"upwards", "of"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"just", "over"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"well", "over"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"over"}, Qualifier.MORE_THAN),
      Map.entry(new String[] {"at", "least"}, Qualifier.AT_LEAST),
      Map.entry(new String[] {"less", "than"}, Qualifier.LESS_THAN),
      Map.entry(new String[] {"fewer", "than"}, Qualifier.LESS_THAN),
      Map.entry(new String[] {"just", "under"}, Qualifier.LESS_THAN),
      Map.entry(new String[] {"under"}, Qualifier.LESS_THAN),
      Map.entry(new String[] {"up", "to"}, Qualifier.UP_TO),
      Map.entry(new String[] {"close", "to"}, Qualifier.NEARLY),
      Map.entry(new String[] {"nearly"}, Qualifier.NEARLY),
      Map.entry(new String[] {"almost"}, Qualifier.NEARLY),
      Map.entry(new String[] {"about"}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"around"}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"approximately"}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"approx."}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"roughly"}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"some"}, Qualifier.APPROXIMATELY),
      Map.entry(new String[] {"circa"}, Qualifier.APPROXIMATELY));

  final String text;
  final List<Token> tokens;
  final String[] lower;
  final List<Timex> timexes;
  /** The whole document and where this sentence starts in it, to tell a number given before. */
  private final String document;
  private final int sentenceStart;

  QuantityFinder(String text, Sentence sentence, List<Timex> timexes) {
    this(text, sentence, timexes, text, 0);
  }

  /** {@code text} is the part of {@code document} that starts at {@code offset}; the sentence's spans index it. */
  QuantityFinder(String text, Sentence sentence, List<Timex> timexes, String document, int offset) {
    this.text = text;
    this.tokens = sentence.tokens();
    this.lower = new String[tokens.size()];
    this.timexes = timexes;
    this.document = document;
    this.sentenceStart = offset + sentence.span().start();
  }

  /** Whether the document gives {@code number} (as written, a whole number) before this sentence. */
  boolean givenBefore(String number) {
    for (int at = document.lastIndexOf(number, sentenceStart - number.length()); at >= 0;
        at = at == 0 ? -1 : document.lastIndexOf(number, at - 1)) {
      int e = at + number.length();
      boolean cutBefore = at > 0 && Character.isLetterOrDigit(document.charAt(at - 1));
      boolean cutAfter = e < document.length() && (Character.isLetterOrDigit(document.charAt(e))
          || (document.charAt(e) == ',' || document.charAt(e) == '.') && e + 1 < document.length()
              && Character.isDigit(document.charAt(e + 1)));
      if (!cutBefore && !cutAfter) {
        return true;
      }
    }
    return false;
  }

  List<Found> find() {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Parsed p = mayStartNumber(i) ? parse(i) : null;
      if (p == null) {
        i++;
        continue;
      }
      i = p.to();
      if (NotAClaim.rulesOut(this, p)) {
        continue;
      }
      int[] qualifier = qualifierBefore(p.from());
      Qualifier q = qualifier == null ? Qualifier.NONE : QUALIFIERS.get(qualifier[1]).getValue();
      int qFrom = qualifier == null ? p.from() : qualifier[0];
      Qualifier after = qualifierAfter(p.to());
      if (q == Qualifier.NONE && after != null) {
        q = after;
      }
      Span span = Span.of(tokens.get(p.from()).start(), tokens.get(p.to() - 1).end());
      Quantity quantity = new Quantity(span, p.amount(), q, p.unit(), Optional.ofNullable(p.currency()), span.of(text));
      // the thing counted comes after "or so": "the 70 or so orphans"
      found.add(new Found(quantity, qFrom, p.from(), after == null ? p.to() : p.to() + 2));
    }
    return found;
  }

  /** Token {@code i} in lower case, or "" outside the sentence. */
  String lw(int i) {
    if (i < 0 || i >= lower.length) {
      return "";
    }
    String l = lower[i];
    if (l == null) {
      l = Words.lower(tokens.get(i).text());
      lower[i] = l;
    }
    return l;
  }

  String tok(int i) {
    return i >= 0 && i < lower.length ? tokens.get(i).text() : "";
  }

  int size() {
    return lower.length;
  }

  private boolean mayStartNumber(int i) {
    String t = tokens.get(i).text();
    if (t.length() <= 2 && (t.equalsIgnoreCase("a") || t.equalsIgnoreCase("an"))) {
      return i + 1 < lower.length && Candidates.isCandidateToken(tok(i + 1));
    }
    if (Candidates.isCandidateToken(t)) {
      return true;
    }
    String l = lw(i);
    return l.startsWith("one-") || l.equals("one") && Numbers.SCALES.containsKey(lw(i + 1));
  }

  /** The number phrase starting at token {@code i}, or null. */
  Parsed parse(int i) {
    int from = i;
    Currency currency = SIGNS.get(lw(i));
    if (currency != null) {
      i++;
    }
    Core a = core(i, currency != null);
    if (a == null) {
      return null;
    }
    int end = a.end();
    Unit unit = a.unit();
    if (a.vague() != null) {
      return currency != null ? null : new Parsed(from, end, from, a.vague(), Unit.NONE, null, true);
    }
    if (unit == null) {
      UnitAt u = unitAfter(end, currency != null);
      if (u != null) {
        unit = u.unit();
        currency = u.currency() != null ? u.currency() : currency;
        end = u.end();
      }
    }
    Amount amount = a.low() < a.high() ? new Amount.Range(a.low(), a.high()) : new Amount.Exact(a.low());
    // a range: "1,000 to 5,000", "between 10 and 20", "10% to 20%"
    String link = lw(end);
    boolean between = lw(from - 1).equals("between") || lw(from - 1).equals("from");
    if (amount instanceof Amount.Exact && (link.equals("to") || link.equals("-") || link.equals("–") || link.equals("and") && between)) {
      int k = end + 1;
      Currency second = SIGNS.get(lw(k));
      if (second != null) {
        k++;
      }
      Core b = core(k, currency != null || second != null);
      if (b != null && b.vague() == null && b.low() == b.high() && a.low() < b.low()) {
        Unit u2 = b.unit();
        int e2 = b.end();
        if (u2 == null) {
          UnitAt u = unitAfter(e2, currency != null || second != null);
          if (u != null) {
            u2 = u.unit();
            e2 = u.end();
            currency = currency == null ? u.currency() : currency;
          }
        }
        if (u2 == null || unit == null || u2 == unit) {
          amount = new Amount.Range(a.low(), b.low());
          unit = unit != null ? unit : u2;
          end = e2;
          currency = currency == null ? second : currency;
        }
      }
    }
    // "7 in 10", "three out of four"
    if (amount instanceof Amount.Exact && unit == null) {
      int k = lw(end).equals("in") ? end + 1 : lw(end).equals("out") && lw(end + 1).equals("of") ? end + 2 : -1;
      Core whole = k > 0 ? core(k, false) : null;
      if (whole != null && whole.low() == whole.high() && a.low() < whole.low() && isBase(whole.low())) {
        amount = new Amount.Exact(a.low() * 100 / whole.low());
        unit = Unit.PERCENT;
        end = whole.end();
      }
    }
    if (unit == null) {
      unit = currency != null ? Unit.MONEY : Unit.NONE;
    }
    if (unit != Unit.MONEY) {
      currency = null;
    } else if (currency == null) {
      return null;
    }
    return new Parsed(from, end, currency != null && SIGNS.containsKey(lw(from)) ? from + 1 : from, amount, unit, currency, a.inWords());
  }

  private static boolean isBase(double v) {
    return v == 2 || v == 3 || v == 4 || v == 5 || v == 10 || v == 100;
  }

  /** A number at {@code i}: digits, words, a fraction or a vague amount. */
  private Core core(int i, boolean money) {
    String t = tok(i);
    String l = lw(i);
    if (l.isEmpty()) {
      return null;
    }
    if (Character.isDigit(l.charAt(0))) {
      return digitsCore(i, t, money);
    }
    return wordsCore(i, l);
  }

  private Core digitsCore(int i, String t, boolean money) {
    Optional<BigDecimal> plain = Numbers.digits(t);
    if (plain.isPresent()) {
      double v = plain.get().doubleValue();
      Long scale = Numbers.SCALES.get(lw(i + 1));
      if (scale != null && !lw(i + 1).equals("hundred")) {
        return new Core(v * scale, v * scale, i + 2, null, null, false);
      }
      return new Core(v, v, i + 1, null, null, false);
    }
    Matcher glued = GLUED.matcher(t);
    if (glued.matches()) {
      Optional<BigDecimal> n = Numbers.digits(glued.group(1));
      String suffix = glued.group(2);
      if (n.isEmpty()) {
        return null;
      }
      double v = n.get().doubleValue();
      switch (suffix) {
        case "percent", "pct" -> {
          return new Core(v, v, i + 1, Unit.PERCENT, null, false);
        }
        case "percentage" -> {
          boolean points = lw(i + 1).startsWith("point");
          return new Core(v, v, points ? i + 2 : i + 1, points ? Unit.PERCENTAGE_POINTS : Unit.PERCENT, null, false);
        }
        case "m", "mn", "million" -> {
          return money || suffix.equals("million") ? new Core(v * 1e6, v * 1e6, i + 1, null, null, false) : null;
        }
        case "bn", "b", "billion" -> {
          return money || suffix.equals("billion") ? new Core(v * 1e9, v * 1e9, i + 1, null, null, false) : null;
        }
        case "k" -> {
          return money ? new Core(v * 1e3, v * 1e3, i + 1, null, null, false) : null;
        }
        default -> {
          Unit u = UNIT_WORDS.get(suffix);
          return u == null || u == Unit.PERCENTAGE_POINTS ? null : new Core(v, v, i + 1, u, null, false);
        }
      }
    }
    Matcher hyphened = HYPHENED.matcher(t);
    if (hyphened.matches()) {
      Optional<BigDecimal> left = Numbers.digits(hyphened.group(1));
      String right = Words.lower(hyphened.group(2));
      if (left.isEmpty()) {
        return null;
      }
      double v = left.get().doubleValue();
      Optional<BigDecimal> high = Numbers.digits(right);
      if (high.isPresent()) {
        boolean phone = hyphened.group(1).length() == 3 && right.length() == 4 && right.indexOf(',') < 0;
        double h = high.get().doubleValue();
        return phone || !(v < h) ? null : new Core(v, h, i + 1, null, null, false);
      }
      Unit u = UNIT_WORDS.get(right);
      if (u != null && u != Unit.POUND) {
        return new Core(v, v, i + 1, u, null, false);
      }
      if (money && RATE.matcher(right).matches()) {
        return new Core(v, v, i + 1, null, null, false);
      }
    }
    return null;
  }

  private Core wordsCore(int i, String l) {
    if (l.equals("half-a-dozen") || l.equals("half") && lw(i + 1).equals("a") && lw(i + 2).equals("dozen")) {
      return new Core(6, 6, l.equals("half") ? i + 3 : i + 1, null, null, true);
    }
    Double fraction = FRACTIONS.get(l);
    if (fraction != null) {
      return new Core(fraction, fraction, i + 1, Unit.PERCENT, null, true);
    }
    if ((l.equals("half") || l.equals("a") && (lw(i + 1).equals("third") || lw(i + 1).equals("quarter") || lw(i + 1).equals("half")))
        && lw(l.equals("half") ? i + 1 : i + 2).equals("of")) {
      double v = l.equals("half") || lw(i + 1).equals("half") ? 50 : lw(i + 1).equals("third") ? 100.0 / 3 : 25;
      return new Core(v, v, l.equals("half") ? i + 1 : i + 2, Unit.PERCENT, null, true);
    }
    Amount.Vague vague = vague(i, l);
    if (vague != null) {
      int end = i + 1;
      if ((l.equals("tens") || l.equals("hundreds")) && lw(i + 1).equals("of") && Numbers.SCALES.containsKey(stem(lw(i + 2)))) {
        end = i + 3;
      }
      return new Core(vague.low(), vague.high(), end, null, vague, true);
    }
    if (l.equals("a") || l.equals("an")) {
      if (lw(i + 1).equals("dozen")) {
        return new Core(12, 12, i + 2, null, null, true);
      }
      if (Numbers.SCALES.containsKey(lw(i + 1))) {
        return run(i);
      }
      return null;
    }
    if (l.equals("dozen")) {
      return new Core(12, 12, i + 1, null, null, true);
    }
    if (!Numbers.isNumberWord(l)) {
      return null;
    }
    return run(i);
  }

  /** A run of number words from {@code i}: "two hundred and five", "a thousand", "two dozen". */
  private Core run(int i) {
    int j = i + (lw(i).equals("a") || lw(i).equals("an") ? 1 : 0);
    List<String> words = new ArrayList<>();
    if (j > i) {
      words.add("a");
    }
    while (j < lower.length && (Numbers.isNumberWord(lw(j))
        || lw(j).equals("and") && !words.isEmpty() && Numbers.SCALES.containsKey(words.get(words.size() - 1))
            && j + 1 < lower.length && Numbers.isNumberWord(lw(j + 1)) && !Numbers.SCALES.containsKey(lw(j + 1)))) {
      words.add(lw(j));
      j++;
    }
    if (words.isEmpty() || words.size() == 1 && (words.get(0).equals("one") || Numbers.SCALES.containsKey(words.get(0)))) {
      return null;
    }
    Optional<Long> v = Numbers.words(words);
    if (v.isEmpty()) {
      return null;
    }
    double value = v.get();
    if (lw(j).equals("dozen")) {
      value *= 12;
      j++;
    }
    return new Core(value, value, j, null, null, true);
  }

  private static String stem(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  private Amount.Vague vague(int i, String l) {
    String next2 = lw(i + 2);
    boolean ofScale = lw(i + 1).equals("of");
    return switch (l) {
      case "dozens" -> new Amount.Vague(24, 199, "dozens");
      case "hundreds" -> ofScale && next2.equals("thousands") ? new Amount.Vague(200_000, 999_999, "hundreds of thousands")
          : ofScale && next2.equals("millions") ? new Amount.Vague(200e6, 999_999_999, "hundreds of millions")
          : new Amount.Vague(200, 999, "hundreds");
      case "tens" -> ofScale && next2.equals("thousands") ? new Amount.Vague(20_000, 99_999, "tens of thousands")
          : ofScale && next2.equals("millions") ? new Amount.Vague(20e6, 99_999_999, "tens of millions") : null;
      case "thousands" -> new Amount.Vague(2_000, 999_999, "thousands");
      case "millions" -> new Amount.Vague(2e6, 999_999_999, "millions");
      case "billions" -> new Amount.Vague(2e9, 999_999_999_999.0, "billions");
      default -> null;
    };
  }

  private UnitAt unitAfter(int j, boolean money) {
    String l = lw(j);
    if (l.equals("%")) {
      return new UnitAt(Unit.PERCENT, null, j + 1);
    }
    if (l.equals("per") && lw(j + 1).equals("cent")) {
      return new UnitAt(Unit.PERCENT, null, j + 2);
    }
    if (l.equals("percentage") && lw(j + 1).startsWith("point")) {
      return new UnitAt(Unit.PERCENTAGE_POINTS, null, j + 2);
    }
    if (l.equals("square") && lw(j + 1).startsWith("mile")) {
      return new UnitAt(Unit.SQUARE_MILE, null, j + 2);
    }
    Currency c = CURRENCY_WORDS.get(l);
    if (c != null && !money) {
      return new UnitAt(Unit.MONEY, c, j + 1);
    }
    Unit u = UNIT_WORDS.get(l);
    if (u != null && !money && !(u == Unit.POUND && l.equals("pounds") && lw(j + 1).equals("sterling"))) {
      return new UnitAt(u, null, j + 1);
    }
    return null;
  }

  /** The qualifier before token {@code from}: {token index where it starts, index in QUALIFIERS}, or null. */
  /** A qualifier written after the number: "70 or so" (about), "20-30 or more" (at least); null if none. */
  Qualifier qualifierAfter(int to) {
    if (!lw(to).equals("or")) {
      return null;
    }
    return switch (lw(to + 1)) {
      case "so" -> Qualifier.APPROXIMATELY;
      case "more" -> Qualifier.AT_LEAST;
      case "less", "fewer" -> Qualifier.UP_TO;
      default -> null;
    };
  }

  int[] qualifierBefore(int from) {
    for (int q = 0; q < QUALIFIERS.size(); q++) {
      String[] words = QUALIFIERS.get(q).getKey();
      int start = from - words.length;
      if (start < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        match = lw(start + k).equals(words[k]);
      }
      if (match) {
        return new int[] {start, q};
      }
    }
    return null;
  }
}
