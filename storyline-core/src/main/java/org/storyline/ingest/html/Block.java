package org.storyline.ingest.html;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.TextNode;

/**
 * One paragraph of extracted text and the text nodes of the page it was read from.
 *
 * <p>{@code text} is the concatenation of the nodes' {@link TextNode#getWholeText() whole text}
 * with every white-space run (no-break spaces included) folded to one space and the ends
 * stripped, so a reader that walks {@code nodes} the same way can map each character back to the
 * page source. It is never empty.
 *
 * @param text the paragraph as read
 * @param nodes the text nodes it came from, in document order
 * @param kind what kind of block held it
 */
public record Block(String text, List<TextNode> nodes, Kind kind) {

  /** The kind of element a block was read from. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    PREFORMATTED
  }

  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a block has text");
    }
    nodes = List.copyOf(nodes);
  }

  /** {@code s} with white-space runs folded to one space and stripped, as {@link #text} is built. */
  public static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return c == '\u00A0' || Character.isWhitespace(c);
  }
}
