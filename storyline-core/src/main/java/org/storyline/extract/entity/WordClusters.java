package org.storyline.extract.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters: each word of a vocabulary belongs to one cluster at each of a few levels, from
 * coarse to fine, nested (every fine cluster lies within one cluster of each coarser level), like
 * the bit-string prefixes of Brown clusters. Built from unlabelled text by {@link ClusterBuilder}.
 *
 * <p>A word is looked up as written; failing that, an all-capital word as capitalised ("RUSSIA"
 * as "Russia"), then in lower case. Text format, one word a line; a line opening with {@code #}
 * and holding no tab is a comment:
 * <pre>{@code
 * word <TAB> level-0 cluster <TAB> level-1 cluster ...
 * }</pre>
 */
public final class WordClusters {

  /** Where the shipped clusters live on the class path. */
  public static final String RESOURCE = "/org/storyline/extract/entity/word-clusters-en.tsv.gz";
  /** Where the shipped clusters of pre-trained word vectors live on the class path (lower-case words). */
  public static final String VECTORS_RESOURCE = "/org/storyline/extract/entity/vector-clusters-en.tsv.gz";
  /** No clusters: every lookup fails. */
  static final WordClusters NONE = new WordClusters(Map.of(), 0, List.of());

  /** The words, numbered in sorted order, in a table of primitive arrays (the tagger looks up every token). */
  private final KeyTable words;
  /** Word {@code k}'s clusters, coarse to fine, as {@link #of} returns them. */
  private final int[][] rows;
  private final int levels;
  private final List<String> header;

  WordClusters(Map<String, int[]> clusters, int levels, List<String> header) {
    this(KeyTable.sorted(clusters.keySet()), clusters, levels, header);
  }

  private WordClusters(String[] sorted, Map<String, int[]> clusters, int levels, List<String> header) {
    this(sorted, rowsOf(sorted, clusters), levels, header);
  }

  /** Clusters of {@code words} in strictly increasing order, word {@code k}'s in {@code rows[k]} (kept, not copied). */
  private WordClusters(String[] words, int[][] rows, int levels, List<String> header) {
    for (int k = 0; k < words.length; k++) {
      if (rows[k].length != levels) {
        throw new IllegalArgumentException("word " + words[k] + " has " + rows[k].length + " levels, expected " + levels);
      }
    }
    this.words = KeyTable.set(words);
    this.rows = rows;
    this.levels = levels;
    this.header = List.copyOf(header);
  }

  private static int[][] rowsOf(String[] words, Map<String, int[]> clusters) {
    int[][] rows = new int[words.length][];
    for (int k = 0; k < words.length; k++) {
      rows[k] = clusters.get(words[k]).clone();
    }
    return rows;
  }

  /**
   * The clusters shipped with Storyline (see the header of {@link #RESOURCE} for how they were
   * built), read once: the event model and each of its trainers read them.
   */
  public static WordClusters shipped() {
    return Shipped.CLUSTERS;
  }

  private static final class Shipped {
    static final WordClusters CLUSTERS = GzipText.shipped(WordClusters.class, RESOURCE, "the word clusters", WordClusters::readText);
  }

  /** The clusters of pre-trained word vectors shipped with Storyline (see the header of {@link #VECTORS_RESOURCE}). */
  public static WordClusters shippedVectors() {
    return GzipText.shipped(WordClusters.class, VECTORS_RESOURCE, "the word-vector clusters", WordClusters::readText);
  }

  /** Reads clusters in the text format, gzipped if the name ends with {@code .gz}. */
  public static WordClusters read(Path file) throws IOException {
    return GzipText.file(file, WordClusters::readText);
  }

  private static WordClusters readText(InputStream in, String name) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    List<String> words = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    int levels = -1;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.startsWith("#") && line.indexOf('\t') < 0) { // a word starting with "#" has its tab
        header.add(line.substring(1).strip());
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (levels < 0) {
        levels = cols.length - 1;
      }
      if (cols.length - 1 != levels || levels < 1) {
        throw new IOException(name + ":" + number + ": expected a word and " + Math.max(levels, 1) + " cluster numbers");
      }
      int[] ids = new int[levels];
      try {
        for (int l = 0; l < levels; l++) {
          ids[l] = Integer.parseInt(cols[l + 1]);
        }
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + number + ": a cluster number is not a number: " + line, e);
      }
      words.add(cols[0]);
      rows.add(ids);
    }
    return of(words.toArray(new String[0]), rows.toArray(new int[0][]), Math.max(levels, 0), header);
  }

  /** Writes the text format, gzipped, words in order, with {@code header} lines as comments. */
  public void write(Path file) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      for (String h : header) {
        out.write("# " + h + "\n");
      }
      for (int k = 0; k < rows.length; k++) {
        StringBuilder b = new StringBuilder(words.key(k));
        for (int id : rows[k]) {
          b.append('\t').append(id);
        }
        out.write(b.append('\n').toString());
      }
    }
  }

  int levels() {
    return levels;
  }

  int size() {
    return rows.length;
  }

  List<String> header() {
    return header;
  }

  /** The clusters of a word at each level, coarse to fine, or null if it is not in the vocabulary (the event tagger reads them too). */
  public int[] of(String word) {
    if (rows.length == 0) {
      return null;
    }
    int k = words.find(word);
    if (k < 0 && word.length() > 1 && Features.isAllCaps(word)) {
      k = words.find(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    if (k < 0) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.equals(word)) {
        k = words.find(lower);
      }
    }
    return k < 0 ? null : rows[k];
  }

  /** Written inside a model, so that a model file carries the clusters it was trained with. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(levels);
    out.writeInt(rows.length);
    for (int k = 0; k < rows.length; k++) {
      out.writeUTF(words.key(k));
      for (int id : rows[k]) {
        out.writeShort(id);
      }
    }
  }

  static WordClusters read(DataInputStream in) throws IOException {
    int levels = in.readInt();
    int n = in.readInt();
    String[] words = new String[n];
    int[][] rows = new int[n][];
    for (int k = 0; k < n; k++) {
      words[k] = in.readUTF();
      int[] ids = new int[levels];
      for (int l = 0; l < levels; l++) {
        ids[l] = in.readUnsignedShort();
      }
      rows[k] = ids;
    }
    return of(words, rows, levels, List.of());
  }

  /**
   * The clusters of {@code words}, word {@code k}'s in {@code rows[k]}; a word listed twice has
   * its last clusters. Files list their words in order ({@link #write(Path)} and the model's
   * copy do), and then no map is built and nothing sorted.
   */
  private static WordClusters of(String[] words, int[][] rows, int levels, List<String> header) {
    boolean sorted = true;
    for (int k = 1; k < words.length && sorted; k++) {
      sorted = words[k - 1].compareTo(words[k]) < 0;
    }
    if (sorted) {
      return new WordClusters(words, rows, levels, header);
    }
    Map<String, int[]> clusters = new HashMap<>(words.length * 2);
    for (int k = 0; k < words.length; k++) {
      clusters.put(words[k], rows[k]);
    }
    return new WordClusters(clusters, levels, header);
  }
}
