package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameListTest {

  /** Lines in WordNet's data file format: offset, lexicographer file, part of speech, lemma count (hex), lemmas. */
  private static final String NOUNS = String.join("\n",
      "  1 This software and database is being provided to you ...",
      "08000001 15 n 02 New_York 0 New_York_City 0 001 @i 08000000 n 0000 | the largest city",
      "10000001 18 n 01 Einstein 0 001 @i 10000000 n 0000 | physicist",
      "10000002 18 n 01 German 0 001 @ 10000000 n 0000 | a person of German nationality",
      "08000002 14 n 01 NATO 0 001 @ 08000000 n 0000 | an alliance",
      "03000001 06 n 01 table 0 000 | furniture",
      "");
  private static final String ADJECTIVES = "00000001 02 a 01 German(a) 0 000 | of Germany\n";

  private static NameList sample(Path dir) throws IOException {
    Files.writeString(dir.resolve("data.noun"), NOUNS);
    Files.writeString(dir.resolve("data.adj"), ADJECTIVES);
    return NameList.fromWordNet(dir, List.of("test"));
  }

  private static int bit(NameList.Category c) {
    return 1 << c.ordinal();
  }

  @Test
  void fromWordNet_keepsCapitalisedLemmasByLexicographerFile(@TempDir Path dir) throws IOException {
    NameList list = sample(dir);
    assertThat(list.categories("new york")).isEqualTo(bit(NameList.Category.LOCATION));
    assertThat(list.categories("new york city")).isEqualTo(bit(NameList.Category.LOCATION));
    assertThat(list.categories("einstein")).isEqualTo(bit(NameList.Category.PERSON));
    assertThat(list.categories("german")).isEqualTo(bit(NameList.Category.PERSON_CLASS) | bit(NameList.Category.ADJECTIVE));
    assertThat(list.categories("nato")).isEqualTo(bit(NameList.Category.GROUP));
    assertThat(list.categories("table")).isZero();
  }

  @Test
  void matches_marksEachMatchWithItsPosition_ignoringCaseButNotLowerCaseStarts(@TempDir Path dir) throws IOException {
    NameList list = sample(dir);
    long[] m = list.matches(List.of("NEW", "YORK", "City", "hired", "Einstein", "in", "new", "york"));
    int loc = 4 * NameList.Category.LOCATION.ordinal();
    assertThat(m[0]).isEqualTo(1L << loc); // B of "new york" and of "new york city"
    assertThat(m[1]).isEqualTo((1L << (loc + 1)) | (1L << (loc + 2))); // I of the longer, L of the shorter
    assertThat(m[2]).isEqualTo(1L << (loc + 2));
    assertThat(m[3]).isZero();
    assertThat(m[4]).isEqualTo(1L << (4 * NameList.Category.PERSON.ordinal() + 3));
    assertThat(m[6]).isZero();
    assertThat(m[7]).isZero();
  }

  @Test
  void write_thenRead_givesTheSameList(@TempDir Path dir) throws IOException {
    NameList list = sample(dir);
    Path file = dir.resolve("names.tsv.gz");
    list.write(file);
    NameList back = NameList.read(file);
    assertThat(back.size()).isEqualTo(list.size());
    assertThat(back.categories("german")).isEqualTo(list.categories("german"));
  }

  @Test
  void read_aListAsItsSourceWritesIt_keepsTheHeaderAndMatchesWithAndWithoutAccents(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cities.tsv");
    Files.writeString(file, String.join("\n",
        "# Cities from GeoNames, CC BY 4.0",
        "São  Paulo\tCITY",
        "Kraków\tCITY,REGION",
        "",
        "A B C D E F\tCITY", // more words than a match looks at
        ""));
    NameList list = NameList.read(file);
    assertThat(list.categories("são paulo")).isEqualTo(bit(NameList.Category.CITY));
    assertThat(list.categories("sao paulo")).isEqualTo(bit(NameList.Category.CITY));
    assertThat(list.categories("krakow")).isEqualTo(bit(NameList.Category.CITY) | bit(NameList.Category.REGION));
    assertThat(list.categories("a b c d e f")).isZero();
    assertThat(list.size()).isEqualTo(4);
    Path copy = dir.resolve("copy.tsv.gz");
    list.write(copy);
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(copy))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("# Cities from GeoNames");
    }
    assertThat(NameList.read(copy).categories("sao paulo")).isEqualTo(bit(NameList.Category.CITY));
  }

  @Test
  void read_anUnknownCategory_saysWhere(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nParis\tCITY\nAcme\tCOMPANY\n");
    assertThatThrownBy(() -> NameList.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.tsv:3").hasMessageContaining("COMPANY");
  }

  @Test
  void plus_unitesCategoriesAndHeaders(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    Files.writeString(a, "# source A\nJordan\tCOUNTRY\n");
    Files.writeString(b, "# source B\nJordan\tFIRST_NAME\nSmith\tLAST_NAME\n");
    NameList both = NameList.read(a).plus(NameList.read(b));
    assertThat(both.categories("jordan")).isEqualTo(bit(NameList.Category.COUNTRY) | bit(NameList.Category.FIRST_NAME));
    assertThat(both.categories("smith")).isEqualTo(bit(NameList.Category.LAST_NAME));
    Path out = dir.resolve("both.tsv.gz");
    both.write(out);
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("# source A\n# source B\n");
    }
  }

  @Test
  void matches_theLastCategory_usesTheTopBitsOfTheMask(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("demonyms.tsv");
    Files.writeString(file, "Brazilian\tNATIONALITY\n");
    long[] m = NameList.read(file).matches(List.of("a", "Brazilian", "striker"));
    assertThat(m).containsExactly(0L, 1L << (4 * NameList.Category.NATIONALITY.ordinal() + 3), 0L);
    assertThat(NameList.Category.values()).hasSizeLessThanOrEqualTo(16); // four positions each in a long
  }

  @Test
  void shipped_knowsCountriesAndPeople() {
    NameList list = NameList.shipped();
    assertThat(list.categories("germany") & bit(NameList.Category.LOCATION)).isNotZero();
    assertThat(list.categories("nato") & bit(NameList.Category.GROUP)).isNotZero();
    assertThat(list.categories("sao paulo") & bit(NameList.Category.CITY)).isNotZero();
    assertThat(list.categories("smith") & bit(NameList.Category.LAST_NAME)).isNotZero();
  }
}
