package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the pair model of {@link PairwiseEventCoreferencer}: logistic regression over every pair
 * of mentions within each training topic (label: same gold event), by stochastic gradient descent
 * with L2 regularisation, a fixed seed and a fixed number of epochs, so that the same data always
 * gives the same weights. The merge threshold is not learned here: it is chosen by
 * cross-validation (the evaluation's business) and passed in.
 */
public final class EventCorefTrainer {

  static final int EPOCHS = 20;
  static final double L2 = 1e-4;
  static final double RATE = 0.1;
  private static final long SEED = 17;

  private EventCorefTrainer() {}

  /** Weights learned from the topics, with the given merge threshold. */
  public static EventCorefModel train(List<List<LabelledMention>> topics, double threshold) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (List<LabelledMention> topic : topics) {
      pairs(topic, x, y);
    }
    if (x.isEmpty()) {
      throw new IllegalArgumentException("no pairs to train on: every topic has fewer than two mentions");
    }
    double[] w = new double[PairFeature.COUNT];
    int[] order = new int[x.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    long step = 0;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      for (int k : order) {
        double rate = RATE / (1 + step++ * 1e-5);
        update(w, x.get(k), y.get(k), rate);
      }
    }
    return new EventCorefModel(w, threshold);
  }

  private static void update(double[] w, double[] f, boolean positive, double rate) {
    double z = 0;
    for (int i = 0; i < f.length; i++) {
      z += w[i] * f[i];
    }
    double gradient = 1 / (1 + Math.exp(-z)) - (positive ? 1 : 0);
    for (int i = 0; i < f.length; i++) {
      w[i] -= rate * (gradient * f[i] + (i == 0 ? 0 : L2 * w[i]));
    }
  }

  private static void pairs(List<LabelledMention> topic, List<double[]> x, List<Boolean> y) {
    List<EventMention> mentions = topic.stream().map(LabelledMention::mention).toList();
    TopicContext context = new TopicContext(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        x.add(context.features(i, j));
        y.add(topic.get(i).event().equals(topic.get(j).event()));
      }
    }
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
