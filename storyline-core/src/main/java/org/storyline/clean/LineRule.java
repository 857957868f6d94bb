package org.storyline.clean;

import java.util.List;
import org.storyline.model.RemovalReason;

/**
 * One boilerplate rule: says whether a line of an article is boilerplate, and why.
 *
 * <p>Contract. {@link #judge} is called for non-blank lines only, in order, after every line
 * before {@code i} was judged, so {@link Lines#previousKept} is settled; it may look at any line
 * of {@code lines}, before or after {@code i}. It returns the pieces of line {@code i} it drops,
 * with their reasons (one piece for the whole line, as a rule, or several when the line holds
 * two kinds of boilerplate, such as a caption with its credit appended), or an empty list to
 * leave the line to the next rule. A non-empty answer drops the whole line: cleaning never keeps
 * part of a line. Implementations are stateless.
 */
interface LineRule {

  List<Cut> judge(Lines lines, int i);

  /**
   * A dropped piece of a line, {@code [from, to)} in offsets of the line's trimmed text.
   */
  record Cut(int from, int to, RemovalReason reason) {

    /** The whole of line {@code i}. */
    static List<Cut> whole(Lines lines, int i, RemovalReason reason) {
      return List.of(new Cut(0, lines.text(i).length(), reason));
    }
  }
}
