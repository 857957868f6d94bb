package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the name lists' key form and text format. */
class NameListPropertiesTest {

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings()
        .withChars("abcXYZéüçÅ'’-.&")
        .withCharRange('a', 'z')
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", " \u00a0 ");
    return net.jqwik.api.Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5), space)
        .as((words, gap) -> String.join(gap, words));
  }

  @Property
  void key_isIdempotent_lowerCase_andSingleSpaced(@ForAll("names") String name) {
    String key = NameList.key(name);
    assertThat(NameList.key(key)).isEqualTo(key);
    assertThat(key).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
    assertThat(key).isEqualTo(key.toLowerCase(java.util.Locale.ROOT));
  }

  @Property
  void withoutAccents_leavesOnlyBaseLetters_andKeepsTheWords(@ForAll("names") String name) {
    String key = NameList.key(name);
    String plain = NameList.withoutAccents(key);
    assertThat(plain.split(" ")).hasSameSizeAs(key.split(" "));
    assertThat(plain).doesNotContain("é", "ü", "ç", "å");
    assertThat(NameList.withoutAccents(plain)).isEqualTo(plain);
  }

  @Property(tries = 50)
  void aListWrittenAndReadBack_matchesTheSameTokens(@ForAll("names") String name) throws IOException {
    Path dir = Files.createTempDirectory("names");
    try {
      Path file = dir.resolve("list.tsv");
      Files.writeString(file, "# test\n" + name.replace('\t', ' ') + "\tCITY,LAST_NAME\n");
      NameList list = NameList.read(file);
      Path copy = dir.resolve("copy.tsv.gz");
      list.write(copy);
      NameList back = NameList.read(copy);
      List<String> tokens = Arrays.asList(name.strip().split("(?U)\\s+"));
      assertThat(back.size()).isEqualTo(list.size());
      assertThat(back.matches(tokens)).containsExactly(list.matches(tokens));
      assertThat(back.categories(NameList.key(name))).isEqualTo(list.categories(NameList.key(name)));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
