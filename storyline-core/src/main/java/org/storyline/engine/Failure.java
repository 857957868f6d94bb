package org.storyline.engine;

/** A failure said in one line: what was thrown and where in Storyline's code, for a problem's reason. */
final class Failure {

  private Failure() {}

  /** {@code "IllegalStateException: no token at 12 (Scan.java:88)"}: the class, the message's first line, the first frame of ours. */
  static String describe(Throwable t) {
    StringBuilder out = new StringBuilder(t.getClass().getSimpleName());
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      out.append(": ").append(message.strip().lines().findFirst().orElse(""));
    }
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("org.storyline.")) {
        out.append(" (").append(frame.getFileName()).append(':').append(frame.getLineNumber()).append(')');
        break;
      }
    }
    return out.toString();
  }
}
