package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** {@link Whitespace} answers as the regex forms it replaced. */
class WhitespaceTest {

  @Property
  void lastWord_isTheLastOfTheStrippedSplit(
      @ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u00A0', '\u001C', 'a', 'b'})
      String trigger) {
    String[] words = trigger.strip().split("\\s+");
    assertThat(Whitespace.lastWord(trigger)).isEqualTo(words[words.length - 1]);
  }

  @Property
  void collapse_isTheRegexReplaceThenTheFirstWords(
      @ForAll @StringLength(max = 60) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u00A0', 'a', 'b', '.'})
      String text, @ForAll @IntRange(min = 1, max = 8) int maxWords) {
    String sentence = text.strip().replaceAll("\\s+", " ");
    String[] words = sentence.split(" ");
    String expected = words.length <= maxWords ? sentence : String.join(" ", List.of(words).subList(0, maxWords)) + " …";
    assertThat(Whitespace.collapse(text, maxWords)).isEqualTo(expected);
  }

  @Property
  void collapse_ofARange_isTheCollapseOfItsSubstring(
      @ForAll @StringLength(max = 60) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u00A0', '\u001C', 'a', 'b', '.'})
      String text, @ForAll @IntRange(min = 0, max = 60) int a, @ForAll @IntRange(min = 0, max = 60) int b,
      @ForAll @IntRange(min = 1, max = 8) int maxWords) {
    int from = Math.min(a, b) % (text.length() + 1);
    int to = Math.min(text.length(), Math.max(a, b));
    to = Math.max(from, to);
    assertThat(Whitespace.collapse(text, from, to, maxWords)).isEqualTo(Whitespace.collapse(text.substring(from, to), maxWords));
  }

  @Property
  void lastSplitWord_isTheLastOfTheSplit(
      @ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u00A0', '\u001C', 'a', 'b'})
      String text) {
    String[] words = text.split("\\s+");
    if (words.length > 0) { // none for white space alone, which has no last word
      assertThat(Whitespace.lastSplitWord(text)).isEqualTo(words[words.length - 1]);
    }
  }

  private static final List<String> WORDS = List.of("in", "At", "during", "that", "thatch", "a", "press", "“briefing”", "x.");
  private static final List<String> SPACES = List.of(" ", "\t", "\n ", "\u00A0", "");

  /** Gaps made of the setting's keywords, "that", other words, punctuation and white space, matching or not. */
  @Property(tries = 3000)
  void isSpacedPhrase_isTrueWheneverTheReportingSettingMatches(
      @ForAll @Size(min = 1, max = 9) List<@IntRange(min = 0, max = 8) Integer> words,
      @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 0, max = 4) Integer> spaces) {
    StringBuilder gap = new StringBuilder(SPACES.get(spaces.get(0)));
    for (int i = 0; i < words.size(); i++) {
      gap.append(WORDS.get(words.get(i))).append(SPACES.get(spaces.get(i + 1)));
    }
    boolean matches = EventTimelineBuilder.REPORTING_SETTING.matcher(gap).matches();
    Statistics.label("setting").collect(matches);
    if (matches) {
      assertThat(Whitespace.isSpacedPhrase(gap.toString(), 0, gap.length(), 6, EventTimelineBuilder.SETTING_STOPS)).isTrue();
    }
  }

  @Example
  void isSpacedPhrase_tellsSettingsFromOtherGaps() {
    String said = "said in a YouTube interview ";
    assertThat(EventTimelineBuilder.REPORTING_SETTING.matcher(said.substring(4)).matches()).isTrue();
    assertThat(Whitespace.isSpacedPhrase(said, 4, said.length(), 6, EventTimelineBuilder.SETTING_STOPS)).isTrue();
    assertThat(Whitespace.isSpacedPhrase(" on Monday, at the ", 0, 19, 6, EventTimelineBuilder.SETTING_STOPS)).isFalse();
    assertThat(Whitespace.isSpacedPhrase(" a b c d e f g at ", 0, 18, 6, EventTimelineBuilder.SETTING_STOPS)).isFalse();
    assertThat(Whitespace.isSpacedPhrase("x in ", 0, 5, 6, EventTimelineBuilder.SETTING_STOPS)).isFalse();
  }
}
