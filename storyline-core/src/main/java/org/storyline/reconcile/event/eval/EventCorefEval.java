package org.storyline.reconcile.event.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.eval.CorefScorer;
import org.storyline.eval.CorefScores;
import org.storyline.reconcile.event.EventCluster;
import org.storyline.reconcile.event.EventCorefModel;
import org.storyline.reconcile.event.EventCorefTrainer;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.LabelledMention;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;

/**
 * Scores event coreference on gold mentions, topic by topic, and tunes it honestly.
 *
 * <p>Scoring: each topic's mentions are clustered on their own; the clusters of all topics are
 * scored at once against the gold events with {@link CorefScorer} (MUC, B³, CEAF-e, CoNLL F1),
 * mentions identified by document and character offsets, response mentions outside the key dropped
 * (the "gold mentions" setting, {@code coref_eval.py --restrict-to-key}).
 *
 * <p>Tuning: the topics {@link #untouched} picks are never trained or tuned on; the others are
 * cross-validated leaving one topic out, the merge threshold chosen on the pooled held-out topics.
 */
public final class EventCorefEval {

  /** Merge thresholds tried by cross-validation. */
  static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

  private EventCorefEval() {}

  /**
   * The topics left untouched for the final check, fixed before any score was seen: ECB+ topics
   * whose number is 3 modulo 4 (of the development topics 2 5 12 18 21 23 34 35: 23 and 35, a
   * quarter of the mentions). Topics not numbered (MEANTIME's corpora) are never untouched: those
   * corpora are not tuned on at all.
   */
  public static boolean untouched(EventCorpus.Topic topic) {
    return topic.id().matches("\\d{1,9}") && Integer.parseInt(topic.id()) % 4 == 3;
  }

  /** A key mention's identity: document and character offsets, as the reference scorer has it. */
  public static String key(EventMention m) {
    return m.document() + ":" + m.chars().start() + ":" + m.chars().end();
  }

  /** The response: each mention (by {@link #key}) with its cluster id ({@code topic/number}), in the corpus order. */
  public static Map<EventMention, String> respond(EventCorpus corpus, EventCoreferencer coreferencer) {
    Map<EventMention, String> out = new LinkedHashMap<>();
    for (EventCorpus.Topic t : corpus.topics()) {
      List<EventCluster> clusters = coreferencer.cluster(t.mentions().stream().map(LabelledMention::mention).toList());
      for (int c = 0; c < clusters.size(); c++) {
        for (EventMention m : clusters.get(c).mentions()) {
          out.putIfAbsent(m, t.id() + "/" + c);
        }
      }
    }
    return out;
  }

  /** The response's scores against the corpus's gold events, restricted to the key's mentions. */
  public static CorefScores score(EventCorpus corpus, Map<EventMention, String> response) {
    Map<String, Set<String>> key = new LinkedHashMap<>();
    Set<String> keyMentions = new HashSet<>();
    for (EventCorpus.Topic t : corpus.topics()) {
      for (LabelledMention m : t.mentions()) {
        String id = key(m.mention());
        if (keyMentions.add(id)) {
          key.computeIfAbsent(m.event(), e -> new HashSet<>()).add(id);
        }
      }
    }
    Map<String, Set<String>> sys = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    response.forEach((m, c) -> {
      String id = key(m);
      if (keyMentions.contains(id) && seen.add(id)) {
        sys.computeIfAbsent(c, x -> new HashSet<>()).add(id);
      }
    });
    return CorefScorer.score(key.values(), sys.values());
  }

  public static CorefScores score(EventCorpus corpus, EventCoreferencer coreferencer) {
    return score(corpus, respond(corpus, coreferencer));
  }

  /** One threshold's pooled cross-validation scores. */
  public record Fold(double threshold, CorefScores scores) {}

  /** The cross-validation's table and the threshold it chose. */
  public record CrossValidation(List<Fold> byThreshold, Fold best, int topics) {
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "leave-one-topic-out over %d topics, pooled held-out CoNLL F1 by threshold:%n", topics));
      for (Fold f : byThreshold) {
        b.append(String.format(Locale.ROOT, "  %.2f  %.4f%s%n", f.threshold(), f.scores().conllF1(), f == best ? "  <- chosen" : ""));
      }
      return b.toString();
    }
  }

  /**
   * Leave-one-topic-out over the corpus's topics: each topic clustered by a model trained on the
   * others, at every threshold; the threshold with the best pooled CoNLL F1 is chosen.
   */
  public static CrossValidation crossValidate(EventCorpus corpus) {
    List<EventCorpus.Topic> topics = corpus.topics();
    if (topics.size() < 2) {
      throw new IllegalArgumentException(corpus.name() + ": cross-validation needs two topics, not " + topics.size());
    }
    List<Map<EventMention, String>> responses = new ArrayList<>();
    for (double ignored : THRESHOLDS) {
      responses.add(new LinkedHashMap<>());
    }
    for (EventCorpus.Topic held : topics) {
      List<List<LabelledMention>> train = topics.stream().filter(t -> t != held).map(EventCorpus.Topic::mentions).toList();
      EventCorefModel model = EventCorefTrainer.train(train, 0.5);
      EventCorpus one = corpus.only(t -> t == held);
      for (int i = 0; i < THRESHOLDS.length; i++) {
        responses.get(i).putAll(respond(one, new PairwiseEventCoreferencer(model.withThreshold(THRESHOLDS[i]))));
      }
    }
    List<Fold> folds = new ArrayList<>();
    Fold best = null;
    for (int i = 0; i < THRESHOLDS.length; i++) {
      Fold f = new Fold(THRESHOLDS[i], score(corpus, responses.get(i)));
      folds.add(f);
      if (best == null || f.scores().conllF1() > best.scores().conllF1()) {
        best = f;
      }
    }
    return new CrossValidation(folds, best, topics.size());
  }

  /** The model to ship: the threshold by cross-validation over the tuning topics, then weights from all of them. */
  public static EventCorefModel train(EventCorpus tuning, Consumer<String> log) {
    CrossValidation cv = crossValidate(tuning);
    log.accept(cv.format());
    return EventCorefTrainer.train(tuning.topics().stream().map(EventCorpus.Topic::mentions).toList(), cv.best().threshold());
  }
}
