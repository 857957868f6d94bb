package org.storyline.clean;

import java.util.List;
import org.storyline.model.RemovalReason;

/**
 * Drops photo captions. A line is a caption when
 *
 * <ul>
 *   <li>it ends with an appended credit: "Biden speaks on Tuesday. (Demetrius Freeman/Washington
 *       Post)" gives a caption piece and a credit piece;
 *   <li>the next non-blank line is a credit alone on its line;
 *   <li>the next non-blank line repeats it, with or without a credit appended, and that repeat is
 *       a caption (pasted pages often show a caption twice, once with its credit).
 * </ul>
 *
 * Captions longer than {@value #MAX_WORDS} words are left alone: a paragraph that long before a
 * credit is more likely text whose picture lost its caption.
 */
final class PhotoCaptionRule implements LineRule {

  private static final int MAX_WORDS = 60;
  /** How many repeats of a caption are followed to find its credit. */
  private static final int MAX_REPEATS = 3;

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    if (lines.wordCount(i) > MAX_WORDS) {
      return List.of();
    }
    int credit = Credits.appendedCreditStart(line);
    if (credit > 0) {
      int captionEnd = line.substring(0, credit).stripTrailing().length();
      int creditStart = credit + (line.length() - credit - line.substring(credit).stripLeading().length());
      return List.of(
          new Cut(0, captionEnd, RemovalReason.PHOTO_CAPTION),
          new Cut(creditStart, line.length(), RemovalReason.PHOTO_CREDIT));
    }
    return isFollowedByCredit(lines, i) ? Cut.whole(lines, i, RemovalReason.PHOTO_CAPTION) : List.of();
  }

  private static boolean isFollowedByCredit(Lines lines, int i) {
    String caption = lines.text(i);
    int next = lines.nextNonBlank(i);
    for (int repeats = 0; next >= 0 && repeats <= MAX_REPEATS; repeats++) {
      String following = lines.text(next);
      if (Credits.isCredit(lines, next)) {
        return true;
      }
      int credit = Credits.appendedCreditStart(following);
      if (credit > 0 && following.substring(0, credit).strip().equals(caption)) {
        return true;
      }
      if (!following.equals(caption)) {
        return false;
      }
      next = lines.nextNonBlank(next);
    }
    return false;
  }
}
