package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class DayScoresTest {

  private static final DatewiseConfig CONFIG = DatewiseConfig.DEFAULT;
  private static final TimelineRequest ALL = new TimelineRequest(5, 1, null, null);

  private static LocalDate day(int d) {
    return LocalDate.of(2021, 3, d);
  }

  /** An article published on March {@code published} whose sentences name the days given, one set a sentence. */
  private static List<Unit> article(String id, int published, List<Set<LocalDate>> sentences) {
    DatedText a = new DatedText(id, "wire", day(published), null, "text");
    List<Unit> units = new ArrayList<>();
    for (Set<LocalDate> days : sentences) {
      units.add(new Unit(a, units.size(), new Span(0, 4), "text", days, List.of("text"), 10));
    }
    return units;
  }

  @Test
  void of_countsAnArticleOncePerDay() {
    List<Unit> units = article("listing", 10, List.of(Set.of(day(8)), Set.of(day(8)), Set.of(day(8), day(10))));
    Map<LocalDate, Double> scores = DayScores.of(units, ALL, CONFIG);
    assertThat(scores).containsEntry(day(8), 1.0).containsEntry(day(10), CONFIG.publishedWeight()).hasSize(2);
  }

  @Test
  void of_addsUpArticles_andWeighsAnnouncements() {
    List<Unit> units = new ArrayList<>();
    units.addAll(article("before", 1, List.of(Set.of(day(3)))));
    units.addAll(article("after1", 5, List.of(Set.of(day(3)))));
    units.addAll(article("after2", 6, List.of(Set.of(day(3)), Set.of(day(3)))));
    Map<LocalDate, Double> scores = DayScores.of(units, ALL, CONFIG);
    assertThat(scores.get(day(3))).isEqualTo(2 + CONFIG.announcementWeight());
  }

  @Test
  void of_leavesOutDaysNamedOutsideTheRange() {
    List<Unit> units = article("a", 10, List.of(Set.of(day(1), day(8))));
    Map<LocalDate, Double> scores = DayScores.of(units, new TimelineRequest(1, 1, day(5), day(20)), CONFIG);
    assertThat(scores).containsOnlyKeys(day(8), day(10));
  }

  @Test
  void of_givesThePublicationVoteToYesterday_whenTheLeadReportsIt() {
    List<Unit> units = article("morning-after", 10, List.of(Set.of(), Set.of(day(9)), Set.of()));
    Map<LocalDate, Double> scores = DayScores.of(units, ALL, CONFIG);
    assertThat(scores).containsEntry(day(9), CONFIG.publishedWeight()).hasSize(1);
  }

  @Test
  void of_keepsThePublicationDay_whenYesterdayIsNamedBelowTheLead_orOutsideTheRange() {
    List<Set<LocalDate>> sentences = new ArrayList<>();
    for (int i = 0; i < DayScores.LEAD; i++) {
      sentences.add(Set.of());
    }
    sentences.add(Set.of(day(9)));
    assertThat(DayScores.of(article("below", 10, sentences), ALL, CONFIG))
        .containsEntry(day(10), CONFIG.publishedWeight()).containsEntry(day(9), 1.0);
    assertThat(DayScores.of(article("first-day", 10, List.of(Set.of(day(9)))), new TimelineRequest(1, 1, day(10), null), CONFIG))
        .containsOnlyKeys(day(10));
  }
}
