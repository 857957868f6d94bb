package org.storyline.engine;

import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;

/**
 * What becomes of an article the extractors fail on (a bug met by odd text), wherever it is
 * extracted (the engine's pool, a stream processor's per-article stage): it is stored with nothing
 * found, and a warning names it and the failure, so that one article never stops a batch or a stream.
 */
public final class AnalysisFailure {

  private AnalysisFailure() {}

  /** The warning of {@code article}, stored without its analysis because {@code failure} was thrown. */
  public static Problem unanalysed(Article article, Throwable failure) {
    return Problem.warning(article.origin(), "stored without its analysis, which failed: " + describe(failure));
  }

  /** The extraction {@code article} is stored with: its article and date, nothing found. */
  public static Extraction nothingFound(Article article) {
    return new Extraction(article, article.publishedOpt().map(PublicationDate::date), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

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
