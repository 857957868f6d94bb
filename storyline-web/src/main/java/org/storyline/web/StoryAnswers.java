package org.storyline.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyline.engine.CommitListener;
import org.storyline.engine.StoreChange;
import org.storyline.engine.StoreReader.StoryOrder;
import org.storyline.model.Story;
import org.storyline.model.StoryId;

/**
 * The story page and the story API answer of each story, made when the story changes rather than
 * at each request: kept gzip'd in memory, stamped with the {@link Revisions} of what they show, and
 * made again, newest activity first, by a background thread after start and after each commit.
 *
 * <p>The guarantee: an answer served was made from reads that all began after the last commit that
 * changed the story or an entity it shows and that had begun before the request (a commit under
 * way makes the request render the story itself); see docs/web.md. Memory: at most {@code budget}
 * bytes of answers and their stamps; over it, the least recently served are dropped.
 */
final class StoryAnswers implements CommitListener, AutoCloseable {

  /** What kept answers may take by default: the 5,473 stories of a 10,000-article store take 21 MiB. */
  static final long DEFAULT_BUDGET = 128L << 20;
  private static final Logger LOG = Logger.getLogger(StoryAnswers.class.getName());
  private static final Pattern FULL_ID = Pattern.compile("[0-9a-f]{16}");
  private static final int LIST_PAGE = 200;
  /** A stamp's and an entry's bookkeeping, counted with the answers' bytes. */
  private static final int ENTRY_OVERHEAD = 256;
  private static final int ENTITY_OVERHEAD = 48;
  /** While requests come, the renderer takes at most a quarter of a core: it sleeps three times what it worked. */
  private static final int YIELD_FACTOR = 3;
  private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** A story's answers as made, gzip'd, and when last served. */
  static final class Kept {
    final Revisions.Stamp stamp;
    final byte[] page;
    final byte[] api;
    final String apiEtag;
    final long bytes;
    volatile long used = System.nanoTime();

    Kept(Revisions.Stamp stamp, byte[] page, byte[] api, String apiEtag) {
      this.stamp = stamp;
      this.page = page;
      this.api = api;
      this.apiEtag = apiEtag;
      this.bytes = page.length + api.length + ENTRY_OVERHEAD + (long) ENTITY_OVERHEAD * stamp.entities().size();
    }
  }

  private final Site site;
  private final StoryRenderer renderer;
  private final long budget;
  private final Revisions revisions = new Revisions();
  private final Map<StoryId, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicBoolean dirty = new AtomicBoolean(true);
  private volatile boolean closed;
  private volatile long lastRequest;
  private Changed pending = new Changed(java.util.Set.of(), java.util.Set.of(), false); // the engine's thread only
  private final Thread background;

