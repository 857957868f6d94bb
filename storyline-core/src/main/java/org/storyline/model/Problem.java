package org.storyline.model;

import java.util.Objects;

/**
 * Something wrong with one input, said in one line that names the input. An {@link
 * Severity#ERROR} means the input (or that record of it) was not stored; a {@link
 * Severity#WARNING} means it was stored, with the stated caveat.
 */
public record Problem(Origin origin, Severity severity, String reason) {

  public enum Severity {
    WARNING,
    ERROR
  }

  public Problem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
    if (reason.contains("\n")) {
      throw new IllegalArgumentException("a problem is said in one line: " + reason);
    }
  }

  public static Problem error(Origin origin, String reason) {
    return new Problem(origin, Severity.ERROR, reason);
  }

  public static Problem warning(Origin origin, String reason) {
    return new Problem(origin, Severity.WARNING, reason);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: error: reason}, the form printed on stderr. */
  @Override
  public String toString() {
    return origin + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
  }
}
