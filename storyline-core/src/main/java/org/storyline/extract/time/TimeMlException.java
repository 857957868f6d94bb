package org.storyline.extract.time;

/** A TimeML file that cannot be read: names the file, the char offset and what was expected. */
public final class TimeMlException extends RuntimeException {

  private final String origin;
  private final int offset;

  public TimeMlException(String origin, int offset, String message) {
    super(origin + " at char " + offset + ": " + oneLine(message));
    this.origin = origin;
    this.offset = offset;
  }

  public String origin() {
    return origin;
  }

  public int offset() {
    return offset;
  }

  /** Line breaks of the input quoted in a message (a bad value that spans lines) shown escaped: a problem is one line. */
  private static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
