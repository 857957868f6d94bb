package org.storyline.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;
import org.storyline.pipeline.RunSummary;

/**
 * A report on disk and what it was made from, so that {@code analyze} run again with nothing new
 * does not make the same report again. A report carries its key in a comment on its second line:
 * a digest of the store's {@linkplain org.storyline.engine.StoreReader#revision() revision}, the
 * articles it shows in their order, the problems it lists and the version of its layout. Its run
 * line (how many articles were new to that run) is the one part made from the run alone: a report
 * kept has that line written anew.
 */
public final class KeptReport {

  /** Changed whenever the report's layout changes, so that a report of an older layout is made again. */
  private static final String LAYOUT = "report-1";
  private static final String MARK = "<!-- storyline report ";
  private static final String RUN_OPEN = "<p class=\"run\">";
  private static final String RUN_CLOSE = "</p>";
  /** The key and the run line are within the first bytes of a report. */
  private static final int HEAD_BYTES = 8 * 1024;

  private KeptReport() {}

  /** The key of a report of {@code articles} and {@code problems} made from a store at {@code revision}. */
  public static String key(String revision, Collection<ArticleId> articles, List<Problem> problems) {
    MessageDigest sha = sha256();
    for (String part : List.of(LAYOUT, revision)) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    for (ArticleId a : articles) {
      sha.update(a.value().getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ' ');
    }
    sha.update((byte) 0);
    for (Problem p : problems) {
      sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The comment that carries {@code key} in a report (its second line). */
  static String mark(String key) {
    return MARK + key + " -->\n";
  }

  /**
   * Keeps the report at {@code file} when it carries {@code key}: its run line is then made that of
   * {@code summary} (the file replaced whole, or left alone when the line is the same). Returns
   * whether it was kept; when not, the caller makes the report.
   */
  public static boolean keep(Path file, String key, RunSummary summary) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (NoSuchFileException e) {
      return false;
    }
    String start = new String(head, StandardCharsets.UTF_8);
    int newline = start.indexOf('\n');
    if (newline < 0 || !start.startsWith(mark(key), newline + 1)) {
      return false;
    }
    int open = start.indexOf(RUN_OPEN);
    int close = open < 0 ? -1 : start.indexOf(RUN_CLOSE, open);
    if (close < 0) {
      return false;
    }
    String line = HtmlReport.runLine(summary);
    if (start.substring(open + RUN_OPEN.length(), close).equals(line)) {
      return true;
    }
    replaceRunLine(file, byteLength(start, open + RUN_OPEN.length()), byteLength(start, close), line);
    return true;
  }

  /** Writes the report anew with {@code line} between the byte offsets {@code from} and {@code to}, whole or not at all. */
  private static void replaceRunLine(Path file, int from, int to, String line) throws IOException {
    byte[] all = Files.readAllBytes(file);
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (var out = Files.newOutputStream(partial)) {
      out.write(all, 0, from);
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write(all, to, all.length - to);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** How many UTF-8 bytes the first {@code chars} characters of {@code s} are. */
  private static int byteLength(String s, int chars) {
    return s.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
