package org.storyline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English first names (resource {@code first-names.txt}: the stdlib first-name data sets, public
 * domain), matched as written with a capital. Word lists several stages share live in this
 * package: the entity tagger's features and the clusterer's names of people both read it.
 */
public final class FirstNames {

  private static final Set<String> NAMES = load();

  private FirstNames() {}

  public static boolean contains(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && NAMES.contains(word);
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
