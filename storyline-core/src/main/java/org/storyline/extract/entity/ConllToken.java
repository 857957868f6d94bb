package org.storyline.extract.entity;

import java.util.List;

/**
 * One row of a CoNLL file: a token and its columns, the token first.
 *
 * @param columns at least one; {@code columns.get(0)} is the token
 */
public record ConllToken(List<String> columns) {

  public ConllToken {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a CoNLL row has at least one column");
    }
  }

  public String word() {
    return columns.get(0);
  }

  /** The last column: the gold tag in a CoNLL-2003 file. */
  public String tag() {
    return columns.get(columns.size() - 1);
  }

  /** This row with one more column at the end. */
  public ConllToken with(String column) {
    String[] more = columns.toArray(new String[columns.size() + 1]);
    more[columns.size()] = column;
    return new ConllToken(List.of(more));
  }
}
