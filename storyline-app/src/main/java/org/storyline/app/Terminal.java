package org.storyline.app;

import java.io.PrintWriter;

/**
 * What the command line knows of where its output goes. Progress bars are drawn only on an
 * interactive terminal, so piped output stays clean.
 */
public final class Terminal {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final boolean interactive;

  Terminal(boolean interactive) {
    this.interactive = interactive;
  }

  static Terminal detect() {
    return new Terminal(System.console() != null);
  }

  static Terminal piped() {
    return new Terminal(false);
  }

  /** Whether output goes to an interactive terminal (which can show bold text). */
  public boolean interactive() {
    return interactive;
  }

  /** A progress bar over {@code total} units on {@code err}; silent when not interactive. */
  public Progress progress(PrintWriter err, int total, String unit) {
    return new Progress(interactive ? err : null, total, unit);
  }

  /** A redrawn {@code [#####     ] 12/40 files} line. */
  public static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final String unit;
    private int done;
    private long lastDraw;

    private Progress(PrintWriter err, int total, String unit) {
      this.err = err;
      this.total = Math.max(total, 0);
      this.unit = unit;
    }

    public void step() {
      done++;
      long now = System.nanoTime();
      if (err != null && (now - lastDraw > REDRAW_NANOS || done == total)) {
        lastDraw = now;
        draw();
      }
    }

    /** Clears the bar before other text is printed on stderr. */
    public void clear() {
      if (err != null) {
        err.print("\r" + " ".repeat(BAR_WIDTH + 40) + "\r");
        err.flush();
      }
    }

    public void finish() {
      if (err != null) {
        clear();
      }
    }

    private void draw() {
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + unit);
      err.flush();
    }
  }
}