  StoryAnswers(Site site, long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("the memory for kept story answers must not be negative: " + budget);
    }
    this.site = site;
    this.renderer = new StoryRenderer(site);
    this.budget = budget;
    this.background = new Thread(this::renderAhead, "storyline-story-renderer");
    background.setDaemon(true);
    background.setPriority(Thread.MIN_PRIORITY);
  }

  /** Starts making every story's answers ahead of requests (none when the budget is 0). */
  void start() {
    if (budget > 0) {
      background.start();
    }
  }

  /** Before every request: the renderer gives way while requests come. */
  void heard(Context ctx) {
    lastRequest = System.nanoTime();
  }

  /** Answers {@code GET /stories/{id}} ({@code api} false) or {@code GET /api/v1/stories/{id}}. */
  void serve(Context ctx, boolean api) {
    Answers.keptElsewhere(ctx);
    String id = ctx.pathParam("id");
    StoryId story = FULL_ID.matcher(id).matches() ? new StoryId(id) : site.story(id).id();
    Kept k = kept.get(story);
    if (k == null || !revisions.current(k.stamp)) {
      k = make(story);
    }
    k.used = System.nanoTime();
    ctx.header("Vary", "Accept-Encoding");
    if (api && Site.notModified(ctx, k.apiEtag)) {
      return;
    }
    ctx.contentType(api ? Site.JSON : Site.HTML);
    byte[] gz = api ? k.api : k.page;
    if (acceptsGzip(ctx.header("Accept-Encoding"))) {
      ctx.header("Content-Encoding", "gzip").result(gz);
    } else {
      ctx.result(gunzip(gz));
    }
  }

  /** Renders the story's answers, and keeps them when no commit came meanwhile and they fit; a 404 when it is gone. */
  private Kept make(StoryId id) {
    long before = revisions.sequence();
    Story story = site.story(id.value());
    StoryRenderer.Rendered r = renderer.render(story);
    Kept k = new Kept(revisions.stamp(story.id(), r.entities()), gzip(r.page()), gzip(r.api()), r.apiEtag());
    if (revisions.unchangedSince(before) && k.bytes <= budget) {
      keep(story.id(), k);
    }
    return k;
  }

  private void keep(StoryId id, Kept k) {
    Kept old = kept.put(id, k);
    if (bytes.addAndGet(k.bytes - (old == null ? 0 : old.bytes)) > budget) {
      evict();
    }
  }

  /** Drops the least recently served until a tenth of the budget is free. */
  private synchronized void evict() {
    if (bytes.get() <= budget) {
      return;
    }
    List<Map.Entry<StoryId, Kept>> all = new ArrayList<>(kept.entrySet());
    all.sort(Comparator.comparingLong(e -> e.getValue().used));
    for (Map.Entry<StoryId, Kept> e : all) {
      if (bytes.get() <= budget - budget / 10) {
        return;
      }
      if (kept.remove(e.getKey(), e.getValue())) {
        bytes.addAndGet(-e.getValue().bytes);
      }
    }
  }

  /** The bytes kept (answers and their bookkeeping), never over the budget once a keep returns. */
  long keptBytes() {
    return bytes.get();
  }

  /** Whether the story's answers are kept and current: a request would be answered from memory. */
  boolean keeps(StoryId story) {
    Kept k = kept.get(story);
    return k != null && revisions.current(k.stamp);
  }

  int keptStories() {
    return kept.size();
  }

  @Override
  public void committing(StoreChange change) {
    try {
      pending = Changed.before(change, site.reader);
    } catch (RuntimeException e) { // the store could not say what changes: then everything does
      LOG.log(Level.WARNING, "cannot read what a commit changes; every kept story answer is dropped", e);
      pending = new Changed(java.util.Set.of(), java.util.Set.of(), true);
    }
    revisions.changing(pending.stories(), pending.entities(), pending.everything());
  }

  @Override
  public void committed(StoreChange change) {
    revisions.changed(pending.stories(), pending.entities(), pending.everything());
    synchronized (dirty) {
      dirty.set(true);
      dirty.notifyAll();
    }
  }

  /** The background thread: makes the answers not kept or out of date, newest activity first, then waits for a commit. */
  private void renderAhead() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (!closed) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      dirty.set(false);
      try {
        int made = pass();
        if (made > 0) {
          LOG.info(String.format("story answers: made %d in %.1f s (%.1f s of CPU); %d stories kept in %.1f MiB", made,
              (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9, kept.size(), bytes.get() / 1048576.0));
        }
        awaitCommit();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        LOG.log(Level.WARNING, "the story renderer failed; requests render the stories it did not", e);
        sleepQuietly(1000);
      }
    }
  }

  /** One walk over the stories, latest first; returns how many it made; stops early at a commit or when the budget is spent. */
  private int pass() throws InterruptedException {
    int made = 0;
    for (int offset = 0; !closed; offset += LIST_PAGE) {
      List<Story> page = site.reader.stories(StoryOrder.LATEST, offset, LIST_PAGE);
      for (Story s : page) {
        if (dirty.get() || closed || bytes.get() > budget - budget / 10) {
          return made;
        }
        Kept k = kept.get(s.id());
        if (k == null || !revisions.current(k.stamp)) {
          long started = System.nanoTime();
          try {
            make(s.id());
            made++;
          } catch (Problem gone) {
            // merged away since the list was read
          }
          giveWay(System.nanoTime() - started);
        }
      }
      if (page.size() < LIST_PAGE) {
        return made;
      }
    }
    return made;
  }

  private void giveWay(long worked) throws InterruptedException {
    if (System.nanoTime() - lastRequest < BUSY_NANOS) {
      TimeUnit.NANOSECONDS.sleep(Math.min(worked * YIELD_FACTOR, TimeUnit.MILLISECONDS.toNanos(50)));
    }
  }

  private void awaitCommit() throws InterruptedException {
    synchronized (dirty) {
      while (!dirty.get() && !closed) {
        dirty.wait();
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the renderer and waits for it (a few seconds at most), so that the store can be closed after. */
  @Override
  public void close() {
    closed = true;
    background.interrupt();
    try {
      background.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether an Accept-Encoding header takes gzip (named, or {@code *}, with a weight above 0). */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] fields = part.split(";");
      String coding = fields[0].strip().toLowerCase(java.util.Locale.ROOT);
      if ((coding.equals("gzip") || coding.equals("*")) && weight(fields) > 0) {
        return true;
      }
    }
    return false;
  }

  private static double weight(String[] fields) {
    for (int i = 1; i < fields.length; i++) {
      String f = fields[i].strip();
      if (f.startsWith("q=")) {
        try {
          return Double.parseDouble(f.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from memory
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
