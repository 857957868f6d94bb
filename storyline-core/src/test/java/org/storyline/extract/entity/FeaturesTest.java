package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.lexicon.FirstNames;

class FeaturesTest {

  @Test
  void shapes() {
    assertThat(Features.shortShape("Clinton")).isEqualTo("Xx");
    assertThat(Features.shortShape("U.S.")).isEqualTo("X.X.");
    assertThat(Features.shortShape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(Features.shortShape("McDonald")).isEqualTo("XxXx");
    assertThat(Features.longShape("NATO")).isEqualTo("XXXX|4");
    assertThat(Features.longShape("Stoltenberg")).isEqualTo("Xxxx|xxl");
  }

  @Test
  void normalise_makesQuotesStraightAndDashesHyphens() {
    assertThat(Features.normalise("’s")).isEqualTo("'s");
    assertThat(Features.normalise("“")).isEqualTo("\"");
    assertThat(Features.normalise("—")).isEqualTo("-");
    assertThat(Features.normalise("Kyiv")).isSameAs("Kyiv");
    assertThat(Features.lowerDigits("G7-2021")).isEqualTo("g0-0000");
  }

  @Test
  void doc_findsHeadlinesAndLowerCaseUses() {
    Features.Doc d = new Features.Doc(List.of(
        List.of("RUSSIA", "WARNS", "NATO"),
        List.of("Talks", "may", "help", ",", "officials", "said", "."),
        List.of("The", "Talks", "went", "on", "in", "Geneva", ".")));
    assertThat(d.capsSentence).containsExactly(true, false, false);
    assertThat(d.lowerCount).containsKey("may");
    assertThat(d.capNonInitialCount).containsEntry("talks", 1).containsEntry("geneva", 1);
  }

  @Test
  void staticRows_areDeterministicAndInRange() {
    Features f = new Features(12);
    Features.Doc d = new Features.Doc(List.of(List.of("Ned", "Price", "said", "so", ".")));
    int[] a = new int[Features.MAX_STATIC];
    int[] b = new int[Features.MAX_STATIC];
    int n = f.staticRows(d, 0, 1, a);
    assertThat(f.staticRows(d, 0, 1, b)).isEqualTo(n);
    assertThat(Arrays.copyOf(a, n)).isEqualTo(Arrays.copyOf(b, n));
    assertThat(Arrays.stream(a, 0, n)).allMatch(r -> r >= 0 && r < f.rows());
    int[] other = new int[Features.MAX_STATIC];
    int m = f.staticRows(d, 0, 2, other);
    assertThat(Arrays.copyOf(other, m)).isNotEqualTo(Arrays.copyOf(a, n));
  }

  @Test
  void firstNames_areMatchedWhenCapitalised() {
    assertThat(FirstNames.contains("Ned")).isTrue();
    assertThat(FirstNames.contains("ned")).isFalse();
    assertThat(FirstNames.contains("Kremlin")).isFalse();
  }

  @Test
  void firstPass_tellsWhatTheRestOfTheDocumentSaysOfAWord() {
    Features.Doc d = new Features.Doc(List.of(
        List.of("Magna", "International", "Inc", "rose", "."),
        List.of("Magna", "said", "so", "."),
        List.of("Magna", "fell", ".")));
    int orgType = org.storyline.model.EntityType.ORGANIZATION.ordinal();
    int b = 1 + 4 * orgType;
    int per = 1 + 4 * org.storyline.model.EntityType.PERSON.ordinal() + 3; // U-PER
    d.firstPass(new int[][] {{b, b + 1, b + 2, 0, 0}, {per, 0, 0, 0}, {b + 3, 0, 0}});
    int orgIndex = 1 + orgType;
    // the second "Magna": elsewhere ORG twice; part of a longer ORG elsewhere
    assertThat(d.otherType[1][0]).isEqualTo(orgIndex);
    assertThat(d.longerTypes[1][0]).isEqualTo(1 << orgIndex);
    // the first: its own longer chunk does not count; elsewhere PER once and ORG once
    assertThat(d.longerTypes[0][0]).isZero();
    assertThat(d.otherType[0][0]).isNotZero();
    assertThat(d.otherType[1][1]).isZero(); // "said" is not remembered
    Features f = new Features(12);
    int[] with = new int[Features.MAX_STATIC];
    int n = f.staticRows(d, 1, 0, with);
    Features.Doc plain = new Features.Doc(List.of(List.of("Magna", "International", "Inc", "rose", "."),
        List.of("Magna", "said", "so", "."), List.of("Magna", "fell", ".")));
    assertThat(n).isGreaterThan(f.staticRows(plain, 1, 0, new int[Features.MAX_STATIC]));
  }

  @Test
  void capitalisedRuns_spanConnectorsBetweenCapitals() {
    int[] r = Features.Doc.capitalisedRuns(new String[] {"the", "Bank", "of", "England", "and", "Paris", "of", "course"});
    assertThat(r[0]).isZero();
    assertThat(r[1]).isEqualTo(8 * 3 + 1); // B of a run of three
    assertThat(r[2]).isEqualTo(8 * 3 + 2);
    assertThat(r[3]).isEqualTo(8 * 3 + 3);
    assertThat(r[4]).isZero(); // "and" does not join names
    assertThat(r[5]).isEqualTo(8 + 4); // U
    assertThat(r[6]).isZero(); // "of" before a lower-case word
  }

  @Test
  void tableLines_areShortNumericLinesWithoutLowerCaseWords() {
    assertThat(Features.Doc.isTableLine(new String[] {"Rotor", "Volgograd", "2", "Spartak", "Moscow", "1"})).isTrue();
    assertThat(Features.Doc.isTableLine(new String[] {"Rotor", "won", "2", "-", "1"})).isFalse();
    assertThat(Features.Doc.isTableLine(new String[] {"Rotor", "Volgograd", "2"})).isFalse();
  }

  @Test
  void contextElsewhere_addsTheNeighboursOfOtherOccurrences() {
    Features f = new Features(16);
    List<List<String>> text = List.of(List.of("Rotor", "won", "."), List.of("They", "beat", "Rotor", "."));
    Features.Doc d = new Features.Doc(text);
    Features.Doc alone = new Features.Doc(List.of(List.of("Rotor", "won", ".")));
    int[] a = new int[Features.MAX_STATIC];
    int[] b = new int[Features.MAX_STATIC];
    int n = f.staticRows(d, 0, 0, a);
    int m = f.staticRows(alone, 0, 0, b);
    assertThat(n).isEqualTo(m + 2); // "beat" before and "." after the other "Rotor"
  }
}
