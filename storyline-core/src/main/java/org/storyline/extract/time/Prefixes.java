package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.List;

/** The modifiers before an expression: "early", "the end of", "about", "more than", "at least", "up to". */
final class Prefixes {

  /** A modifier before an expression, and the token where the expression starts. */
  record Prefix(TimexMod mod, int next, boolean quantity, boolean durationOnly) {}

  private final ScanTokens tokens;

  Prefixes(ScanTokens tokens) {
    this.tokens = tokens;
  }

  /** The modifiers that may start at token {@code i}, each with the token its expression starts at. */
  List<Prefix> at(int i) {
    List<Prefix> out = new ArrayList<>(2);
    int k = i;
    if (tokens.w(k).equals("the")) {
      k++;
    }
    switch (tokens.w(k)) {
      case "early" -> out.add(new Prefix(TimexMod.START, k + 1, false, false));
      case "late" -> out.add(new Prefix(TimexMod.END, k + 1, false, false));
      case "mid" -> out.add(new Prefix(TimexMod.MID, tokens.is(k + 1, "-") ? k + 2 : k + 1, false, false));
      case "end", "close" -> {
        if (tokens.is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.END, k + 2, false, false));
        }
      }
      case "beginning", "start" -> {
        if (tokens.is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.START, k + 2, false, false));
        }
      }
      case "middle" -> {
        if (tokens.is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.MID, k + 2, false, false));
        }
      }
      default -> { }
    }
    if (k != i) {
      return out;
    }
    switch (tokens.w(i)) {
      case "earlier" -> out.add(new Prefix(TimexMod.START, i + 1, false, false));
      case "later" -> out.add(new Prefix(TimexMod.END, i + 1, false, false));
      case "about", "around", "approximately", "roughly" -> out.add(new Prefix(TimexMod.APPROX, i + 1, true, false));
      case "nearly", "almost" -> out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 1, true, false));
      case "over" -> {
        if (!tokens.is(i + 1, "the")) {
          out.add(new Prefix(TimexMod.MORE_THAN, i + 1, true, true));
        }
      }
      case "within" -> {
        if (!tokens.is(i + 1, "the")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 1, true, true));
        }
      }
      case "more", "less" -> {
        if (tokens.is(i + 1, "than")) {
          out.add(new Prefix(tokens.w(i).equals("more") ? TimexMod.MORE_THAN : TimexMod.LESS_THAN, i + 2, true, false));
        }
      }
      case "at" -> {
        if (tokens.is(i + 1, "least")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_MORE, i + 2, true, false));
        } else if (tokens.is(i + 1, "most")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 2, true, true));
        }
      }
      case "up" -> {
        if (tokens.is(i + 1, "to")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 2, true, true));
        }
      }
      default -> { }
    }
    return out;
  }
}
