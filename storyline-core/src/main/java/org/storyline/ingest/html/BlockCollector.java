package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Splits the text below an element into blocks: each element that is not {@link
 * ContentFinder#INLINE inline}, and each {@code <br>}, ends the block being read. Keeps, for each
 * block, the text nodes it came from, the element that holds it and how much of it is link text.
 */
final class BlockCollector implements NodeVisitor {

  /** A block with what the filters need to know about it. */
  static final class Raw {
    Block block;
    Element element;
    int chars;
    int links;
  }

  final List<Raw> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<TextNode> nodes = new ArrayList<>();
  private final List<Element> open = new ArrayList<>();
  private int inLink;
  private int chars;
  private int links;

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        n += Block.isSpace(s.charAt(i)) ? 0 : 1;
      }
      if (n == 0 && text.length() == 0) {
        return;
      }
      text.append(s);
      nodes.add(t);
      chars += n;
      links += inLink > 0 ? n : 0;
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        inLink++;
      }
      if (tag.equals("br") || !ContentFinder.INLINE.contains(tag)) {
        end();
      }
      if (!ContentFinder.INLINE.contains(tag)) {
        open.add(e);
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        inLink--;
      }
      if (!ContentFinder.INLINE.contains(tag)) {
        end();
        open.remove(open.size() - 1);
      }
    }
  }

  /** Ends the block being read, keeping it when it has text. */
  void end() {
    String collapsed = Block.collapse(text);
    if (!collapsed.isEmpty()) {
      Raw raw = new Raw();
      raw.element = open.isEmpty() ? null : open.get(open.size() - 1);
      raw.block = new Block(collapsed, nodes, kind(raw.element));
      raw.chars = chars;
      raw.links = links;
      blocks.add(raw);
    }
    text.setLength(0);
    nodes.clear();
    chars = 0;
    links = 0;
  }

  private static Block.Kind kind(Element e) {
    if (e == null) {
      return Block.Kind.PARAGRAPH;
    }
    return switch (e.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
      case "blockquote" -> Block.Kind.QUOTE;
      case "pre" -> Block.Kind.PREFORMATTED;
      default -> Block.Kind.PARAGRAPH;
    };
  }
}
