package org.storyline.reconcile.entity.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.storyline.eval.CorefScorer;
import org.storyline.eval.CorefScores;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.EntityResolver;

/**
 * Scores entities on MEANTIME documents.
 *
 * <ul>
 *   <li>Named-mention detection: the recogniser's mentions against the gold named mentions (NAM and
 *       PRE.NAM), exact token span and type, per MEANTIME type and overall. Our types map as
 *       PERSON→PER, LOCATION→LOC, MISC→PRO, ORGANIZATION→ORG, or FIN for markets, exchanges and
 *       indices ({@link #FINANCIAL}).
 *   <li>Cross-document coreference of the gold named mentions: the resolver groups them (text and
 *       gold type given, our type mapped back: FIN→ORGANIZATION, PRO→MISC); MUC, B³, CEAF-e and
 *       CoNLL F1 against the gold instances.
 * </ul>
 */
public final class EntityEval {

  /** An organisation whose name says it is a market, an exchange or an index is FIN in MEANTIME. */
  static final Pattern FINANCIAL = Pattern.compile(
      "(?i).*\\b(stock exchange|exchange|nasdaq|nyse|dow jones|dow|s&p|ftse|nikkei|dax|cac|index|market|markets|"
          + "hang seng|euronext|footsie)\\b.*");

