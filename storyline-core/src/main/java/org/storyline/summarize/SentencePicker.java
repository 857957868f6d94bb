package org.storyline.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences of one date among its candidates: greedily, the sentence that brings the
 * summary's TF-IDF vector closest to the candidates' centroid, passing over repeats.
 */
final class SentencePicker {

  private final List<Unit> candidates;
  private final List<Vector> vectors;
  private final DatewiseConfig config;

  SentencePicker(List<Unit> candidates, Map<String, Double> idf, DatewiseConfig config) {
    this.candidates = candidates;
    this.config = config;
    this.vectors = new ArrayList<>(candidates.size());
    for (Unit u : candidates) {
      Vector v = Vector.tfIdf(Terms.counts(u.terms()), idf);
      vectors.add(normalised(v));
    }
  }

  /** Up to {@code n} sentences for {@code date}; the texts in {@code said} are skipped and the chosen added to it. */
  List<SourcedSentence> pick(LocalDate date, int n, Set<String> said) {
    Vector centroid = new Vector();
    vectors.forEach(centroid::add);
    Vector summary = new Vector();
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < n) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < candidates.size(); i++) {
        if (chosen.contains(i) || said.contains(candidates.get(i).text()) || vectors.get(i).isEmpty()
            || repeats(i, chosen)) {
          continue;
        }
        double score = summary.cosineWith(vectors.get(i), centroid)
            + (candidates.get(i).mentioned().contains(date) ? config.mentionBonus() : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      summary.add(vectors.get(best));
      said.add(candidates.get(best).text());
    }
    return chosen.stream().map(i -> candidates.get(i).cite()).toList();
  }

  private boolean repeats(int i, List<Integer> chosen) {
    for (int j : chosen) {
      if (vectors.get(i).cosine(vectors.get(j)) > config.redundancy()) {
        return true;
      }
    }
    return false;
  }

  private static Vector normalised(Vector v) {
    double norm = v.norm();
    return norm > 0 ? v.scaledBy(1 / norm) : v;
  }
}
