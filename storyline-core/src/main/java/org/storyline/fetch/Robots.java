package org.storyline.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the groups whose {@code User-agent}
 * names it ({@link FetchOptions#ROBOTS_NAME}, case-insensitive), else the {@code *} groups, else
 * none. A path is allowed unless its longest matching rule is a {@code Disallow}; on a tie {@code
 * Allow} wins. Rules may use {@code *} (any characters) and a final {@code $} (end of path).
 * {@code /robots.txt} itself is always allowed.
 */
final class Robots {

  static final Robots ALLOW_ALL = new Robots(List.of());
  static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)));

  record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;

  private Robots(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of {@code text} for the crawler called {@code name}. */
  static Robots parse(String text, String name) {
    List<Rule> named = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean namedSeen = false;
    boolean inAgents = false; // the previous line was a User-agent line
    boolean forNamed = false;
    boolean forStar = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!inAgents) {
          forNamed = false;
          forStar = false;
        }
        inAgents = true;
        String agent = value.toLowerCase(Locale.ROOT);
        int slash = agent.indexOf('/');
        agent = slash >= 0 ? agent.substring(0, slash) : agent;
        if (agent.equals(name.toLowerCase(Locale.ROOT))) {
          forNamed = true;
          namedSeen = true;
        } else if (agent.equals("*")) {
          forStar = true;
        }
      } else if (field.equals("allow") || field.equals("disallow")) {
        inAgents = false;
        if (value.isEmpty()) {
          continue; // "Disallow:" allows everything
        }
        Rule rule = new Rule(value, field.equals("allow"));
        if (forNamed) {
          named.add(rule);
        }
        if (forStar) {
          star.add(rule);
        }
      } else {
        inAgents = false; // Sitemap, Crawl-delay, ...: not ours, but they end a User-agent run
      }
    }
    return new Robots(namedSeen ? named : star);
  }

  /** Whether {@code path} (path and query, starting with {@code /}) may be fetched. */
  boolean allows(String path) {
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern, path)
          && (best == null || rule.pattern.length() > best.pattern.length()
              || (rule.pattern.length() == best.pattern.length() && rule.allow))) {
        best = rule;
      }
    }
    return best == null || best.allow;
  }

  /** The rule that decides {@code path}, for messages; {@code null} when none matches. */
  String decidingRule(String path) {
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern, path) && (best == null || rule.pattern.length() > best.pattern.length())) {
        best = rule;
      }
    }
    return best == null ? null : (best.allow ? "Allow: " : "Disallow: ") + best.pattern;
  }

  /** {@code pattern} matched against a prefix of {@code path}, {@code *} any run, a final {@code $} the end. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    // the classic wildcard match, going back only to the last star: linear in practice, never exponential
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
        pi++;
        si++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