  /** Precision and recall counts of one type. */
  public record Counts(String type, int gold, int found, int correct) {
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Everything the evaluation measured. */
  public record Report(int documents, int namedMentions, int instances, int skipped, List<Counts> perType,
      Counts overall, CorefScores coref, long millis) {

    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%d documents, %d gold named mentions of %d instances (%d mentions skipped)%n",
          documents, namedMentions, instances, skipped));
      b.append("named-mention detection (exact span and type):\n");
      b.append(String.format(Locale.ROOT, "  %-8s %6s %6s %6s %9s %7s %6s%n", "type", "gold", "found", "right", "precision", "recall", "F1"));
      for (Counts c : perType) {
        b.append(line(c));
      }
      b.append(line(overall));
      b.append("cross-document coreference of the gold named mentions:\n");
      b.append(prf("MUC", coref.muc())).append(prf("B3", coref.bCubed())).append(prf("CEAF-e", coref.ceafE()));
      b.append(String.format(Locale.ROOT, "  CoNLL F1 %.3f%n", coref.conllF1()));
      b.append(String.format(Locale.ROOT, "in %d ms%n", millis));
      return b.toString();
    }

    private static String line(Counts c) {
      return String.format(Locale.ROOT, "  %-8s %6d %6d %6d %9.3f %7.3f %6.3f%n",
          c.type(), c.gold(), c.found(), c.correct(), c.precision(), c.recall(), c.f1());
    }

    private static String prf(String name, CorefScores.Prf s) {
      return String.format(Locale.ROOT, "  %-8s precision %.3f recall %.3f F1 %.3f%n", name, s.precision(), s.recall(), s.f1());
    }
  }

  private EntityEval() {}

  public static Report run(List<MeantimeDocument> docs, int skipped, EntityRecognizer recognizer, EntityResolver resolver) {
    long t0 = System.nanoTime();
    Map<String, int[]> counts = new TreeMap<>(); // type -> gold, found, correct
    for (String t : List.of("PER", "ORG", "LOC", "PRO", "FIN")) {
      counts.put(t, new int[3]);
    }
    int named = 0;
    Set<String> instances = new HashSet<>();
    List<ArticleMentions> articles = new ArrayList<>();
    Map<ArticleId, Map<Span, Deque<String>>> goldAt = new HashMap<>();
    Map<String, Set<String>> key = new LinkedHashMap<>();
    for (MeantimeDocument d : docs) {
      Set<String> gold = new HashSet<>();
      for (MeantimeDocument.GoldMention g : d.mentions()) {
        if (g.isNamed()) {
          gold.add(g.sentence() + ":" + g.start() + ":" + g.end() + ":" + g.type());
        }
      }
      Set<String> found = new HashSet<>();
      List<List<EntityChunk>> chunks = recognizer.chunks(d.sentences());
      for (int s = 0; s < chunks.size(); s++) {
        for (EntityChunk c : chunks.get(s)) {
          String text = String.join(" ", d.sentences().get(s).subList(c.start(), c.end()));
          found.add(s + ":" + c.start() + ":" + c.end() + ":" + meantimeType(c.type(), text));
        }
      }
      for (String g : gold) {
        counts.get(typeOf(g))[0]++;
        if (found.contains(g)) {
          counts.get(typeOf(g))[2]++;
        }
      }
      for (String f : found) {
        counts.get(typeOf(f))[1]++;
      }
      articles.add(goldArticle(d, goldAt, key));
      for (MeantimeDocument.GoldMention g : d.mentions()) {
        if (g.isNamed()) {
          named++;
          instances.add(g.instance());
        }
      }
    }
    List<Entity> entities = resolver.resolve(articles, List.<EntityDecision>of());
    List<Set<String>> response = new ArrayList<>();
    for (Entity e : entities) {
      Set<String> cluster = new HashSet<>();
      for (EntityMention m : e.mentions()) {
        Deque<String> q = goldAt.getOrDefault(m.article(), Map.of()).get(m.span());
        if (q != null && !q.isEmpty()) {
          cluster.add(q.poll());
        }
      }
      response.add(cluster);
    }
    List<Counts> perType = new ArrayList<>();
    int[] all = new int[3];
    counts.forEach((t, c) -> {
      perType.add(new Counts(t, c[0], c[1], c[2]));
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    });
    CorefScores coref = CorefScorer.score(key.values(), response);
    return new Report(docs.size(), named, instances.size(), skipped, perType, new Counts("overall", all[0], all[1], all[2]),
        coref, (System.nanoTime() - t0) / 1_000_000);
  }

  private static String typeOf(String keyed) {
    return keyed.substring(keyed.lastIndexOf(':') + 1);
  }

  /** Our type in MEANTIME's terms. */
  static String meantimeType(EntityType type, String text) {
    return switch (type) {
      case PERSON -> "PER";
      case LOCATION -> "LOC";
      case MISC -> "PRO";
      case ORGANIZATION -> FINANCIAL.matcher(text).matches() ? "FIN" : "ORG";
    };
  }

  /** MEANTIME's type in ours. */
  static EntityType ourType(String meantime) {
    return switch (meantime) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      case "ORG", "FIN" -> EntityType.ORGANIZATION;
      default -> EntityType.MISC;
    };
  }

  /** The document as an article of its tokens joined by spaces, its gold named mentions as mentions. */
  private static ArticleMentions goldArticle(MeantimeDocument d, Map<ArticleId, Map<Span, Deque<String>>> goldAt,
      Map<String, Set<String>> key) {
    StringBuilder text = new StringBuilder();
    List<int[]> starts = new ArrayList<>();
    for (List<String> sentence : d.sentences()) {
      int[] at = new int[sentence.size() + 1];
      for (int i = 0; i < sentence.size(); i++) {
        if (text.length() > 0) {
          text.append(i == 0 ? "\n" : " ");
        }
        at[i] = text.length();
        text.append(sentence.get(i));
      }
      at[sentence.size()] = text.length();
      starts.add(at);
    }
    String t = text.toString();
    ArticleId id = ArticleId.derive(null, d.id(), null, t);
    List<Mention> mentions = new ArrayList<>();
    Map<Span, Deque<String>> at = goldAt.computeIfAbsent(id, k -> new HashMap<>());
    for (MeantimeDocument.GoldMention g : d.mentions()) {
      if (!g.isNamed()) {
        continue;
      }
      int[] s = starts.get(g.sentence());
      int end = s[g.end() - 1] + d.sentences().get(g.sentence()).get(g.end() - 1).length();
      Span span = Span.of(s[g.start()], end);
      String mentionKey = d.id() + "#" + g.markable();
      mentions.add(new Mention(span, ourType(g.type()), span.of(t)));
      at.computeIfAbsent(span, k -> new ArrayDeque<>()).add(mentionKey);
      key.computeIfAbsent(g.instance(), k -> new HashSet<>()).add(mentionKey);
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new ArticleMentions(id, t, mentions);
  }
}
