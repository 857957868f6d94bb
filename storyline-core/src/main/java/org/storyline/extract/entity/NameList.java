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
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * A list of proper names, each in one or more of a few {@link Category categories}, taken from
 * lexicons rather than from the training data: the capitalised lemmas of WordNet, placed by the
 * lexicographer file of their synset (people, places, groups, ...), and openly licensed lists of
 * cities, countries, regions, first and last names, organisations and demonyms (see
 * {@code tools/name-lists}). The tagger learns from the training data how far each category
 * predicts each entity type; the list only says "this word sequence is a known name of this kind".
 *
 * <p>Text format, one name a line; a line opening with {@code #} and holding no tab is a comment
 * (the header, which carries the sources' notices): the name, a tab, the category names joined by
 * commas. The name is read through {@link #key}, so a list may write it as its source does
 * ("São Paulo"); a name with accents is also kept without them ("sao paulo").
 */
public final class NameList {

  /** Where the shipped list lives on the class path. */
  public static final String RESOURCE = "/org/storyline/extract/entity/names-en.tsv.gz";
  static final NameList NONE = new NameList(Map.of(), List.of());

  /** What kind of name a lemma is, from its synset's lexicographer file and part of speech. */
  enum Category {
    /** An instance in noun.person: a named person ("Einstein"). */
    PERSON,
    /** A class in noun.person: a people, a follower, a party member ("German", "Democrat"). */
    PERSON_CLASS,
    /** noun.location: countries, cities, rivers, regions. */
    LOCATION,
    /** noun.group: organisations, institutions, peoples. */
    GROUP,
    /** noun.communication: languages, scriptures, works. */
    COMMUNICATION,
    /** noun.time and noun.event: months, holidays, wars, eras. */
    TIME_EVENT,
    /** A capitalised adjective ("German", "Christian"). */
    ADJECTIVE,
    /** Any other capitalised noun: products, substances, deities, ... */
    OTHER,
    /** A city or town. */
    CITY,
    /** A country, by its name or a common alias. */
    COUNTRY,
    /** A state, province or other region of a country. */
    REGION,
    /** A given name. */
    FIRST_NAME,
    /** A family name. */
    LAST_NAME,
    /** A part of a person's name, given or family. */
    NAME_PART,
    /** A company, team, airline or other organisation. */
    ORGANIZATION,
    /** A demonym ("Brazilian"). */
    NATIONALITY;

    static Category parse(String name, String where) throws IOException {
      try {
        return valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": unknown name category " + name);
      }
    }
  }

  static final int MAX_WORDS = 5;

  /** Each name with its categories' bit set, in a table of primitive arrays (the tagger reads it for every token). */
  private final KeyTable names;
  /** Every name's word prefixes ("new", "new york" for "new york city"), to stop matching early. */
  private final KeyTable prefixes;
  private final List<String> header;

  NameList(Map<String, Integer> names, List<String> header) {
    this(KeyTable.sorted(names.keySet()), names, header);
  }

  private NameList(String[] sorted, Map<String, Integer> names, List<String> header) {
    this(sorted, java.util.Arrays.stream(sorted).mapToInt(names::get).toArray(), header);
  }

  /** The names {@code sorted}, in strictly increasing order, name {@code k} with the categories' bit set {@code masks[k]}. */
  private NameList(String[] sorted, int[] masks, List<String> header) {
    int[][] rows = new int[sorted.length][];
    for (int k = 0; k < sorted.length; k++) {
      rows[k] = new int[] {masks[k]};
    }
    this.names = KeyTable.ofSorted(sorted, rows, 1);
    this.prefixes = KeyTable.wordPrefixes(java.util.Arrays.asList(sorted));
    this.header = List.copyOf(header);
  }

  /** The names with their categories, in order. */
  private Map<String, Integer> asMap() {
    Map<String, Integer> map = new TreeMap<>();
    for (int k = 0; k < names.size(); k++) {
      map.put(names.key(k), names.value(k, 0));
    }
    return map;
  }

  /** The list shipped with Storyline. */
  public static NameList shipped() {
    return GzipText.shipped(NameList.class, RESOURCE, "the name list", NameList::readText);
  }

  /** Reads a list in the text format, gzipped if the name ends with {@code .gz}. */
  public static NameList read(Path file) throws IOException {
    return GzipText.file(file, NameList::readText);
  }

  private static NameList readText(InputStream in, String name) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Map<String, Integer> names = new HashMap<>();
    List<String> header = new ArrayList<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.startsWith("#") && line.indexOf('\t') < 0) { // a word starting with "#" has its tab
        header.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(name + ":" + number + ": expected a name, a tab and categories: " + line);
      }
      int mask = 0;
      for (String c : line.substring(tab + 1).split(",")) {
        mask |= 1 << Category.parse(c.strip(), name + ":" + number).ordinal();
      }
      add(names, line.substring(0, tab), mask);
    }
    return new NameList(names, header);
  }

  /** Adds a name under its key and, if it has accents, under its key without them; skips names too long to match. */
  private static void add(Map<String, Integer> names, String name, int mask) {
    String key = key(name);
    if (key.isEmpty() || key.split(" ").length > MAX_WORDS) {
      return;
    }
    names.merge(key, mask, (a, b) -> a | b);
    String plain = withoutAccents(key);
    if (!plain.equals(key)) {
      names.merge(plain, mask, (a, b) -> a | b);
    }
  }

  /**
   * The form a name is matched in: as the tagger normalises words (curly quotes straight, dashes
   * as hyphens), in lower case, its words joined by single spaces.
   */
  static String key(String name) {
    String[] words = name.strip().split("(?U)\\s+");
    StringBuilder b = new StringBuilder(name.length());
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Features.normalise(w).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** The name with its letters' diacritics removed ("são paulo" to "sao paulo"); news text in English often drops them. */
  static String withoutAccents(String key) {
    String decomposed = java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(key.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
  }

  /** The names of both lists, each with the categories it has in either; the headers one after the other. */
  public NameList plus(NameList other) {
    Map<String, Integer> all = new HashMap<>(asMap());
    other.asMap().forEach((k, v) -> all.merge(k, v, (a, b) -> a | b));
    List<String> both = new ArrayList<>(header);
    both.addAll(other.header);
    return new NameList(all, both);
  }

  /**
   * The capitalised lemmas of a WordNet database folder ({@code data.noun}, {@code data.adj} as
   * in WordNet 3.x), by category.
   */
  public static NameList fromWordNet(Path dict, List<String> header) throws IOException {
    Map<String, Integer> names = new HashMap<>();
    readWordNet(dict.resolve("data.noun"), true, names);
    readWordNet(dict.resolve("data.adj"), false, names);
    return new NameList(names, header);
  }

  private static void readWordNet(Path file, boolean noun, Map<String, Integer> names) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.startsWith("  ")) {
          continue; // the licence at the top
        }
        String[] f = line.split(" ");
        try {
          int lexFile = Integer.parseInt(f[1]);
          int count = Integer.parseInt(f[3], 16);
          boolean instance = line.contains(" @i ");
          Category category = noun ? nounCategory(lexFile, instance) : Category.ADJECTIVE;
          for (int k = 0; k < count; k++) {
            String lemma = f[4 + 2 * k].replaceAll("\\([a-z]+\\)$", "");
            if (!Character.isUpperCase(lemma.charAt(0))) {
              continue;
            }
            String key = lemma.replace('_', ' ').toLowerCase(Locale.ROOT);
            if (key.split(" ").length <= MAX_WORDS) {
              names.merge(key, 1 << category.ordinal(), (a, b) -> a | b);
            }
          }
        } catch (RuntimeException e) {
          throw new IOException(file + ":" + number + ": not a WordNet data line", e);
        }
      }
    }
  }

  private static Category nounCategory(int lexFile, boolean instance) {
    return switch (lexFile) {
      case 18 -> instance ? Category.PERSON : Category.PERSON_CLASS;
      case 15 -> Category.LOCATION;
      case 14 -> Category.GROUP;
      case 10 -> Category.COMMUNICATION;
      case 11, 28 -> Category.TIME_EVENT;
      default -> Category.OTHER;
    };
  }

  /** Writes the text format, gzipped, names in order. */
  public void write(Path file) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      for (String h : header) {
        out.write("# " + h + "\n");
      }
      for (var e : asMap().entrySet()) {
        List<String> cats = new ArrayList<>();
        for (Category c : Category.values()) {
          if ((e.getValue() & (1 << c.ordinal())) != 0) {
            cats.add(c.name());
          }
        }
        out.write(e.getKey() + "\t" + String.join(",", cats) + "\n");
      }
    }
  }

  public int size() {
    return names.size();
  }

  /** The categories of a name given in lower case with single spaces, as a bit set; 0 if unknown. */
  int categories(String name) {
    int k = names.find(name);
    return k < 0 ? 0 : names.value(k, 0);
  }

  /**
   * For each token of a sentence, a bit set of the names covering it: bit {@code 4 * category +
   * position} (position 0 B, 1 I, 2 L, 3 U). Only names whose first word is capitalised or a
   * number are looked for; the match ignores case.
   */
  long[] matches(List<String> words) {
    return matches(words.toArray(String[]::new), keys(words));
  }

  /** {@link #matches(List)} of words whose {@link #key keys} are given, each word's key at its place in {@code keys}. */
  long[] matches(String[] words, String[] keys) {
    long[] bits = new long[words.length];
    if (names.size() == 0) {
      return bits;
    }
    KeyTable.Probe b = new KeyTable.Probe();
    for (int j = 0; j < words.length; j++) {
      String first = words[j];
      if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
        continue;
      }
      b.clear();
      for (int len = 1; len <= MAX_WORDS && j + len <= words.length; len++) {
        if (len > 1) {
          b.append(' ');
        }
        b.append(keys[j + len - 1]);
        int found = names.find(b);
        if (found < 0) {
          if (!prefixes.contains(b)) {
            break;
          }
          continue;
        }
        int mask = names.value(found, 0);
        for (int c = 0; c < CATEGORIES; c++) {
          if ((mask & (1 << c)) != 0) {
            for (int k = j; k < j + len; k++) {
              int pos = len == 1 ? 3 : k == j ? 0 : k == j + len - 1 ? 2 : 1;
              bits[k] |= 1L << (4 * c + pos);
            }
          }
        }
      }
    }
    return bits;
  }

  private static final int CATEGORIES = Category.values().length;

  /** Each word's key, as {@link #key} makes it of one word. */
  static String[] keys(List<String> words) {
    String[] keys = new String[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Features.normalise(words.get(i)).toLowerCase(Locale.ROOT);
    }
    return keys;
  }

  /** Written inside a model, so that a model file carries the list it was trained with. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(names.size());
    for (var e : asMap().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  static NameList read(DataInputStream in) throws IOException {
    int n = in.readInt();
    String[] keys = new String[n];
    int[] masks = new int[n];
    boolean sorted = true;
    for (int k = 0; k < n; k++) {
      keys[k] = in.readUTF();
      masks[k] = in.readUnsignedShort();
      sorted &= k == 0 || keys[k - 1].compareTo(keys[k]) < 0;
    }
    if (sorted) { // as write leaves them: no map to build, nothing to sort
      return new NameList(keys, masks, List.of());
    }
    Map<String, Integer> names = new HashMap<>(n * 2);
    for (int k = 0; k < n; k++) {
      names.put(keys[k], masks[k]);
    }
    return new NameList(names, List.of());
  }
}
