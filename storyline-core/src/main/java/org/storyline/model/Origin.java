package org.storyline.model;

import java.util.Objects;

/**
 * Where a piece of input came from: a file (or stream name) and, for files that hold many
 * records, the 1-based record number (the line of a JSONL file). Record 0 means the whole file.
 */
public record Origin(String file, long record) {

  public Origin {
    Objects.requireNonNull(file, "file");
    if (record < 0) {
      throw new IllegalArgumentException("record number must not be negative: " + record);
    }
  }

  public static Origin file(String file) {
    return new Origin(file, 0);
  }

  public Origin withRecord(long recordNumber) {
    return new Origin(file, recordNumber);
  }

  /** {@code file} or {@code file:record}, the prefix of every message about this input. */
  @Override
  public String toString() {
    return record == 0 ? file : file + ":" + record;
  }
}
