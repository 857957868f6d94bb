package org.storyline.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which part of a list command's list to print ({@code --offset}, {@code --limit}): every item by
 * default. Only the items printed are read from the store, a thousand at a time.
 */
final class Paging {

  private static final int PAGE = 1_000;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private int offset;
  private int limit = Integer.MAX_VALUE;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N items of the list (default: 0).")
  void offset(int n) {
    offset = notNegative("--offset", n);
  }

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N items (default: every one).")
  void limit(int n) {
    limit = notNegative("--limit", n);
  }

  private int notNegative(String option, int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), option + " takes a number of 0 or more, not " + n);
    }
    return n;
  }

  /** Whether a part of the list is asked for rather than all of it. */
  boolean partial() {
    return offset > 0 || limit != Integer.MAX_VALUE;
  }

  /** The items asked for, read by pages ({@code page.apply(offset, limit)} reads one). */
  <T> List<T> read(BiFunction<Integer, Integer, List<T>> page) {
    List<T> out = new ArrayList<>();
    for (long at = offset; out.size() < limit; at += PAGE) {
      int want = (int) Math.min(PAGE, (long) limit - out.size());
      List<T> next = page.apply((int) Math.min(at, Integer.MAX_VALUE), want);
      out.addAll(next);
      if (next.size() < want) {
        break;
      }
    }
    return out;
  }

  /** The part of a list read whole that was asked for. */
  <T> List<T> of(List<T> all) {
    int from = Math.min(offset, all.size());
    return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
  }

  /** What a count line adds for a part of a list of {@code items}: nothing for the whole list, " (groups 101-150 of the list)" or " (no groups from place 101 on)" for a part. */
  String part(int shown, String items) {
    if (!partial()) {
      return "";
    }
    return shown == 0 ? String.format(Locale.ROOT, " (no %s from place %,d on)", items, offset + 1)
        : String.format(Locale.ROOT, " (%s %s of the list)", items, range(shown));
  }

  /** The count line's number: "12" for a whole list, "3 of 17,235" or "101-150 of 17,235" for a part of one. */
  String count(int shown, long total) {
    if (!partial()) {
      return Integer.toString(shown);
    }
    return (offset == 0 || shown == 0 ? String.format(Locale.ROOT, "%,d", shown) : range(shown)) + String.format(Locale.ROOT, " of %,d", total);
  }

  /** "101-150": the places in the list of the {@code shown} items, one or more. */
  private String range(int shown) {
    return String.format(Locale.ROOT, "%,d-%,d", offset + 1, offset + shown);
  }
}
