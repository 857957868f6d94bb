package org.storyline.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.RemovalReason;

/**
 * Drops the title of an embedded video, recognised by the running time it ends with: "NATO
 * strengthens presence in Eastern Europe 0:58". The title must be short (at most {@value
 * #MAX_WORDS} words) and not a sentence: a line ending with a period or a quote is text, and so is
 * one whose time follows a preposition ("The meeting began at 3:35"). Player labels that stand
 * alone ("Video Ad Feedback", "Now Playing") go too.
 */
final class VideoCaptionRule implements LineRule {

  private static final int MAX_WORDS = 20;
  private static final Pattern RUNNING_TIME = Pattern.compile("(?:^|\\s)\\d{1,2}:\\d{2}(?::\\d{2})?$");
  private static final Pattern PLAYER_LABEL = Pattern.compile(
      "video ad feedback|now playing|play video|replay video|watch video|source: .{1,40} video",
      Pattern.CASE_INSENSITIVE);
  /** Words after which a time is a clock time in a sentence, not a running time. */
  private static final Set<String> CLOCK_WORDS = Set.of(
      "at", "by", "until", "till", "around", "about", "from", "to", "before", "after", "since",
      "of", "between", "and", "or", "as");

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    if (PLAYER_LABEL.matcher(line).matches() || isTitleWithRunningTime(line, lines.wordCount(i))) {
      return Cut.whole(lines, i, RemovalReason.VIDEO_CAPTION);
    }
    return List.of();
  }

  private static boolean isTitleWithRunningTime(String line, int words) {
    if (words > MAX_WORDS + 1) {
      return false;
    }
    Matcher m = RUNNING_TIME.matcher(line);
    if (!m.find()) {
      return false;
    }
    String title = line.substring(0, m.start()).strip();
    if (title.isEmpty()) {
      return true; // a running time on a line of its own
    }
    return !Lines.endsLikeSentence(title) && !endsWithComma(title) && !CLOCK_WORDS.contains(lastWord(title));
  }

  private static boolean endsWithComma(String s) {
    return s.charAt(s.length() - 1) == ',';
  }

  private static String lastWord(String s) {
    int space = s.lastIndexOf(' ');
    return s.substring(space + 1).toLowerCase(Locale.ROOT);
  }
}
