package org.storyline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented local-news reports of invented shootings, as plain-text files with a ` date` line
 * (some left undated): several reports per incident, each naming the incident's place, victim,
 * suspect and counts in varied sentences, so that clustering, entities, dates and claims all have
 * work. Deterministic for a seed; files are named in publication order.
 */
public final class NewsFixture {

  private static final String[] FIRST = {"James", "Maria", "Ahmed", "Linda", "Carlos", "Grace", "Tyrone", "Elena", "Victor",
      "Nadia", "Oscar", "Paula", "Samuel", "Irene", "Derek", "Yusuf"};
  private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "da", "ro", "sel", "tu", "bra", "nik", "os", "te", "wal",
      "gre", "hap", "qui"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private NewsFixture() {}

  /** Writes {@code incidents} incidents of {@code reports} reports each into {@code folder}; returns the files in name order. */
  public static List<Path> write(Path folder, int incidents, int reports, long seed) throws IOException {
    Files.createDirectories(folder);
    Random r = new Random(seed);
    LocalDate start = LocalDate.of(2016, 3, 1);
    List<String[]> all = new ArrayList<>(); // {sort key, text}
    for (int i = 0; i < incidents; i++) {
      Incident in = new Incident(word(r) + "ville", FIRST[r.nextInt(FIRST.length)] + " " + cap(word(r)) + "son",
          FIRST[r.nextInt(FIRST.length)] + " " + cap(word(r)), cap(word(r)), 2 + r.nextInt(6), 18 + r.nextInt(40),
          start.plusDays(i * 3L + r.nextInt(3)));
      for (int k = 0; k < reports; k++) {
        LocalDate day = in.day.plusDays(k / 2);
        boolean undated = k == reports - 1 && i % 3 == 0;
        all.add(new String[] {day + String.format("-%03d-%02d", i, k), report(in, k, day, undated, r)});
      }
    }
    all.sort((a, b) -> a[0].compareTo(b[0]));
    List<Path> files = new ArrayList<>();
    for (int n = 0; n < all.size(); n++) {
      Path f = folder.resolve(String.format("%05d.txt", n));
      Files.writeString(f, all.get(n)[1]);
      files.add(f);
    }
    return files;
  }

  private record Incident(String place, String victim, String suspect, String street, int wounded, int age, LocalDate day) {}

  private static String report(Incident in, int k, LocalDate day, boolean undated, Random r) {
    String weekday = WEEKDAYS[in.day.getDayOfWeek().getValue() - 1];
    String place = cap(in.place);
    List<String> sentences = new ArrayList<>(List.of(
        in.victim + ", " + in.age + ", was shot and killed in " + place + " on " + weekday + " night, police said.",
        "Police in " + place + " said " + in.suspect + " was arrested after the shooting on " + in.street + " Street.",
        in.wounded + " people were wounded in the shooting at a party on " + in.street + " Street.",
        "\"We are heartbroken,\" said " + FIRST[k % FIRST.length] + " " + cap(in.street) + "s, a neighbour of " + in.victim + ".",
        "The " + place + " County Sheriff's Office said the investigation was continuing.",
        "Officials said " + in.suspect + " faces charges of murder and " + in.wounded + " counts of attempted murder.",
        "Neighbours on " + in.street + " Street described " + in.victim + " as a quiet man who worked nights.",
        "A vigil for " + in.victim + " is planned at the " + place + " community center."));
    java.util.Collections.shuffle(sentences, r);
    StringBuilder text = new StringBuilder();
    if (!undated) {
      text.append(" date ").append(day).append('\n');
    }
    text.append(place).append(" shooting: ").append(k % 2 == 0 ? in.victim + " killed" : in.suspect + " arrested").append("\n\n");
    int n = 4 + r.nextInt(4);
    for (int s = 0; s < n; s++) {
      text.append(sentences.get(s)).append(s % 2 == 1 ? "\n\n" : " ");
    }
    return text.toString().stripTrailing() + "\n";
  }

  private static String word(Random r) {
    StringBuilder w = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
