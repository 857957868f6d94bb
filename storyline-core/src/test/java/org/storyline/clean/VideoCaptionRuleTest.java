package org.storyline.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.RemovalReason;

class VideoCaptionRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "NATO strengthens presence in Eastern Europe 0:58",
      "Satellite images show troops massing near the border 12:04",
      "Full interview with the foreign minister 1:02:33",
      "The 3 things to know about the sanctions in 2022 2:10",
      "Video Ad Feedback",
      "Now Playing",
      "0:45"})
  void titleWithRunningTime_isDropped(String line) {
    RuleCases.assertDropped(line, RemovalReason.VIDEO_CAPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The meeting ended at 3:35 p.m. after four hours of talks.",
      "Crowds gathered outside the embassy from early morning until 10:30",
      "The ceasefire took effect at 6:00",
      "“We will be ready,” he said at 9:15.",
      "The vote was 5-4 in favour, and the final count came in at 11:20.",
      "A very long line of text that reads like a title but has far too many words to be the title of a video clip at all 0:58"})
  void clockTimeInText_isKept(String line) {
    RuleCases.assertKept(line);
  }
}
