package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page body, in the manner of Readability: prune what is never article
 * text ({@link Junk}), score each element by the paragraphs below it (text length, commas), damp
 * by link density, take the best element, widen it to the ancestor that holds the other good
 * candidates, add siblings that look like more of the same, and read its blocks, leaving out
 * headlines and link lists.
 *
 * <p>Works on one body once: it prunes the tree it is given. Not thread-safe; cheap to make.
 */
final class ContentFinder {

  /** Tags that continue the current line; every other element starts a new block. */
  static final Set<String> INLINE = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
      "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "big", "tt", "strike",
      "del", "ins", "nobr", "acronym", "#root");

  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|"
      + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu");

  /** Short lines that are page furniture wherever they stand. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(?:advertisement|advertisements?|advert|ad|trending:?|tags:?.*|previous post|next post|sharing is caring!?|sponsored|story continues below( advertisement)?|continue reading.*|"
      + "read more.*|related:.*|related .*|see also.*|share( this( article| story)?)?|share on .*|tweet|email|print|"
      + "comments?|sign up.*|subscribe.*|click here.*|follow us.*|image:? .*|photo:? .*|getty images|"
      + "©.*|copyright .*|all rights reserved.*|recommended( for you)?|more from .*|most (read|popular).*|"
      + "(also )?read:? .*|watch:? .*|listen:? .*|skip (to|advertisement).*)$");

  /** The share of the page's prose that spares an element from the soft junk rules. */
  private static final double SPARED_PROSE = 0.4;

  /** The longest paragraph of link text kept alone among prose; longer ones are promotions. */
  private static final int LONE_LINK_CHARS = 60;

  static final class Stats {
    int chars;
    int links;
    int commas;
    int ownChars;
    int ownLinks;
    int ownCommas;
    /** Characters of prose below: blocks of 40 or more characters, under half of them link text. */
    int prose;
    double score;
    boolean candidate;
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();

  /** The main text of {@code body}, block by block; pruned first. */
  List<Block> find(Element body) {
    measure(body);
    prune(body, stats(body).prose);
    stats.clear();
    measure(body);
    List<Element> parts = parts(body);
    List<Block> blocks = new ArrayList<>();
    for (Element part : parts) {
      collect(part, blocks);
    }
    return blocks;
  }

  Stats stats(Element e) {
    return stats.computeIfAbsent(e, k -> new Stats());
  }

  /** Counts the text below every element, and each block's own (inline) text. */
  private void measure(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      private final List<Stats> blocks = new ArrayList<>();
      private int inLink;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          count(text);
        } else if (node instanceof Element e) {
          if (e.normalName().equals("a")) {
            inLink++;
          }
          if (!INLINE.contains(e.normalName()) || blocks.isEmpty()) {
            blocks.add(stats(e));
          }
        }
      }

      private void count(TextNode text) {
        String s = text.getWholeText();
        int chars = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (!Block.isSpace(c)) {
            chars++;
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
              commas++;
            }
          }
        }
        if (chars == 0 || !(text.parentNode() instanceof Element parent)) {
          return;
        }
        Stats p = stats(parent);
        p.chars += chars;
        p.commas += commas;
        Stats own = blocks.get(blocks.size() - 1);
        own.ownChars += chars;
        own.ownCommas += commas;
        if (inLink > 0) {
          p.links += chars;
          own.ownLinks += chars;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.normalName().equals("a")) {
            inLink--;
          }
          Stats s = stats(e);
          if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == s) {
            blocks.remove(blocks.size() - 1);
          }
          if (s.ownChars >= 40 && s.ownLinks * 2 < s.ownChars) {
            s.prose += s.ownChars;
          }
          if (e != root && e.parent() != null) {
            Stats p = stats(e.parent());
            p.chars += s.chars;
            p.links += s.links;
            p.commas += s.commas;
            p.prose += s.prose;
          }
        }
      }
    }, root);
  }

  /** Removes junk; soft rules spare an element that holds much of the page's prose. */
  private void prune(Element body, int prose) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && node != body) {
          if (Junk.isHard(e)) {
            return FilterResult.REMOVE;
          }
          if (Junk.isSoft(e) && stats(e).prose < SPARED_PROSE * prose) {
            return FilterResult.REMOVE;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  /** The elements whose blocks make the article, in page order. */
  private List<Element> parts(Element body) {
    List<Element> candidates = score(body);
    if (candidates.isEmpty()) {
      return List.of(body);
    }
    candidates.sort(Comparator.comparingDouble(this::finalScore).reversed());
    Element top = candidates.get(0);
    top = widen(top, candidates, body);
    top = climb(top, body);
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return withSiblings(top, body);
  }

  /** Gives each paragraph's score to its ancestors; returns the scored elements. */
  private List<Element> score(Element body) {
    List<Element> candidates = new ArrayList<>();
    for (Map.Entry<Element, Stats> entry : List.copyOf(stats.entrySet())) {
      Element block = entry.getKey();
      Stats s = entry.getValue();
      if (s.ownChars < 25 || s.ownLinks * 2 > s.ownChars) {
        continue;
      }
      double points = 1 + s.ownCommas + Math.min(s.ownChars / 100, 3);
      Element first = hasBlockChild(block) || block == body ? block : block.parent();
      int level = 0;
      for (Element e = first; e != null && level < 5; e = e.parent(), level++) {
        Stats es = stats(e);
        if (!es.candidate) {
          es.candidate = true;
          es.score = initialScore(e);
          candidates.add(e);
        }
        es.score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
        if (e == body) {
          break;
        }
      }
    }
    return candidates;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (!INLINE.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + classWeight(e.className()) + classWeight(e.id());
  }

  private static int classWeight(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (NEGATIVE.matcher(value).find()) {
      weight -= 25;
    }
    if (POSITIVE.matcher(value).find()) {
      weight += 25;
    }
    return weight;
  }

  private double linkDensity(Element e) {
    Stats s = stats(e);
    return s.chars == 0 ? 0 : (double) s.links / s.chars;
  }

  private double finalScore(Element e) {
    return stats(e).score * (1 - linkDensity(e));
  }

  /** Moves up to the ancestor that also holds most other near-best candidates. */
  private Element widen(Element top, List<Element> sorted, Element body) {
    double best = finalScore(top);
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, sorted.size()); i++) {
      if (finalScore(sorted.get(i)) >= 0.75 * best) {
        alternatives.add(sorted.get(i));
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      int holding = 0;
      for (Element alternative : alternatives) {
        if (isAncestor(parent, alternative)) {
          holding++;
        }
      }
      if (holding >= 3) {
        return parent;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Moves up while an ancestor scores better than the element it holds. */
  private Element climb(Element top, Element body) {
    double last = finalScore(top);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      if (!stats(parent).candidate) {
        continue;
      }
      double score = finalScore(parent);
      if (score < threshold) {
        break;
      }
      if (score > last) {
        return parent;
      }
      last = score;
    }
    return top;
  }

  private List<Element> withSiblings(Element top, Element body) {
    Element parent = top.parent();
    if (top == body || parent == null) {
      return List.of(top);
    }
    double topScore = finalScore(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Stats s = stats(sibling);
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      if (s.candidate && finalScore(sibling) + bonus >= threshold) {
        parts.add(sibling);
      } else if (s.ownChars > 0 && !hasBlockChild(sibling)) {
        double density = linkDensity(sibling);
        if ((s.chars > 80 && density < 0.25)
            || (s.chars > 0 && density == 0 && sibling.text().matches("(?s).*\\.( |$)"))) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  /**
   * Reads the blocks of one part, leaving out headlines, link lists, furniture lines and
   * headings that end the text (they head something that was left out).
   */
  private void collect(Element part, List<Block> out) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, part);
    collector.end();
    List<BlockCollector.Raw> raws = collector.blocks;
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      if (keep(raws, i)) {
        kept.add(raws.get(i).block);
      }
    }
    int end = kept.size();
    while (end > 0 && kept.get(end - 1).kind() == Block.Kind.HEADING) {
      end--;
    }
    out.addAll(kept.subList(0, end));
  }

  /**
   * Whether block {@code i} is article text. A block that is mostly link text is kept only when
   * it is a short paragraph standing alone among prose ({@code "Get it on Amazon for $39"}, a
   * source link) and does not shout in capitals; list items, headings and runs of such blocks
   * are link lists.
   */
  private static boolean keep(List<BlockCollector.Raw> raws, int i) {
    BlockCollector.Raw raw = raws.get(i);
    String text = raw.block.text();
    if (raw.element != null && raw.element.normalName().equals("h1")) {
      return false;
    }
    if (linky(raw)) {
      boolean alone = (i == 0 || !linky(raws.get(i - 1))) && (i + 1 == raws.size() || !linky(raws.get(i + 1)));
      if (raw.block.kind() != Block.Kind.PARAGRAPH || !alone || raw.chars > LONE_LINK_CHARS || shouts(text)) {
        return false;
      }
    }
    return text.length() > 120 || !FURNITURE.matcher(text).matches();
  }

  /** Whether a text of several words has no lower-case letter: a promoted headline. */
  private static boolean shouts(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 8 && text.indexOf(' ') > 0;
  }

  private static boolean linky(BlockCollector.Raw raw) {
    return raw.links * 2 > raw.chars;
  }
}
