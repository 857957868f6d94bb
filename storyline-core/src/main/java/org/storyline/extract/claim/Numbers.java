package org.storyline.extract.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits ("94,300", "3.5") and in words ("two", "seventy-two", "two
 * hundred thousand", "a dozen"). Package-private: the quantity finder's parser.
 */
final class Numbers {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

  static final Map<String, Long> SCALES = Map.of(
      "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

  private Numbers() {}

  /** A number in digits, with or without thousands separators: "94,300", "3.5", "175000". */
  static Optional<BigDecimal> digits(String s) {
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)))) {
      return Optional.empty();
    }
    if (GROUPED.matcher(s).matches() || PLAIN.matcher(s).matches()) {
      return Optional.of(new BigDecimal(s.replace(",", "")));
    }
    return Optional.empty();
  }

  /** Whether a lower-case word is a number word: "two", "seventy", "seventy-two", "hundred". */
  static boolean isNumberWord(String w) {
    if (SMALL.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w)) {
      return true;
    }
    int dash = w.indexOf('-');
    return dash > 0 && TENS.containsKey(w.substring(0, dash)) && SMALL.containsKey(w.substring(dash + 1))
        && SMALL.get(w.substring(dash + 1)) < 10;
  }

  /**
   * The value of a run of lower-case number words ("two hundred and five thousand"); empty when
   * the words do not make a number ("hundred two hundred").
   */
  static Optional<Long> words(List<String> words) {
    long total = 0;
    long current = 0;
    long lastScale = Long.MAX_VALUE;
    boolean any = false;
    boolean lastWasSmall = false;
    for (String raw : words) {
      String w = raw.toLowerCase(Locale.ROOT);
      if (w.equals("and") && any) {
        continue;
      }
      if (w.equals("a") && !any) {
        current = 1;
        any = true;
        continue;
      }
      Integer small = SMALL.get(w);
      Integer tens = TENS.get(w);
      Long scale = SCALES.get(w);
      if (small == null && tens == null && scale == null && isNumberWord(w)) {
        int dash = w.indexOf('-');
        small = TENS.get(w.substring(0, dash)) + SMALL.get(w.substring(dash + 1));
      }
      if (small != null || tens != null) {
        if (lastWasSmall && (current % 100 != 0 && (tens != null || current % 10 != 0 || small >= 10))) {
          return Optional.empty(); // "two three", "twenty thirty"
        }
        current += small != null ? small : tens;
        lastWasSmall = true;
      } else if (scale == 100L) {
        if (current >= 100 || current == 0 && any) {
          return Optional.empty();
        }
        current = (current == 0 ? 1 : current) * 100;
        lastWasSmall = false;
      } else if (scale != null) {
        if (scale >= lastScale) {
          return Optional.empty(); // "thousand million"
        }
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
        lastScale = scale;
        lastWasSmall = false;
      } else {
        return Optional.empty();
      }
      any = true;
    }
    return any ? Optional.of(total + current) : Optional.empty();
  }
}
