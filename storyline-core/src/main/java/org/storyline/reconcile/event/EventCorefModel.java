package org.storyline.reconcile.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A pairwise event coreference model: logistic weights over {@link PairFeature}s, giving the
 * probability that two mentions name one happening, and the average probability at which
 * clusters are merged. Stored as text, one {@code name value} a line:
 *
 * <pre>
 * threshold 0.5
 * BIAS -3.1
 * SAME_LEMMA 2.4
 * ...
 * </pre>
 *
 * Every feature must be given once; an unknown name is an error that names the line.
 */
public record EventCorefModel(double[] weights, double threshold) {

  static final String SHIPPED = "event-coref.model";

  public EventCorefModel {
    if (weights.length != PairFeature.COUNT) {
      throw new IllegalArgumentException("a model needs " + PairFeature.COUNT + " weights, not " + weights.length);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    weights = weights.clone();
  }

  /** The model shipped with the code (trained by {@code storyline train event-coref}). */
  public static EventCorefModel shipped() {
    try (InputStream in = EventCorefModel.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + SHIPPED);
      }
      return read(in, SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EventCorefModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  static EventCorefModel read(InputStream in, String origin) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<PairFeature, Double> weights = new EnumMap<>(PairFeature.class);
    Double threshold = null;
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      if (parts.length != 2) {
        throw new IOException(origin + ":" + lineNo + ": expected 'name value', got '" + l + "'");
      }
      double value = number(parts[1], origin, lineNo);
      if (parts[0].equals("threshold")) {
        threshold = value;
      } else {
        weights.put(feature(parts[0], origin, lineNo), value);
      }
    }
    if (threshold == null || weights.size() != PairFeature.COUNT) {
      throw new IOException(origin + ": the threshold and every feature's weight are needed (" + weights.size()
          + " of " + PairFeature.COUNT + " weights given)");
    }
    double[] w = new double[PairFeature.COUNT];
    weights.forEach((f, x) -> w[f.ordinal()] = x);
    try {
      return new EventCorefModel(w, threshold);
    } catch (IllegalArgumentException e) {
      throw new IOException(origin + ": " + e.getMessage(), e);
    }
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, text(), StandardCharsets.UTF_8);
  }

  /** The model as its file holds it. */
  public String text() {
    StringBuilder b = new StringBuilder("# Storyline event coreference: logistic weights of pair features, merge threshold\n");
    b.append(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
    for (PairFeature f : PairFeature.values()) {
      b.append(String.format(Locale.ROOT, "%s %.6f%n", f.name(), weights[f.ordinal()]));
    }
    return b.toString();
  }

  /** The same weights with another merge threshold. */
  public EventCorefModel withThreshold(double t) {
    return new EventCorefModel(weights, t);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The probability that a pair with these features corefers. */
  double probability(double[] features) {
    double z = 0;
    for (int i = 0; i < features.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventCorefModel m && Arrays.equals(weights, m.weights) && threshold == m.threshold;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return "EventCorefModel" + Arrays.toString(weights) + " threshold " + threshold;
  }

  private static double number(String s, String origin, int line) throws IOException {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IOException(origin + ":" + line + ": not a number: '" + s + "'", e);
    }
  }

  private static PairFeature feature(String name, String origin, int line) throws IOException {
    try {
      return PairFeature.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IOException(origin + ":" + line + ": unknown feature '" + name + "'", e);
    }
  }
}
