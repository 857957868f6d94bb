package org.storyline.reconcile.timeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EntityTimelineTest {

  @Test
  void fileName_isTheTasks() {
    assertThat(EntityTimeline.fileName(" Beatles Apple  Corps ")).isEqualTo("beatles_apple_corps.txt");
    assertThat(EntityTimeline.fileName("iTunes store")).isEqualTo("itunes_store.txt");
  }

  @Test
  void format_writesTheTargetThenOneTabSeparatedLineAnEvent() {
    EntityTimeline t = new EntityTimeline("iPhone 3G", List.of(
        new EntityTimeline.Line(0, TaskDate.unknown(), List.of(new MentionRef("12315", 4, "provide"))),
        new EntityTimeline.Line(1, TaskDate.day(LocalDate.of(2008, 6, 9)),
            List.of(new MentionRef("12315", 2, "launched"), new MentionRef("12315", 3, "launching")))));
    assertThat(t.format()).isEqualTo("iPhone 3G\n0\tXXXX-XX-XX\t12315-4-provide\n1\t2008-06-09\t12315-2-launched\t12315-3-launching\n");
  }

  @Test
  void taskDate_spellsItsGrainAndOrdersTheCoarserFirstOnOneStart() {
    LocalDate day = LocalDate.of(2006, 1, 1);
    TreeSet<TaskDate> dates = new TreeSet<>(List.of(TaskDate.unknown(), TaskDate.day(day), TaskDate.month(day),
        TaskDate.year(LocalDate.of(2005, 7, 4)), TaskDate.month(LocalDate.of(2006, 1, 20))));
    assertThat(dates).extracting(TaskDate::value).containsExactly("2005", "2006-01", "2006-01-01", "XXXX-XX-XX");
  }

  @Test
  void line_keepsOrderZeroForUnknownDatesOnly() {
    List<MentionRef> m = List.of(new MentionRef("1", 0, "a"));
    assertThatThrownBy(() -> new EntityTimeline.Line(0, TaskDate.day(LocalDate.of(2001, 1, 1)), m))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntityTimeline.Line(2, TaskDate.unknown(), m)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameName_needsAllWordsOrTwoWordsInTheLongerName() {
    assertThat(TargetMentions.sameName(TargetMentions.words("Apple Inc.'s"), TargetMentions.words("apple inc"))).isTrue();
    assertThat(TargetMentions.sameName(TargetMentions.words("Apple Corps"), TargetMentions.words("Beatles Apple Corps"))).isTrue();
    assertThat(TargetMentions.sameName(TargetMentions.words("Apple"), TargetMentions.words("Apple Corps"))).isFalse();
    assertThat(TargetMentions.sameName(TargetMentions.words("iPhone"), TargetMentions.words("iPhone 4"))).isFalse();
  }
}
