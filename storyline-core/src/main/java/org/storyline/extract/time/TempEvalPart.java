package org.storyline.extract.time;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Which documents of a TimeML folder a score covers. The folder is split by a rule on each file's
 * name, fixed in code before any score of the time tagger was seen: a document is
 * {@link #UNTOUCHED} when the CRC-32 of its name relative to the folder (UTF-8, {@code /} as the
 * separator) is a multiple of five, and in {@link #TUNE} otherwise. The rule is the one the event
 * stage uses on the same folder ({@code EventMentionEval.isUntouched}), so the untouched documents
 * are the same across stages; it depends on the name only, so the parts never change.
 *
 * <p>Rules are developed on the errors of {@code TUNE}; {@code UNTOUCHED} is scored before and
 * after, never read.
 */
public enum TempEvalPart {
  /** The documents rules may be developed on: four in five. */
  TUNE,
  /** The documents kept for a final check: one in five. */
  UNTOUCHED,
  /** Every document. */
  ALL;

  /** One in this many documents is untouched. */
  static final int UNTOUCHED_ONE_IN = 5;

  /** Whether the document of this relative name belongs to this part. */
  public boolean contains(String relativeName) {
    return switch (this) {
      case TUNE -> !isUntouched(relativeName);
      case UNTOUCHED -> isUntouched(relativeName);
      case ALL -> true;
    };
  }

  /** Whether the document of this relative name ({@code TimeBank/ABC19980108.1830.0711.tml}) is untouched. */
  public static boolean isUntouched(String relativeName) {
    CRC32 crc = new CRC32();
    crc.update(relativeName.replace('\\', '/').getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % UNTOUCHED_ONE_IN == 0;
  }
}
