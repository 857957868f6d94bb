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

  /**
   * Prints {@code items}, then (as text) the count line: {@code count} (the number printed, or
   * which part of how many, see {@link Paging#count}), the kind of item and the store.
   */
  static <T> void print(PrintWriter out, boolean json, List<T> items, Function<T, JsonNode> brief,
      Function<T, String> line, String count, String one, String many, String store) {
    if (json) {
      var array = ArticleJson.array();
      items.forEach(i -> array.add(brief.apply(i)));
      out.println(ArticleJson.write(array));
      return;
    }
    items.forEach(i -> out.println(line.apply(i)));
    out.println(count + " " + (count.equals("1") ? one : many) + " in " + store);
  }
}
