package org.storyline.extract.time;

/** A CAT XML file that cannot be read: names the file, the element and what was wrong, on one line. */
public final class CatException extends RuntimeException {

  private final String origin;
  private final String element;

  public CatException(String origin, String element, String message) {
    super((origin + ": " + element + ": " + message).replace("\r", "\\r").replace("\n", "\\n"));
    this.origin = origin;
    this.element = element;
  }

  /** The file (or other input) that was read. */
  public String origin() {
    return origin;
  }

  /** The element that was wrong, as {@code token t_id=12} or {@code Document}. */
  public String element() {
    return element;
  }
}
