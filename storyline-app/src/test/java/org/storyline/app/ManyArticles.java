package org.storyline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** 25 short articles, each in its own city, month and year, so that most are stories of their own. */
final class ManyArticles {

  static final List<String> CITIES = List.of("Dayton", "Tulsa", "Fresno", "Mobile", "Boise", "Omaha",
      "Reno", "Albany", "Toledo", "Wichita", "Akron", "Macon", "Provo", "Salem", "Eugene", "Laredo", "Peoria",
      "Topeka", "Duluth", "Bangor", "Helena", "Juneau", "Casper", "Biloxi", "Dover");
  private static final List<String> HAPPENINGS = List.of("A fire destroyed a warehouse", "A flood closed the bridge",
      "A gas leak emptied a school", "A storm felled power lines", "A train derailed near the depot");

  private ManyArticles() {}

  /** Writes them to {@code file} as JSON Lines, one of them with a figure; returns the file. */
  static Path write(Path file) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < CITIES.size(); i++) {
      String city = CITIES.get(i);
      String what = HAPPENINGS.get(i % HAPPENINGS.size());
      String date = String.format("%d-%02d-%02d", 1995 + i, 1 + i % 12, 3 + i);
      lines.append(String.format(
          "{\"id\":\"%d\",\"title\":\"%s in %s\",\"text\":\"%s in %s on Monday, the %s fire chief said. %d people were hurt, and the %s council met late into the night.\",\"published\":\"%s\"}%n",
          i, what, city, what, city, city, 2 + i, city, date));
    }
    return Files.writeString(file, lines);
  }
}
