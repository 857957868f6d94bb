package org.storyline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1 and ROUGE-2 counts as ROUGE-1.5.5 makes them when tilse's pyrouge runs it
 * ({@code -n 2 -m -s}): lowercased ASCII, '-' split off, any other character outside
 * {@code [A-Za-z0-9-]} a space, tokens that start with a letter or digit kept, SMART stopwords
 * removed, tokens longer than 3 characters stemmed (WordNet 2.0 exceptions first, else ROUGE's
 * Porter stemmer), n-grams taken across sentence boundaries, hits clipped. Text after a '<' in a
 * sentence is dropped and '^' reads as "&amp;circ;", as they do in ROUGE's SEE input.
 *
 * <p>Thread-safe; token lists are cached per list of sentences.
 */
final class Rouge {

  /** Hits, peer n-grams and model n-grams of one order. */
  record Counts(int hits, int peer, int model) {}

  private static final Rouge INSTANCE = new Rouge();

  private final Set<String> stopwords;
  private final Map<String, String> exceptions;
  private final Map<List<String>, Grams> cache = new ConcurrentHashMap<>();

  private Rouge() {
    stopwords = new HashSet<>();
    exceptions = new HashMap<>();
    for (String line : lines("smart_common_words.txt")) {
      stopwords.add(line);
    }
    for (String line : lines("wordnet2.0-exceptions.tsv")) {
      int tab = line.indexOf('\t');
      exceptions.put(line.substring(0, tab), line.substring(tab + 1));
    }
  }

  static Rouge instance() {
    return INSTANCE;
  }

  /** ROUGE-n counts ({@code n} 1 or 2) of {@code peer} (the system's sentences) against {@code model}. */
  Counts counts(List<String> peer, List<String> model, int n) {
    Map<String, Integer> p = grams(peer).of(n);
    Map<String, Integer> m = grams(model).of(n);
    int hits = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      Integer c = p.get(e.getKey());
      if (c != null) {
        hits += Math.min(c, e.getValue());
      }
    }
    return new Counts(hits, total(p), total(m));
  }

  private static int total(Map<String, Integer> grams) {
    int sum = 0;
    for (int c : grams.values()) {
      sum += c;
    }
    return sum;
  }

  private record Grams(Map<String, Integer> unigrams, Map<String, Integer> bigrams) {
    Map<String, Integer> of(int n) {
      return switch (n) {
        case 1 -> unigrams;
        case 2 -> bigrams;
        default -> throw new IllegalArgumentException("ROUGE-" + n + " is not counted; 1 or 2");
      };
    }
  }

  private Grams grams(List<String> sentences) {
    return cache.computeIfAbsent(List.copyOf(sentences), this::count);
  }

  private Grams count(List<String> sentences) {
    List<String> tokens = tokens(sentences);
    Map<String, Integer> one = new HashMap<>();
    Map<String, Integer> two = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      one.merge(tokens.get(i), 1, Integer::sum);
      if (i > 0) {
        two.merge(tokens.get(i - 1) + ' ' + tokens.get(i), 1, Integer::sum);
      }
    }
    return new Grams(one, two);
  }

  /** The tokens ROUGE counts in {@code sentences}, in order. */
  List<String> tokens(List<String> sentences) {
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      String line = seeLine(s);
      if (!line.isEmpty()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(line);
      }
    }
    List<String> tokens = new ArrayList<>();
    for (String t : text.toString().split(" +")) {
      if (t.isEmpty() || stopwords.contains(t) || !startsWell(t)) {
        continue;
      }
      tokens.add(t.length() > 3 ? exceptions.getOrDefault(t, RougeStemmer.stem(t)) : t);
    }
    return tokens;
  }

  /** One sentence as ROUGE reads it from a SEE file: white space collapsed, cut at '<', lowercased, cleaned. */
  private static String seeLine(String sentence) {
    String t = String.join(" ", Texts.whitespaceSplit(sentence)).replace("^", "&circ;");
    int lt = t.indexOf('<');
    if (lt >= 0) {
      t = t.substring(0, lt);
    }
    StringBuilder out = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      } else if (c == '-') {
        out.append(" - ");
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else {
        out.append(' ');
      }
    }
    return t.isEmpty() ? "" : out.toString();
  }

  private static boolean startsWell(String token) {
    char c = token.charAt(0);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$';
  }

  private static List<String> lines(String resource) {
    InputStream in = Rouge.class.getResourceAsStream(resource);
    Objects.requireNonNull(in, () -> "missing resource " + resource);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return lines;
  }
}
