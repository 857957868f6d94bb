package org.storyline.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.storyline.search.ArticleSearch;
import org.storyline.search.Facets;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;

/**
 * The full-text index of a store's articles: a Lucene index in a folder beside the store, one
 * document an article (see {@link Fields}), searched with {@link ArticleSearch}.
 *
 * <p>It follows its store through {@link #sync}, which the store's writer calls after each of its
 * transactions: the index commits after the store, recording in the commit's user data the store's
 * id and the number of the store's last change it holds. An index behind its store (the process was
 * killed between the two commits, or the store was written by a Storyline without an index) catches
 * up from the changes the store logged; an index of another store, or ahead of its store, is
 * rebuilt.
 *
 * <p>Thread-safe: any number of threads search while one syncs. Searches use a {@link
 * SearcherManager}, refreshed after each sync; a process that only reads (the index written by
 * another process) looks for a newer commit at most once a second.
 */
public final class LuceneIndex implements ArticleSearch, AutoCloseable {

  static final String STORE_KEY = "storyline.store";
  static final String CHANGE_KEY = "storyline.change";
  /** The layout of the documents ({@link Fields#FORMAT}); absent in an index of the first layout. */
  static final String FORMAT_KEY = "storyline.format";
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final Path folder;
  private final FSDirectory directory;
  private final FacetsConfig config = Fields.facetsConfig();
  private final Analyzer analyzer = Fields.analyzer();
  private final Object refreshing = new Object();
  private volatile SearcherManager searchers; // null until the folder holds a commit
  private volatile long lastRefresh = System.nanoTime();
  private volatile boolean stale; // a sync committed since the searchers were refreshed
  private volatile Map<String, String> held; // the last commit's user data, once this process read or wrote it
  private IndexWriter writer; // opened by the first sync; guarded by this

  private LuceneIndex(Path folder, FSDirectory directory) {
    this.folder = folder;
    this.directory = directory;
  }

  /** Opens the index in {@code folder} (made by the first {@link #sync} when it does not exist). */
  public static LuceneIndex open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      return new LuceneIndex(folder, FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot open the search index: " + e.getMessage(), e);
    }
  }

  /** The folder the index lives in. */
  public Path folder() {
    return folder;
  }

  /**
   * Whether the last commit holds {@code source}'s id and last change ({@link
   * IndexSource#lastChange}) in this version's layout, i.e. the index is in step with it; opens no writer.
   */
  public boolean inStepWith(IndexSource source) {
    Map<String, String> held = committed();
    return source.storeId().equals(held.get(STORE_KEY)) && String.valueOf(source.lastChange()).equals(held.get(CHANGE_KEY))
        && Fields.FORMAT.equals(held.get(FORMAT_KEY));
  }

  /**
   * The user data of the last commit; empty when there is none. Read from the folder once, then
   * kept: only this process's syncs commit while it writes (a reader reads it once, to catch up).
   */
  Map<String, String> committed() {
    Map<String, String> h = held;
    if (h == null) {
      h = readCommitted();
      held = h;
    }
    return h;
  }

  private Map<String, String> readCommitted() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Map.of();
      }
      return SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IOException e) {
      throw failure("cannot read the search index's last commit", e);
    }
  }

  /** The number of the store's last change the index holds, -1 when it holds none. */
  public long heldChange() {
    String change = committed().get(CHANGE_KEY);
    return change == null ? -1 : Long.parseLong(change);
  }

  /**
   * Brings the index in step with {@code source} and commits it: the articles of the changes after
   * the one it holds are indexed again (only those whose story, date or entities differ are
   * rewritten); an index of another store, ahead of it, or of another layout ({@link Fields#FORMAT}),
   * is rebuilt. Only the process that
   * writes the store may call it (it opens the index's writer, which takes the index's lock).
   */
  public synchronized void sync(IndexSource source) {
    try {
      IndexWriter w = writer();
      IndexSync sync = new IndexSync(w, config, source);
      if (sync.run(committed())) {
        w.commit();
        held = Map.copyOf(sync.committing());
        stale = true; // the next search refreshes (an ingest nobody searches pays nothing)
      }
    } catch (IOException e) {
      throw failure("the search index could not follow the store (it catches up when the store is opened again)", e);
    }
  }

  /** Closes the index's writer (its changes are committed by each sync), releasing the index's lock. */
  public synchronized void releaseWriter() {
    if (writer != null) {
      try {
        writer.rollback();
      } catch (IOException e) {
        throw failure("cannot close the search index's writer", e);
      } finally {
        writer = null;
        held = null; // another process may write it from now on
      }
    }
  }

  private IndexWriter writer() throws IOException {
    if (writer == null) {
      IndexWriterConfig c = new IndexWriterConfig(analyzer);
      c.setCommitOnClose(false); // only sync commits, with the store's change number
      c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, c);
    }
    return writer;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      SearcherManager m = manager();
      if (m == null) {
        return new SearchResult(0, 0, List.of(), List.of(), Facets.none()); // the writer has not made it yet
      }
      FacetSearcher s = (FacetSearcher) m.acquire();
      try {
        if (!Fields.FORMAT.equals(s.format())) {
          throw new IllegalStateException(folder + ": the search index has an older layout; the process that writes the store"
              + " rebuilds it when it opens the store (search again then)");
        }
        return new LuceneSearch(s, config, analyzer).search(query);
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw failure("cannot search", e);
    }
  }

  /** The searcher manager, made once the index has a commit, refreshed at most once a second. */
  private SearcherManager manager() throws IOException {
    SearcherManager m = searchers;
    if (m == null || stale || System.nanoTime() - lastRefresh > REFRESH_NANOS) {
      refresh(stale);
      m = searchers;
    }
    return m;
  }

  /** Opens or refreshes the searchers; {@code wait}: even when another thread is refreshing. */
  private void refresh(boolean wait) throws IOException {
    synchronized (refreshing) {
      lastRefresh = System.nanoTime();
      stale = false;
      if (searchers == null) {
        if (DirectoryReader.indexExists(directory)) {
          searchers = new SearcherManager(directory, FacetSearcher.factory(config));
        }
        return;
      }
    }
    if (wait) {
      searchers.maybeRefreshBlocking();
    } else {
      searchers.maybeRefresh();
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.rollback(); // every sync committed; nothing else may reach the folder
      }
      directory.close();
    } catch (IOException e) {
      throw failure("cannot close the search index", e);
    }
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException(folder + ": " + what + ": " + e.getMessage(), e);
  }
}
