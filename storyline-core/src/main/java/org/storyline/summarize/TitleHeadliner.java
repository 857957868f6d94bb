package org.storyline.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.Mention;

/**
 * A {@link Headliner} that chooses among the articles' titles (and, for articles without one,
 * their first sentences) the one that best says what the story is: each candidate scores the
 * share of the story's articles that use each of its words, averaged, plus a bonus per main actor
 * it names (the three names most mentioned across the story). A candidate of 5 to 16 words is
 * preferred; an outlet's suffix ("... - BBC News", "... | Reuters") is cut.
 */
public final class TitleHeadliner implements Headliner {

  private static final Pattern OUTLET_SUFFIX = Pattern.compile("\\s+[-|\\u2013\\u2014:]\\s+[^-|\\u2013\\u2014]{2,30}$");
  /** Runs of white space between words: compiled once, not by each {@code String.split} (a pattern of two characters is compiled each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int ACTORS = 3;
  private static final double ACTOR_BONUS = 0.15;

  @Override
  public String headline(List<Extraction> story) {
    Objects.requireNonNull(story, "story");
    if (story.isEmpty()) {
      throw new IllegalArgumentException("a story without articles has no headline");
    }
    Map<String, Double> share = termShare(story);
    Set<String> actors = actors(story);
    List<String> candidates = candidates(story);
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String c : candidates) {
      double s = score(c, share, actors);
      if (s == Double.NEGATIVE_INFINITY) {
        continue; // no content word ("What now?"): says nothing of the story
      }
      if (best == null || s > bestScore || (s == bestScore && c.compareTo(best) < 0)) {
        best = c;
        bestScore = s;
      }
    }
    return best == null ? "" : best;
  }

  private static List<String> candidates(List<Extraction> story) {
    List<String> out = new ArrayList<>();
    for (Extraction x : story) {
      Article a = x.article();
      String title = a.title() != null && !a.title().isBlank() ? a.title()
          : a.layout().headlineOpt().map(h -> h.of(a.text())).orElse(null);
      if (title != null && !title.isBlank()) {
        out.add(trim(title));
      } else {
        String lead = firstSentence(a.text());
        if (lead != null) {
          String news = Datelines.strip(lead).strip();
          List<String> heads = clauses(news);
          // a long lead without a clause boundary in its first 17 words is still what the article says
          out.addAll(heads.isEmpty() ? List.of(news) : heads);
        }
      }
    }
    return out;
  }

  /**
   * The heads of a lead sentence that end at a clause boundary (a comma, "as", "after", "ahead of",
   * a dash) after 6 to 16 words: "President Joe Biden and Vladimir Putin will speak today" of
   * "... will speak today as the Russian leader has stepped up his demands ...". The whole sentence
   * when it has 16 words or fewer.
   */
  static List<String> clauses(String lead) {
    List<String> out = new ArrayList<>();
    String[] words = SPACES.split(lead.strip());
    if (words.length <= 16) {
      out.add(lead.strip());
      return out;
    }
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < words.length && i < 17; i++) {
      String w = words[i];
      boolean boundaryBefore = i >= 6 && BREAK_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
      if (boundaryBefore) {
        out.add(head.toString());
      }
      if (head.length() > 0) {
        head.append(' ');
      }
      head.append(w);
      if (i >= 5 && (w.endsWith(",") || w.endsWith(";")) && i < 16) {
        out.add(head.substring(0, head.length() - 1));
      }
    }
    return out;
  }

  private static final Set<String> BREAK_WORDS = Set.of("as", "after", "ahead", "amid", "while", "--", "\u2014",
      "\u2013", "because", "following", "despite", "which", "who", "to");


  static String trim(String title) {
    String t = title.strip().replaceAll("\\s+", " ");
    String cut = OUTLET_SUFFIX.matcher(t).replaceFirst("");
    return Terms.of(cut).size() >= 3 ? cut : t;
  }

  private static String firstSentence(String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (Terms.of(l).size() >= 4) {
        int end = l.indexOf(". ");
        return end > 0 ? l.substring(0, end + 1) : l;
      }
    }
    return null;
  }

  private static double score(String candidate, Map<String, Double> share, Set<String> actors) {
    List<String> terms = Terms.of(candidate);
    if (terms.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (String t : new HashSet<>(terms)) {
      sum += share.getOrDefault(t, 0.0);
    }
    double s = sum / Math.sqrt(new HashSet<>(terms).size());
    String lower = candidate.toLowerCase(java.util.Locale.ROOT);
    for (String actor : actors) {
      if (lower.contains(actor)) {
        s += ACTOR_BONUS;
      }
    }
    int words = SPACES.split(candidate).length;
    return words < 5 || words > 16 ? s * 0.7 : s;
  }

  /** For each term, the share of the story's articles that use it. */
  private static Map<String, Double> termShare(List<Extraction> story) {
    Map<String, Double> share = new HashMap<>();
    for (Extraction x : story) {
      for (String t : new HashSet<>(Terms.of(x.article().text()))) {
        share.merge(t, 1.0 / story.size(), Double::sum);
      }
    }
    return share;
  }

  /** The last words of the names mentioned most across the story, lowercased ("biden", "putin"). */
  static Set<String> actors(List<Extraction> story) {
    Map<String, Integer> counts = new HashMap<>();
    for (Extraction x : story) {
      for (Mention m : x.mentions()) {
        String[] words = SPACES.split(m.text());
        counts.merge(words[words.length - 1].toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>(counts.keySet());
    names.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(n -> n));
    return new HashSet<>(names.subList(0, Math.min(ACTORS, names.size())));
  }
}
