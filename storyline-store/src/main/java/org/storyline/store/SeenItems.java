package org.storyline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * What {@code storyline watch} has seen of its feeds, so that an item is fetched once, also
 * across restarts: a small SQLite file of its own next to the store ({@code storyline.db} gets
 * {@code storyline.watch.db}), kept apart so the store's schema does not change. One table:
 *
 * <pre>
 * seen_items (feed TEXT, item TEXT, url TEXT, outcome TEXT, first_seen TEXT, PRIMARY KEY (feed, item))
 * </pre>
 *
 * {@code item} is the item's guid or id, else its link; {@code outcome} is {@code stored} or the
 * one-line reason it was given up on. An item counts as seen when its key is known for its feed or
 * its page address is known from any feed.
 *
 * <p>Not thread-safe. Failures are {@link StoreException}s naming the file.
 */
public final class SeenItems implements AutoCloseable {

  /** {@code PRAGMA application_id}: "STLW" in ASCII. */
  static final int APPLICATION_ID = 0x53544C57;
  private static final int VERSION = 1;

  private final Path file;
  private final Connection db;

  private SeenItems(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** The state file that goes with a store file: {@code x.db} gets {@code x.watch.db}, {@code x} gets {@code x.watch.db}. */
  public static Path besideStore(Path store) {
    String name = store.getFileName().toString();
    String base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    return store.resolveSibling(base + ".watch.db");
  }

  /**
   * The state file that goes with a store at {@code location}: beside a store file (see {@link
   * #besideStore(Path)}); for a store in a database, {@code DATABASE.watch.db} in the working folder.
   */
  public static Path besideStore(String location) {
    if (!location.startsWith(Stores.POSTGRES_PREFIX)) {
      return besideStore(Path.of(location));
    }
    String path = location.replaceFirst("\\?.*", "");
    String database = path.substring(path.lastIndexOf('/') + 1);
    return Path.of((database.isEmpty() ? "storyline" : database) + ".watch.db");
  }

  /** Opens (or creates) the state file. */
  public static SeenItems open(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(JdbcArticleStore.BUSY_TIMEOUT_MS);
      Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try {
        prepare(db, file);
      } catch (SQLException | RuntimeException e) {
        db.close();
        throw e;
      }
      return new SeenItems(file, db);
    } catch (StoreException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException(file, "cannot open the watch state: " + e.getMessage(), e);
    }
  }

  private static void prepare(Connection db, Path file) throws SQLException {
    try (Statement st = db.createStatement()) {
      int app = pragma(st, "application_id");
      int version = pragma(st, "user_version");
      if (app == 0 && version == 0) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
          if (rs.next() && rs.getInt(1) > 0) {
            throw new StoreException(file, "a SQLite database but not a Storyline watch state; Storyline will not write into it");
          }
        }
        st.execute("""
            CREATE TABLE seen_items (
              feed       TEXT NOT NULL,
              item       TEXT NOT NULL,
              url        TEXT,
              outcome    TEXT NOT NULL,  -- 'stored', or why the item was given up on
              first_seen TEXT NOT NULL,  -- ISO instant, UTC
              PRIMARY KEY (feed, item)
            )""");
        st.execute("CREATE INDEX seen_items_by_url ON seen_items (url)");
        st.execute("PRAGMA application_id = " + APPLICATION_ID);
        st.execute("PRAGMA user_version = " + VERSION);
      } else if (app != APPLICATION_ID) {
        throw new StoreException(file, "not a Storyline watch state (application_id " + app + "); is it the store itself?"
            + " Give the watch state its own file");
      } else if (version > VERSION) {
        throw new StoreException(file, "watch state version " + version + " is newer than this Storyline knows (" + VERSION + ")");
      }
    }
  }

  private static int pragma(Statement st, String name) throws SQLException {
    try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Whether the item {@code key} of {@code feed}, or any item with page {@code url}, was seen. */
  public boolean contains(String feed, String key, String url) {
    try (PreparedStatement st = db.prepareStatement(
        "SELECT 1 FROM seen_items WHERE (feed = ? AND item = ?) OR (? IS NOT NULL AND url = ?) LIMIT 1")) {
      st.setString(1, feed);
      st.setString(2, key);
      st.setString(3, url);
      st.setString(4, url);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot read the watch state: " + e.getMessage(), e);
    }
  }

  /** Remembers an item as done with: stored, or given up on for {@code outcome}. */
  public void remember(String feed, String key, String url, String outcome) {
    try (PreparedStatement st = db.prepareStatement(
        "INSERT INTO seen_items (feed, item, url, outcome, first_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      st.setString(1, feed);
      st.setString(2, key);
      st.setString(3, url);
      st.setString(4, outcome);
      st.setString(5, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(file, "cannot write the watch state: " + e.getMessage(), e);
    }
  }

  /** How many items are remembered. */
  public long count() {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM seen_items")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException(file, "cannot read the watch state: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException(file, "could not close the watch state: " + e.getMessage(), e);
    }
  }
}
