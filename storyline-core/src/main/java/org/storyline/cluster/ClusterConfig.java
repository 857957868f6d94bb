package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The clusterer's settings, by name, validated whole: unknown keys are rejected, every value is
 * range-checked, and messages name the key.
 *
 * <pre>{@code
 * ClusterConfig c = ClusterConfig.defaults().with(Map.of("threshold", "0.35", "weight.time", "0.5"));
 * }</pre>
 *
 * <p>The defaults were tuned on the development incidents of the GVA corpus only.
 */
public final class ClusterConfig {

  /** A setting: its default and its allowed range. */
  private record Key(String name, double fallback, double min, double max, String help) {}

  private static final Map<String, Key> KEYS = new LinkedHashMap<>();

  static {
    key("threshold", 0.25, 0, 1, "weighted similarity an article needs to join a story");
    key("weight.text", 1.0, 0, 100, "weight of the text feature");
    key("weight.title", 0.6, 0, 100, "weight of the title feature");
    key("weight.names", 3.0, 0, 100, "weight of the names feature");
    key("weight.days", 1.0, 0, 100, "weight of the days feature (the article and the story speak of a same day)");
    key("weight.figures", 1.0, 0, 100, "weight of the figures feature, which counts when the article or the story is undated (how commonly the story names a number the article names: a magnitude, a score, a toll, a year)");
    key("weight.time", 0.6, 0, 1, "strength of the time gate: a score is scaled by 1 - w + w * exp(-days / time.scale)");
    key("time.scale", 10, 0.01, 3650, "days over which the time feature falls to 1/e");
    key("anchor.names", 2, 0, 100, "shared names of people (used by no other story) that lift the time gate fully (k of them: to k / anchor.names); 0: off");
    key("anchor.slack", 1, 0, 1_000, "other articles that may name the person and still let the name count as an anchor");
    key("phrases.article", 16, 0, 1_000, "rarest names of people (capitalised runs some article gave an age after or wrote as first name and surname) kept per article");
    key("window.days", 400, 0, 3650, "a story is a candidate while the article is this many days from its dates");
    key("freeze.after", 20_000, 0, 1e12, "a story out of the window leaves memory only after this many arrivals without a join (disorder tolerance)");
    key("min.words", 20, 0, 100_000, "articles with fewer body words stay alone (empty, paywall, near-empty pages)");
    key("boilerplate.docs", 2, 1, 1_000_000, "a line recent articles had this many times is boilerplate and left out");
    key("boilerplate.generation", 20_000, 100, 100_000_000, "articles over which line counts are kept (two generations)");
    key("idf.prior", 1000, 0, 1e9, "background documents assumed in IDF, so a few articles of one story keep their shared names");
    key("terms.article", 60, 1, 10_000, "terms kept in an article's text vector");
    key("terms.centroid", 120, 1, 10_000, "terms kept in a story's centroid");
    key("terms.index", 15, 1, 1_000, "terms of each article that index its story");
    key("terms.query", 15, 1, 1_000, "terms of an arriving article looked up in the index");
    key("terms.max.df", 0.02, 0, 1, "index terms in more than this share of articles are not looked up (once 1,000 are seen)");
    key("postings.max", 100, 1, 1_000_000, "most recent stories read per index term");
    key("candidates", 15, 1, 10_000, "stories fully compared per article");
    key("recent", 4, 1, 1_000, "recent articles of a story compared one by one");
    key("caps.boost", 2.0, 0, 100, "weight of a capitalised word inside a sentence relative to others");
    key("title.boost", 1.0, 0, 100, "weight of a title word in the text vector relative to a body word");
    key("lead.words", 80, 0, 100_000, "body words that open an article (its lead) and weigh lead.boost");
    key("lead.boost", 1.5, 0, 100, "weight of a lead word relative to later body words");
    key("merge.threshold", 0.5, 0, 2, "similarity at which two stories are merged when finishing (above 1: never)");
    key("sub.threshold", 0.46, 0, 1, "score (text cosine, with date closeness when dated) an article needs to join a sub-event");
    key("sub.weight.date", 0.6, 0, 1, "share of the text's shortfall that date closeness (exp(-days)) makes up in a sub-event's score, when both are dated");
    key("sub.weight.days", 0.5, 0, 1, "share of the score's shortfall that a day both the article and the sub-event speak of makes up");
    key("undated.sub.text", 0.4, 0, 1, "text cosine an article needs to one of a story's sub-events to join it when one of the two is dated and the other not (the time gate cannot tell two similar happenings of one topic apart); 0: off");
    key("sub.gap.days", 3, 0, 3650, "most days between a dated article and a sub-event it joins, unless they speak of a same day");
    key("sub.days.gap", 14, 0, 3650, "most days between a dated article and a sub-event it joins by a day both speak of");
    key("dedupe.threshold", 0.6, 0.01, 1, "estimated Jaccard similarity of a near duplicate");
    key("dedupe.window", 30, 0, 3650, "days an article is remembered as a possible original");
  }

  private final Map<String, Double> values;

  private ClusterConfig(Map<String, Double> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  private static void key(String name, double fallback, double min, double max, String help) {
    KEYS.put(name, new Key(name, fallback, min, max, help));
  }

  public static ClusterConfig defaults() {
    Map<String, Double> v = new TreeMap<>();
    KEYS.values().forEach(k -> v.put(k.name(), k.fallback()));
    return new ClusterConfig(v);
  }

  /**
   * These settings with {@code changes} applied, checked whole.
   *
   * @throws IllegalArgumentException naming every unknown key, or the first bad value and its key
   */
  public ClusterConfig with(Map<String, String> changes) {
    Objects.requireNonNull(changes, "changes");
    List<String> unknown = new ArrayList<>();
    for (String k : new TreeMap<>(changes).keySet()) {
      if (!KEYS.containsKey(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + unknown + "; known: " + KEYS.keySet());
    }
    Map<String, Double> v = new TreeMap<>(values);
    for (Map.Entry<String, String> e : new TreeMap<>(changes).entrySet()) {
      Key key = KEYS.get(e.getKey());
      double d;
      try {
        d = Double.parseDouble(e.getValue().strip());
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(key.name() + " must be a number, not '" + e.getValue() + "'");
      }
      if (!(d >= key.min() && d <= key.max())) {
        throw new IllegalArgumentException(key.name() + " must be in [" + key.min() + ", " + key.max() + "], not " + d);
      }
      v.put(key.name(), d);
    }
    if (allWeightsZero(v)) {
      throw new IllegalArgumentException("at least one weight.* of an evidence feature (text, title, names, days, figures) must be positive");
    }
    return new ClusterConfig(v);
  }

  private static boolean allWeightsZero(Map<String, Double> v) {
    for (Features f : Features.values()) {
      if (v.get("weight." + f.key()) > 0 && f != Features.TIME) {
        return false;
      }
    }
    return true;
  }

  /** Every setting and its value, by name. */
  public Map<String, Double> values() {
    return values;
  }

  /** One line per setting: name, default and what it does. */
  public static List<String> help() {
    List<String> out = new ArrayList<>();
    KEYS.values().forEach(k -> out.add(k.name() + " (default " + k.fallback() + "): " + k.help()));
    return out;
  }

  double get(String name) {
    return values.get(name);
  }

  int getInt(String name) {
    return (int) Math.round(values.get(name));
  }

  public double threshold() {
    return get("threshold");
  }

  public double weight(Features f) {
    return get("weight." + f.key());
  }

  public double timeScaleDays() {
    return get("time.scale");
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
