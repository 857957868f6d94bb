package org.storyline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * English first names (resource {@code first-names.txt}: the stdlib first-name data sets, public
 * domain), matched as written with a capital. Word lists several stages share live in this
 * package: the entity tagger's features and the clusterer's names of people both read it.
 */
public final class FirstNames {

  private static final Set<String> NAMES = load();

  /**
   * First names of one sex only (resource {@code first-name-sexes-en.tsv.gz}, written by {@code
   * tools/name-lists/export.mjs} from openly licensed lists its header names): a name any source
   * gives both sexes ("Jordan", "Kim") is not in it. Loaded when first asked.
   */
  private static final class Sexes {
    static final Map<String, Sex> BY_NAME = loadSexes();
  }

  private FirstNames() {}

  public static boolean contains(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && NAMES.contains(word);
  }

  /** The sex a first name tells for sure, in any case ("Katherine": female), or null. */
  public static Sex sexOf(String firstName) {
    return Sexes.BY_NAME.get(firstName.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Sex> loadSexes() {
    try (InputStream raw = FirstNames.class.getResourceAsStream("first-name-sexes-en.tsv.gz")) {
      if (raw == null) {
        throw new IllegalStateException("first-name-sexes-en.tsv.gz is missing from the class path");
      }
      Map<String, Sex> out = new HashMap<>(32_768);
      BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          out.put(line.substring(0, tab), Sex.valueOf(line.substring(tab + 1)));
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> load() {
    try (InputStream in = FirstNames.class.getResourceAsStream("first-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("first-names.txt is missing from the class path");
      }
      Set<String> names = new HashSet<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
      return Set.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
