package org.storyline.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.storyline.app.view.ArticleJson;

/**
 * How the list commands print: a JSON array of each item's brief form, or one line per item and
 * a count line naming the store.
 */
final class Listing {

  private Listing() {}

  /** Every item of a paged read ({@code page.apply(offset, limit)}), read a thousand at a time. */
  static <T> List<T> all(java.util.function.BiFunction<Integer, Integer, List<T>> page) {
    List<T> out = new java.util.ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<T> next = page.apply(offset, PAGE);
      out.addAll(next);
      if (next.size() < PAGE) {
        return out;
      }
    }
  }

  private static final int PAGE = 1_000;

  static <T> void print(PrintWriter out, boolean json, List<T> items, Function<T, JsonNode> brief,
      Function<T, String> line, String one, String many, String store) {
    if (json) {
      var array = ArticleJson.array();
      items.forEach(i -> array.add(brief.apply(i)));
      out.println(ArticleJson.write(array));
      return;
    }
    items.forEach(i -> out.println(line.apply(i)));
    out.println(items.size() + " " + (items.size() == 1 ? one : many) + " in " + store);
  }
}
