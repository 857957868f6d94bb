package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} of many articles prints the first 20 and the 10 largest stories, says where the
 * others are, and prints the same when it runs again with nothing new (its report kept, the rest
 * not read); {@code --all} prints every one.
 */
class AnalyzeBriefTest {

  @TempDir Path dir;
  private Path input;

  private static final List<String> CITIES = List.of("Dayton", "Tulsa", "Fresno", "Mobile", "Boise", "Omaha",
      "Reno", "Albany", "Toledo", "Wichita", "Akron", "Macon", "Provo", "Salem", "Eugene", "Laredo", "Peoria",
      "Topeka", "Duluth", "Bangor", "Helena", "Juneau", "Casper", "Biloxi", "Dover");
  private static final List<String> HAPPENINGS = List.of("A fire destroyed a warehouse", "A flood closed the bridge",
      "A gas leak emptied a school", "A storm felled power lines", "A train derailed near the depot");

  /** 25 articles, each in its own city, month and year, so that most are stories of their own. */
  @BeforeEach
  void articles() throws Exception {
    StringBuilder lines = new StringBuilder();
    IntStream.range(0, CITIES.size()).forEach(i -> {
      String city = CITIES.get(i);
      String what = HAPPENINGS.get(i % HAPPENINGS.size());
      String date = String.format("%d-%02d-%02d", 1995 + i, 1 + i % 12, 3 + i);
      lines.append(String.format(
          "{\"id\":\"%d\",\"title\":\"%s in %s\",\"text\":\"%s in %s on Monday, the %s fire chief said. Nobody was hurt, and the %s council met late into the night.\",\"published\":\"%s\"}%n",
          i, what, city, what, city, city, city, date));
    });
    input = dir.resolve("in.jsonl");
    Files.writeString(input, lines);
  }

  private Cli.Run analyze(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("analyze", input.toString(), "--store", dir.resolve("s.db").toString(),
        "--report", dir.resolve("r.html").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static final Pattern ARTICLE_BLOCK = Pattern.compile("(?m)^[0-9a-f]{16}  ");
  private static final Pattern STORY = Pattern.compile("(?m)^Story [0-9a-f]{16}  ");

  @Test
  void manyArticles_printTheFirst20AndTheLargestStories_andTheSameAgain() throws Exception {
    Cli.Run first = analyze();
    assertThat(first.status()).as(first.err()).isZero();
    long stories = Cli.run("stories", "--store", dir.resolve("s.db").toString()).out().lines()
        .filter(l -> l.matches("[0-9a-f]{16}  .*")).count();
    assertThat(stories).as("the articles make more than 10 stories").isGreaterThan(10);

    assertThat(ARTICLE_BLOCK.matcher(first.out()).results().count()).isEqualTo(20);
    assertThat(first.out()).contains("... and 5 more articles: every one is in the report");
    assertThat(STORY.matcher(first.out()).results().count()).isEqualTo(10);
    assertThat(first.out()).contains(stories + " stories, the 10 largest:", "... and " + (stories - 10) + " more: `storyline stories`");
    assertThat(Files.readString(dir.resolve("r.html"))).as("the report holds every article").contains(CITIES.stream()
        .map(c -> " in " + c).toArray(String[]::new));

    Cli.Run again = analyze();
    assertThat(again.out()).startsWith("Read 1 file: 25 articles (0 new, 25 already stored)");
    assertThat(dropFirstLine(again.out())).isEqualTo(dropFirstLine(first.out()));
  }

  @Test
  void all_printsEveryArticleAndStory() {
    Cli.Run all = analyze("--all");
    assertThat(all.status()).as(all.err()).isZero();
    assertThat(ARTICLE_BLOCK.matcher(all.out()).results().count()).isEqualTo(25);
    assertThat(all.out()).doesNotContain("more articles", "largest");
  }

  private static String dropFirstLine(String s) {
    return s.substring(s.indexOf('\n') + 1);
  }
}
