package org.storyline.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;

/**
 * A stream of articles made from the sentences of the five real seed reports ({@code
 * clean/seeds}), as {@code SyntheticCorpus} makes one from the GVA file: event {@code e} resamples
 * the sentences of seed {@code e mod 5}; from the second round of seeds on, every capitalised word
 * is replaced, consistently within the event, by a made-up name, so that events look like other
 * events rather than repeats. Two events run at a time, three reports each, {@code perDay} articles
 * a day. Mixed in, as real streams have them: exact copies under another headline, near-empty
 * pages, a newsletter plea some outlet repeats, one article added twice, and undated articles at
 * the end.
 */
final class RealTextStream {

  private static final String[] SEEDS = {"000_4794b076882f08fe.txt", "001_2e55a25b1075aa99.txt", "002_503e3c828b1c7fa5.txt",
      "003_9c3e6357029ac095.txt", "004_56b9276ed6e05626.txt"};
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
  private static final String[] SYLLABLES = {"ka", "lo", "ven", "dra", "mi", "sor", "tel", "bru", "nax", "qui", "fen", "gor",
      "ha", "jul", "pe", "ros", "tam", "vix", "wen", "zol"};
  private static final String PLEA = "Sign up for our newsletter to get the latest headlines delivered to your inbox every morning.";
  private static final LocalDate START = LocalDate.of(2022, 1, 3);

  private final List<List<String>> sentences = new ArrayList<>();

  private RealTextStream() {
    for (String seed : SEEDS) {
      List<String> s = new ArrayList<>();
      Matcher m = SENTENCE.matcher(resource("/clean/seeds/" + seed));
      while (m.find()) {
        String sentence = m.group().strip();
        if (sentence.length() > 30) {
          s.add(sentence);
        }
      }
      sentences.add(s);
    }
  }

  /** The first {@code n} articles of the stream, {@code perDay} a day. */
  static List<Article> articles(int n, int perDay) {
    RealTextStream stream = new RealTextStream();
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; out.size() < n; i++) {
      Article a = stream.report(i, perDay, n);
      out.add(a);
      if (i % 37 == 36 && out.size() < n) {
        out.add(Events.article("Copy: " + a.title(), body(a), date(a), "copy" + i));
      }
      if (i % 53 == 52 && out.size() < n) {
        out.add(Events.article("Subscriber content " + i, "Already a subscriber? Log in to read on.", date(a), "short" + i));
      }
      if (i == 200 && out.size() < n) {
        out.add(a); // the same article again: a replay overlapping a checkpoint would do this
      }
    }
    return out;
  }

  /** Report {@code i}: of event {@code (i / 6) * 2 + i % 2}; undated among the last 1%. */
  private Article report(int i, int perDay, int n) {
    int event = i / 6 * 2 + i % 2;
    List<String> pool = sentences.get(event % SEEDS.length);
    Map<String, String> names = new HashMap<>();
    Random random = new Random(i * 0x9E3779B97F4A7C15L + 11);
    StringBuilder body = new StringBuilder(rename(pool.get(event % pool.size()), event, names));
    int length = 3 + random.nextInt(5);
    for (int k = 0; k < length; k++) {
      body.append(k % 3 == 2 ? "\n\n" : " ").append(rename(pool.get(random.nextInt(pool.size())), event, names));
    }
    if (event % 3 == 0) {
      body.append("\n\n").append(PLEA);
    }
    String[] words = rename(pool.get((event + 1) % pool.size()), event, names).split("\\s+");
    String title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 10)));
    LocalDate day = i >= n - n / 100 ? null : START.plusDays(i / perDay);
    return Events.article(title, body.toString(), day, "real" + i);
  }

  /** The capitalised words of {@code s} replaced by made-up names, the same within an event; none for the first round. */
  private static String rename(String s, int event, Map<String, String> names) {
    if (event < SEEDS.length) {
      return s;
    }
    Matcher m = CAPITALISED.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, names.computeIfAbsent(m.group(), w -> madeUpName(w.hashCode() * 31L + event)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String madeUpName(long seed) {
    Random r = new Random(seed);
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < 2 + r.nextInt(2); k++) {
      name.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String body(Article a) {
    return a.text().substring(a.text().indexOf("\n\n") + 2);
  }

  private static LocalDate date(Article a) {
    return a.published() == null ? null : a.published().date();
  }

  private static String resource(String path) {
    try (InputStream in = RealTextStream.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
