package org.storyline.clean;

import java.util.List;
import org.storyline.model.RemovalReason;

/**
 * Drops a line identical to the non-blank line before it, or to the last line kept (a line
 * repeated across a dropped box, which would otherwise stand twice in a row in the cleaned text).
 */
final class RepeatedLineRule implements LineRule {

  @Override
  public List<Cut> judge(Lines lines, int i) {
    String line = lines.text(i);
    int previous = lines.previousNonBlank(i);
    int kept = lines.previousKept(i);
    if ((previous >= 0 && lines.text(previous).equals(line)) || (kept >= 0 && lines.text(kept).equals(line))) {
      return Cut.whole(lines, i, RemovalReason.REPEATED_LINE);
    }
    return List.of();
  }
}
