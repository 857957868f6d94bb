package org.storyline.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which elements of a page are not article text: by tag, by ARIA role, by being hidden, and by
 * words in their {@code class} and {@code id} ({@code share-bar}, {@code newsletter},
 * {@code related-links}, {@code comments}, {@code cookie-banner}, {@code caption}, ...).
 *
 * <p>Rules come in two strengths. Hard rules (scripts, styles, hidden elements, media) always
 * apply. Soft rules (the words, {@code header}, {@code footer}, {@code aside}, {@code form},
 * {@code figure}) can be wrong about a wrapper that happens to carry such a word ({@code
 * <div class="page has-sidebar">}); {@link ContentFinder} does not apply them to an element that
 * holds most of the page's text.
 */
final class Junk {

  /** Tags whose content is never article text. */
  private static final Set<String> HARD_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea",
      "picture", "video", "audio", "canvas", "object", "embed", "dialog", "menu", "link", "meta", "head", "img",
      "figcaption", "nav", "map", "math", "source", "track");

  /** Tags that usually hold no article text. */
  private static final Set<String> SOFT_TAGS = Set.of("header", "footer", "aside", "form", "figure");

  private static final Set<String> ROLES = Set.of(
      "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog",
      "search", "toolbar", "tablist", "tooltip");

  /** Words of {@code class}/{@code id} that mark junk; matched against each word, whole or as a prefix. */
  private static final Pattern JUNK_WORD = Pattern.compile(
      "(?:ad|ads|advert|advertisement|advertising|adslot|adunit|dfp|gpt|sponsor|sponsored|promo|promos|promotion|"
      + "outbrain|taboola|comment|comments|disqus|replies|share|sharing|social|socials|sharebar|shares|"
      + "newsletter|subscribe|subscription|signup|paywall|cookie|cookies|consent|gdpr|related|recommended|"
      + "recommendations|recirc|more|popular|trending|most|readmore|nav|navbar|navigation|menu|breadcrumb|"
      + "breadcrumbs|sidebar|rail|footer|masthead|header|caption|captions|credit|credits|byline|bylines|author|"
      + "authors|tags|tag|topics|keywords|toolbar|tools|print|modal|overlay|popup|banner|skip|sr|"
      + "visually|visuallyhidden|screenreader|offscreen|widget|widgets|pagination|pager|toc|"
      + "timestamp|dateline|meta|metadata|follow|donate|membership|slideshow|gallery|video|player|"
      + "lightbox|teaser|teasers|tooltip|alert|notice|feedback|survey|rating|affiliate|commerce|"
      + "audio|podcast|headline|kicker|eyebrow|dek|"
      + "standfirst|subtitle|subhead|image|img|photo|figure|media|icon|logo|signin|login|account|"
      + "search|correction|corrections|disclaimer|copyright|legal|contact|bio|about|newsletters|cta|"
      + "ticker|livefyre|hovercard|secondary|complementary|aside|extra|supplemental|utility|hide|noprint)");

  /** Junk words that a content word does not outweigh ({@code post-author}, {@code article-related}). */
  private static final Pattern STRONG_JUNK_WORD = Pattern.compile(
      "(?:comment|comments|disqus|share|sharing|sharebar|newsletter|newsletters|subscribe|subscription|signup|"
      + "cookie|cookies|consent|gdpr|related|recommended|recommendations|recirc|outbrain|taboola|promo|promos|"
      + "promotion|sponsor|sponsored|advert|advertisement|advertising|ad|ads|adslot|adunit|dfp|author|authors|"
      + "byline|bylines|bio|caption|captions|credit|credits|breadcrumb|breadcrumbs|sidebar|footer|tags|popular|"
      + "trending|paywall|modal|popup|overlay)");

  /** Words that say an element is the article, protecting it from {@link #JUNK_WORD}. */
  private static final Pattern CONTENT_WORD = Pattern.compile(
      "(?:article|articlebody|content|body|main|story|storybody|post|entry|text|prose|richtext|paragraph|"
      + "copy|column|blog|embed|embedded)");

  /** Words that make a class a modifier of another ({@code has-sidebar}, {@code no-image}), not a role. */
  private static final Pattern MODIFIER_WORD = Pattern.compile("(?:has|with|no|is|enable|enabled|show|style|type|hide|js)");

  private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private Junk() {}

  /** An element whose content is never article text, wherever it is. */
  static boolean isHard(Element e) {
    String tag = e.normalName();
    if (HARD_TAGS.contains(tag) || e.hasAttr("hidden")) {
      return true;
    }
    if (e.hasAttr("aria-hidden") && e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    if (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    return e.hasAttr("role") && ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT));
  }

  /** An element that usually holds no article text. */
  static boolean isSoft(Element e) {
    if (SOFT_TAGS.contains(e.normalName())) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article") || tag.equals("p")) {
      return false;
    }
    return junkWords(e.className()) || junkWords(e.id());
  }

  /**
   * Whether the words of a {@code class} or {@code id} value mark junk: some class has a strong
   * junk word, or a junk word and no content word ({@code "share-tools"} and {@code "post-author"}
   * are junk; {@code "article-body"}, {@code "widget-content"} and {@code "has-sidebar"}, a
   * modifier, are not).
   */
  static boolean junkWords(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String name : value.split("\\s+")) {
      String lower = camelToWords(name);
      boolean junk = false;
      boolean strong = false;
      boolean content = false;
      for (String word : SPLIT.split(lower)) {
        if (word.isEmpty()) {
          continue;
        }
        if (MODIFIER_WORD.matcher(word).matches()) {
          content = true; // a modifier class says nothing of the element's role
          break;
        }
        junk |= JUNK_WORD.matcher(word).matches();
        strong |= STRONG_JUNK_WORD.matcher(word).matches();
        content |= CONTENT_WORD.matcher(word).matches();
      }
      if (strong || (junk && !content)) {
        return true;
      }
    }
    return false;
  }

  /** {@code "shareBar"} as {@code "share-bar"}, lower case. */
  private static String camelToWords(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
