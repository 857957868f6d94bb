package org.storyline.search;

/** A query the search syntax cannot read; the message names the query and the reason, in one line. */
public final class SearchSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SearchSyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
