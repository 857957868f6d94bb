package org.storyline.web;

/**
 * An error answered as RFC 9457 problem details ({@code application/problem+json}); thrown by a
 * handler, written by the server.
 */
final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  /** The body: type, title, status, detail, instance. */
  record Details(String type, String title, int status, String detail, String instance) {}

  Details details(String instance) {
    return new Details("about:blank", title, status, getMessage(), instance);
  }
}
