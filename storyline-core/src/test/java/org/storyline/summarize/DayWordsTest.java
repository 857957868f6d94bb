package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

class DayWordsTest {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 20000).map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("MMMM d, yyyy", "d MMMM yyyy", "MMM. d", "EEEE", "yyyy-MM-dd", "M/d/yyyy", "EEEE, MMMM d");
  }

  /** Whenever the tagger finds a day in a sentence, the quick test lets the sentence through. */
  @Property
  void mayNameDay_passesEverySentenceTheTaggerDates(@ForAll("days") LocalDate day, @ForAll("formats") String format) {
    String sentence = "The council met on " + DateTimeFormatter.ofPattern(format, Locale.ENGLISH).format(day)
        + " to discuss the budget.";
    boolean dated = new RuleTimeTagger().tag(sentence, day.plusDays(3)).stream()
        .anyMatch(t -> t.value() instanceof TimexValue.Day);
    if (dated) {
      assertThat(DayWords.mayNameDay(sentence)).as(sentence).isTrue();
    }
  }

  @Test
  void mayNameDay_rejectsASentenceWithoutDayWords() {
    assertThat(DayWords.mayNameDay("The council approved a budget of 4.5 million for 2021.")).isFalse();
    assertThat(DayWords.mayNameDay("Rescuers worked through the night.")).isTrue();
  }

  @Test
  void skip_cutsAWireDateline() {
    String text = "WASHINGTON | Tue Apr 21, 2009 10:19 pm BST WASHINGTON (Reuters) - A new flu has infected two children.";
    Span s = Datelines.skip(text, Span.of(0, text.length()));
    assertThat(s.of(text)).isEqualTo("A new flu has infected two children.");
    String plain = "A new flu has infected two children.";
    assertThat(Datelines.skip(plain, Span.of(0, plain.length()))).isEqualTo(Span.of(0, plain.length()));
  }
}
