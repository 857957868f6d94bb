package org.storyline.extract.time;

import java.util.List;

/**
 * Reads the time expressions of a text without a document date, as {@link DatingCue}s: what each
 * says about the day the text was written. The input of article dating, which has no date to
 * anchor on.
 *
 * <p>Contract: the cues are sorted by start, their spans lie within {@code text} and do not
 * overlap; the same text always gives the same cues; implementations are thread-safe.
 */
public interface CueReader {

  /**
   * The dating cues of {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  List<DatingCue> cues(String text);
}
