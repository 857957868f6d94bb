package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list commands print the part of their list that {@code --offset} and {@code --limit} ask for. */
class ListPagingTest {

  @TempDir Path dir;
  private String store;

  @BeforeEach
  void analysed() throws Exception {
    store = dir.resolve("s.db").toString();
    Cli.Run run = Cli.run("analyze", ManyArticles.write(dir.resolve("in.jsonl")).toString(), "--store", store,
        "--report", dir.resolve("r.html").toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  private List<String> lines(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(args));
    command.addAll(List.of("--store", store));
    Cli.Run run = Cli.run(command.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  @Test
  void aPart_isThatPartOfTheWholeList_andTheCountLineSaysWhich() {
    for (String list : List.of("articles", "stories", "entities")) {
      List<String> whole = lines(list);
      List<String> items = whole.subList(0, whole.size() - 1);
      assertThat(items).as(list).hasSizeGreaterThan(4);
      assertThat(whole.get(whole.size() - 1)).as(list).startsWith(items.size() + " ");

      List<String> part = lines(list, "--offset", "2", "--limit", "3");
      assertThat(part.subList(0, part.size() - 1)).as(list).isEqualTo(items.subList(2, 5));
      assertThat(part.get(part.size() - 1)).as(list).startsWith("3-5 of " + items.size() + " " + list + " in ");

      List<String> tail = lines(list, "--offset", Integer.toString(items.size() - 1));
      assertThat(tail.subList(0, tail.size() - 1)).as(list).containsExactly(items.get(items.size() - 1));
    }
  }

  @Test
  void claims_aPartOfTheGroups() {
    List<String> whole = lines("claims");
    assertThat(whole.get(whole.size() - 1)).contains("claims in ").doesNotContain("of the list");
    List<String> one = lines("claims", "--limit", "1");
    assertThat(one.get(one.size() - 1)).contains("1 groups (groups 1-1 of the list)");
    assertThat(whole).startsWith(one.subList(0, one.size() - 1).toArray(String[]::new));
    assertThat(lines("claims", "--offset", "100000")).containsExactly("0 claims in 0 groups (no groups from place 100,001 on)");
  }

  @Test
  void aNegativeNumber_isAUsageError() {
    Cli.Run run = Cli.run("stories", "--limit", "-1", "--store", store);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--limit takes a number of 0 or more, not -1");
  }
}
