package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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

  @BeforeEach
  void articles() throws Exception {
    input = ManyArticles.write(dir.resolve("in.jsonl"));
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
    assertThat(Files.readString(dir.resolve("r.html"))).as("the report holds every article").contains(ManyArticles.CITIES.stream()
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
