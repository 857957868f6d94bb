package org.storyline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/**
 * The articles of a store, in either database: one SQLite file, in write-ahead-log mode with full
 * syncs, that an analyst can open with the {@code sqlite3} shell, or a PostgreSQL database (dates
 * are ISO text, the layout and source map JSON; see {@link Schema} for the tables).
 *
 * <pre>{@code
 * try (JdbcArticleStore store = JdbcArticleStore.open(Path.of("storyline.db"))) {
 *   AddResult r = store.add(articles);
 *   store.findByIdPrefix("3f9a").ifPresent(a -> System.out.println(a.title()));
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link StoreException} whose message starts with the file and, for a
 * write, names the article at fault; a failed {@link #add} has stored nothing of its batch. Using
 * a closed store throws {@link IllegalStateException}.
 *
 * <p>Text is kept as SQLite TEXT (UTF-8), which cannot hold an unpaired UTF-16 surrogate; an
 * article with one in any of its strings is refused rather than stored changed (see {@link #add}).
 *
 * <p>Not thread-safe. Several processes may open the same store; writes are serialised by SQLite
 * (waiting up to {@link #BUSY_TIMEOUT_MS} for each other) or by PostgreSQL's row locks.
 */
public final class JdbcArticleStore implements ArticleStore {

  /** How long a write waits for another process's write before failing. */
  public static final int BUSY_TIMEOUT_MS = 10_000;

  private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-f]{4,16}");

  private static final String INSERT_ARTICLE = """
      INSERT INTO articles (id, title, published, published_source, published_confidence, outlet, url, format,
                            text, source, layout, source_map, derived_length, source_length, word_count, stored_at,
                            batch, arrival, cluster_date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING""";
  private static final String INSERT_ORIGIN = """
      INSERT INTO article_origins (article_id, file, record, first_seen) VALUES (?, ?, ?, ?)
      ON CONFLICT (article_id, file, record) DO NOTHING""";
  private static final String INSERT_REMOVAL =
      "INSERT INTO removals (article_id, seq, src_start, src_end, reason) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_PROBLEM =
      "INSERT INTO problems (file, record, severity, reason, at) VALUES (?, ?, ?, ?, ?)";

  /** Articles with the origin they were first read from (the first row of article_origins). */
  private static final String SELECT_ARTICLES = """
      SELECT a.id, a.title, a.published, a.published_source, a.published_confidence, a.outlet, a.url, a.format,
             a.text, a.source, a.layout, a.source_map, a.derived_length, a.source_length, o.file, o.record
      FROM articles a
      LEFT JOIN article_origins o
        ON o.id = (SELECT min(f.id) FROM article_origins f WHERE f.article_id = a.id)
      """;

  /** Test seam: called inside {@link #add}'s transaction before each article is written. */
  @FunctionalInterface
  interface WriteHook {
    WriteHook NONE = (index, article) -> {};

    void beforeArticle(int index, Article article) throws SQLException;
  }

  private final String location;
  private final Path file; // null for a PostgreSQL store
  private Connection db; // null once closed
  private final PreparedQueries queries;
  private WriteHook writeHook = WriteHook.NONE;

  private JdbcArticleStore(String location, Path file, Connection db) {
    this.location = location;
    this.file = file;
    this.db = db;
    this.queries = new PreparedQueries(db);
  }

  /**
   * Opens the store at {@code file}, creating the file (and missing folders) when it does not
   * exist and bringing an older store to the current schema.
   *
   * <p>An I/O error that another process can cause for a moment (one opening or reading the same
   * file) is retried a few times over about a second ({@link OpenRetry}).
   *
   * @throws StoreException when the file is not SQLite, is a SQLite database of something else, or
   *     is a store of a newer Storyline, or cannot be read or created
   */
  public static JdbcArticleStore open(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new StoreException(file, "is a folder; a store is a file (e.g. " + file.resolve("storyline.db") + ")");
    }
    createParent(file);
    return OpenRetry.open(() -> openOnce(file));
  }

  private static JdbcArticleStore openOnce(Path file) {
    SqliteLibrary.prepare();
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    Connection db = null;
    try {
      db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      Schema.prepare(db, file);
      return new JdbcArticleStore(file.toString(), file, db);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(db, e);
      throw e instanceof StoreException se ? se : new StoreException(file, "cannot open the store: " + e.getMessage(), e);
    }
  }

  /** Opens the store at {@code location}: a PostgreSQL address ({@link #openPostgres}), else a file ({@link #open}). */
  static JdbcArticleStore at(String location) {
    return location.startsWith(Stores.POSTGRES_PREFIX) ? openPostgres(location) : open(Path.of(location));
  }

  /**
   * Opens the PostgreSQL store at {@code url} ({@code jdbc:postgresql://HOST/DATABASE?user=..}),
   * bringing an empty database to the current schema.
   *
   * @throws StoreException when the server cannot be reached, refuses the user, or the database
   *     holds other tables than a store's, or a newer Storyline's store
   */
  static JdbcArticleStore openPostgres(String url) {
    Objects.requireNonNull(url, "url");
    String location = withoutPassword(url);
    Connection db = null;
    try {
      db = DriverManager.getConnection(url);
      Schema.preparePostgres(db, location);
      return new JdbcArticleStore(location, null, db);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(db, e);
      throw e instanceof StoreException se ? se : new StoreException(location, "cannot open the store: " + e.getMessage(), e);
    }
  }

  /** A database address as it may be shown: its password parameter, if any, masked. */
  static String withoutPassword(String url) {
    return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
  }

  /** Where this store lives: its file, or its database address without password. */
  public String location() {
    return location;
  }

  /**
   * The file this store lives in.
   *
   * @throws IllegalStateException for a store in PostgreSQL, which has none
   */
  public Path file() {
    if (file == null) {
      throw new IllegalStateException(location + ": a PostgreSQL store has no file");
    }
    return file;
  }

  /** The database this store lives in. */
  Dialect dialect() {
    return file == null ? Dialect.POSTGRES : Dialect.SQLITE;
  }

  /** The stories, duplicates and cluster decisions kept beside the articles (schema version 2). */
  public StoryTables storyTables() {
    return new StoryTables(location, db(), queries());
  }

  /** The schema version of the file: {@link Schema#LATEST} once open. */
  public int schemaVersion() {
    try {
      return Schema.version(db());
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the schema version: " + e.getMessage(), e);
    }
  }

  /**
   * Stores the batch in one transaction. An article whose id is stored already (by an earlier
   * batch, or earlier in this one) is not stored again; its origin is recorded as one more source
   * unless that origin is known. Each id appears once in the result, in batch order: in {@code
   * added} when this call stored it, else in {@code alreadyStored}.
   *
   * @throws StoreException naming the file and the article when any article cannot be stored
   *     (including one holding an unpaired UTF-16 surrogate); nothing of the batch is then stored
   */
  @Override
  public AddResult add(List<Article> batch) {
    Objects.requireNonNull(batch, "batch");
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i) == null) {
        throw new NullPointerException("batch holds null at index " + i);
      }
    }
    Connection c = db();
    if (batch.isEmpty()) {
      return new AddResult(List.of(), List.of());
    }
    try {
      return Sql.inTransaction(c, () -> {
        AddResult r = addIn(batch, 0);
        SearchLog.log(c, r.added(), List.of()); // indexed when a writer next opens the store
        return r;
      });
    } catch (SQLException e) {
      throw new StoreException(location, "could not store a batch of " + batch.size() + " articles: "
          + e.getMessage() + "; nothing of the batch was stored", e);
    }
  }

  /**
   * Stores a batch inside the caller's transaction, as batch {@code batchNumber} (0: the next
   * number), each new article numbered in arrival order after every stored one.
   */
  AddResult addIn(List<Article> batch, long batchNumber) throws SQLException {
    Connection c = db();
    String now = now();
    long number = batchNumber > 0 ? batchNumber : Sql.queryLong(c, "SELECT coalesce(max(batch), 0) + 1 FROM articles");
    long arrival = Sql.queryLong(c, "SELECT coalesce(max(arrival), 0) FROM articles");
    Article[] current = new Article[1];
    try {
      List<ArticleId> added = new ArrayList<>();
      List<ArticleId> already = new ArrayList<>();
      Set<ArticleId> seen = new HashSet<>();
      try (PreparedStatement article = c.prepareStatement(INSERT_ARTICLE);
          PreparedStatement origin = c.prepareStatement(INSERT_ORIGIN);
          PreparedStatement removal = c.prepareStatement(INSERT_REMOVAL)) {
        for (int i = 0; i < batch.size(); i++) {
          Article a = batch.get(i);
          current[0] = a;
          writeHook.beforeArticle(i, a);
          article.setLong(17, number);
          article.setLong(18, arrival + added.size() + 1);
          article.setString(19, a.published() == null ? null : a.published().date().toString());
          boolean isNew = insertArticle(article, removal, a, now);
          insertOrigin(origin, a.id(), a.origin(), now);
          if (seen.add(a.id())) {
            (isNew ? added : already).add(a.id());
          }
        }
      }
      return new AddResult(added, already);
    } catch (SQLException | RuntimeException e) {
      Article a = current[0];
      String at = a == null ? "" : " at article " + a.id() + " (" + a.origin() + ")";
      throw new StoreException(location, "could not store a batch of " + batch.size() + " articles" + at + ": "
          + e.getMessage() + "; nothing of the batch was stored", e);
    }
  }

  @Override
  public void recordProblems(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    Connection c = db();
    if (problems.isEmpty()) {
      return;
    }
    try {
      Sql.inTransaction(c, () -> {
        recordProblemsIn(problems);
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException(location, "could not record " + problems.size() + " problems: " + e.getMessage(), e);
    }
  }

  /** Records, inside the caller's transaction, that stored articles were read again from these origins. */
  void addOriginsIn(List<org.storyline.engine.BatchUpdate.Reread> rereads) throws SQLException {
    String now = now();
    try (PreparedStatement origin = db().prepareStatement(INSERT_ORIGIN)) {
      for (org.storyline.engine.BatchUpdate.Reread r : rereads) {
        insertOrigin(origin, r.article(), r.origin(), now);
      }
    }
  }

  /** Records problems inside the caller's transaction. */
  void recordProblemsIn(List<Problem> problems) throws SQLException {
    String now = now();
    try (PreparedStatement st = db().prepareStatement(INSERT_PROBLEM)) {
      for (Problem p : problems) {
        st.setString(1, replaceUnpaired(p.origin().file()));
        st.setLong(2, p.origin().record());
        st.setString(3, p.severity().name());
        st.setString(4, replaceUnpaired(p.reason()));
        st.setString(5, now);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /**
   * The problems recorded so far, oldest first. Unpaired UTF-16 surrogates in their text were
   * stored as U+FFFD.
   */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    try (PreparedStatement st = db().prepareStatement("SELECT file, record, severity, reason FROM problems ORDER BY id");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(new Problem(new Origin(rs.getString(1), rs.getLong(2)),
            Problem.Severity.valueOf(rs.getString(3)), rs.getString(4)));
      }
      return out;
    } catch (SQLException | IllegalArgumentException e) {
      throw new StoreException(location, "cannot read the problems: " + e.getMessage(), e);
    }
  }

  @Override
  public long count() {
    try (PreparedStatement st = db().prepareStatement("SELECT count(*) FROM articles");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException(location, "cannot count the articles: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Article> get(ArticleId id) {
    Objects.requireNonNull(id, "id");
    try {
      return queries().query(SELECT_ARTICLES + " WHERE a.id = ?",
          rs -> rs.next() ? Optional.of(article(rs, removals(id))) : Optional.<Article>empty(), id.value());
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * The article whose id starts with {@code prefix}, when exactly one does; empty when none does
   * and also when several do (ask {@link #idsWithPrefix} to tell the two apart).
   *
   * @param prefix 4 to 16 hex digits, either case
   * @throws IllegalArgumentException when {@code prefix} is not that
   */
  @Override
  public Optional<Article> findByIdPrefix(String prefix) {
    List<ArticleId> ids = idsWithPrefix(prefix, 2);
    return ids.size() == 1 ? get(ids.get(0)) : Optional.empty();
  }

  /**
   * Up to {@code limit} stored ids starting with {@code prefix}, in id order.
   *
   * @param prefix 4 to 16 hex digits, either case
   * @throws IllegalArgumentException when {@code prefix} is not that or {@code limit < 1}
   */
  public List<ArticleId> idsWithPrefix(String prefix, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    String p = prefix.toLowerCase(Locale.ROOT);
    if (!ID_PREFIX.matcher(p).matches()) {
      throw new IllegalArgumentException("an article id prefix is 4 to 16 hex digits, not '" + prefix + "'");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    // every id with the prefix sorts in [p, p + "g"): 'g' follows every hex digit
    try (PreparedStatement st = db().prepareStatement(
        "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?")) {
      st.setString(1, p);
      st.setString(2, p + "g");
      st.setInt(3, limit);
      List<ArticleId> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(new ArticleId(rs.getString(1)));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot look up id prefix " + p + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Article> all() {
    Connection c = db();
    try {
      Map<String, List<Removal>> removals = allRemovals(c);
      List<Article> out = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(
              SELECT_ARTICLES + " ORDER BY a.published IS NULL, a.published, a.id");
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(article(rs, removals.getOrDefault(rs.getString(1), List.of())));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot list the articles: " + e.getMessage(), e);
    }
  }

  /**
   * The articles first stored by a batch, in arrival order, each with the date it was clustered
   * with: its own, or the one inferred when it arrived (a later inference does not change it).
   */
  public List<Article> batch(long number) {
    Map<String, String> clusterDates = new HashMap<>();
    try (PreparedStatement st = db().prepareStatement("SELECT id, cluster_date FROM articles WHERE batch = ?")) {
      st.setLong(1, number);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          clusterDates.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read batch " + number + ": " + e.getMessage(), e);
    }
    List<Article> out = new ArrayList<>();
    for (Article a : select("WHERE a.batch = ? ORDER BY a.arrival", number)) {
      String clustered = clusterDates.get(a.id().value());
      out.add(a.published() == null || !a.published().isInferred() ? a
          : a.withPublished(clustered == null ? null : new PublicationDate(java.time.LocalDate.parse(clustered),
              a.published().source(), a.published().confidence())));
    }
    return out;
  }

  /** A page of articles by publication date (undated last), then id. */
  public List<Article> page(int offset, int limit) {
    return select("ORDER BY a.published IS NULL, a.published, a.id LIMIT ? OFFSET ?", limit, offset);
  }

  /** The stored articles of these ids (an unknown id is left out), a few hundred to a query. */
  public Map<ArticleId, Article> getAll(Collection<ArticleId> ids) {
    Map<ArticleId, Article> out = new LinkedHashMap<>();
    List<ArticleId> all = List.copyOf(ids);
    try {
      for (int from = 0; from < all.size(); from += 500) {
        List<ArticleId> part = all.subList(from, Math.min(all.size(), from + 500));
        String marks = Sql.marks(part.size());
        Map<String, List<Removal>> removals = removalsOf(part, marks);
        try (PreparedStatement st = Sql.prepare(db(), SELECT_ARTICLES + " WHERE a.id IN (" + marks + ")", Sql.values(part));
            ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            Article a = article(rs, removals.getOrDefault(rs.getString(1), List.of()));
            out.put(a.id(), a);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read " + all.size() + " articles: " + e.getMessage(), e);
    }
  }

  private Map<String, List<Removal>> removalsOf(List<ArticleId> ids, String marks) throws SQLException {
    Map<String, List<Removal>> out = new HashMap<>();
    try (PreparedStatement st = Sql.prepare(db(),
            "SELECT article_id, src_start, src_end, reason FROM removals WHERE article_id IN (" + marks + ") ORDER BY article_id, seq",
            Sql.values(ids));
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(removal(id, rs.getInt(2), rs.getInt(3), rs.getString(4)));
      }
    }
    return out;
  }

  /** The highest batch number stored; 0 when none is. */
  public long lastBatch() {
    try {
      return Sql.queryLong(db(), "SELECT coalesce(max(batch), 0) FROM articles");
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the last batch: " + e.getMessage(), e);
    }
  }

  /** The articles {@code tail} selects from {@code articles a}, in its order: their ids, then the articles a few hundred to a query. */
  private List<Article> select(String tail, Object... params) {
    List<ArticleId> ids = new ArrayList<>();
    try (PreparedStatement st = Sql.prepare(db(), "SELECT a.id FROM articles a " + tail, params); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        ids.add(new ArticleId(rs.getString(1)));
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the articles: " + e.getMessage(), e);
    }
    Map<ArticleId, Article> found = getAll(ids);
    return ids.stream().map(found::get).toList();
  }

  @Override
  public List<Origin> origins(ArticleId id) {
    Objects.requireNonNull(id, "id");
    try (PreparedStatement st = db().prepareStatement(
        "SELECT file, record FROM article_origins WHERE article_id = ? ORDER BY id")) {
      st.setString(1, id.value());
      List<Origin> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new Origin(rs.getString(1), rs.getLong(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read the origins of article " + id + ": " + e.getMessage(), e);
    }
  }

  /** Releases the file; later calls throw {@link IllegalStateException}. Closing twice is a no-op. */
  @Override
  public void close() {
    if (db == null) {
      return;
    }
    Connection c = db;
    db = null;
    try (c) {
      queries.close();
    } catch (SQLException e) {
      throw new StoreException(location, "could not close the store: " + e.getMessage(), e);
    }
  }

  void writeHook(WriteHook hook) {
    this.writeHook = Objects.requireNonNull(hook, "hook");
  }

  /** The open connection, for tests that look at the rows as an analyst would. */
  Connection connection() {
    return db();
  }

  /**
   * A second, read-only connection to this SQLite file, for a thread that reads while this one
   * writes: in write-ahead-log mode it sees each transaction once committed and never waits for
   * the writer. The caller closes it.
   */
  Connection openReader() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setReadOnly(true);
    try {
      return config.createConnection("jdbc:sqlite:" + file().toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException(file(), "cannot open a second connection: " + e.getMessage(), e);
    }
  }

  /** The connection's queries, each prepared once (see {@link PreparedQueries}). */
  PreparedQueries queries() {
    db(); // fails once closed
    return queries;
  }

  private Connection db() {
    if (db == null) {
      throw new IllegalStateException(location + ": the store is closed");
    }
    return db;
  }

  /** Writes the article and its removals unless its id is stored; true when it was new. */
  private boolean insertArticle(PreparedStatement st, PreparedStatement removal, Article a, String now)
      throws SQLException {
    checkStorable(a, dialect());
    int i = 0;
    st.setString(++i, a.id().value());
    st.setString(++i, a.title());
    PublicationDate date = a.published();
    st.setString(++i, date == null ? null : date.date().toString());
    st.setString(++i, date == null ? null : date.source().name());
    if (date == null) {
      st.setNull(++i, Types.REAL);
    } else {
      st.setDouble(++i, date.confidence());
    }
    st.setString(++i, a.outlet());
    st.setString(++i, a.url());
    st.setString(++i, a.format().name());
    st.setString(++i, a.text());
    st.setString(++i, a.source());
    st.setString(++i, JsonColumns.layout(a.layout()));
    st.setString(++i, JsonColumns.sourceMap(a.sourceMap()));
    st.setInt(++i, a.text().length());
    st.setInt(++i, a.source().length());
    st.setInt(++i, a.wordCount());
    st.setString(++i, now);
    if (st.executeUpdate() == 0) {
      return false;
    }
    List<Removal> removed = a.removed();
    for (int seq = 0; seq < removed.size(); seq++) {
      Removal r = removed.get(seq);
      removal.setString(1, a.id().value());
      removal.setInt(2, seq);
      removal.setInt(3, r.source().start());
      removal.setInt(4, r.source().end());
      removal.setString(5, r.reason().name());
      removal.addBatch();
    }
    removal.executeBatch();
    return true;
  }

  private static void insertOrigin(PreparedStatement st, ArticleId id, Origin origin, String now)
      throws SQLException {
    st.setString(1, id.value());
    st.setString(2, origin.file());
    st.setLong(3, origin.record());
    st.setString(4, now);
    st.executeUpdate();
  }

  /**
   * Refuses strings the database's UTF-8 would change or refuse, so that {@link #get} gives back what
   * was added: an unpaired surrogate (either database), a NUL character (PostgreSQL's text has none).
   */
  private static void checkStorable(Article a, Dialect dialect) {
    String[][] fields = {
      {"title", a.title()}, {"outlet", a.outlet()}, {"url", a.url()}, {"text", a.text()},
      {"source", a.source()}, {"origin file", a.origin().file()}};
    for (String[] field : fields) {
      if (field[0].equals("source") && a.source() == a.text()) {
        continue; // the text as given (JSON Lines, plain text) is its own source: scanned once
      }
      int at = unpairedSurrogate(field[1]);
      if (at >= 0) {
        throw new IllegalArgumentException("its " + field[0] + " holds an unpaired UTF-16 surrogate at offset " + at
            + ", which the store's UTF-8 cannot keep; replace it (e.g. by U+FFFD) before storing");
      }
      int nul = dialect == Dialect.POSTGRES && field[1] != null ? field[1].indexOf('\0') : -1;
      if (nul >= 0) {
        throw new IllegalArgumentException("its " + field[0] + " holds a NUL character at offset " + nul
            + ", which PostgreSQL's text cannot keep; remove it before storing");
      }
    }
  }

  /** The offset of the first unpaired surrogate of {@code s}, or -1 (also for null). */
  static int unpairedSurrogate(String s) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!Character.isSurrogate(ch)) {
        continue; // nearly every character: one range test
      }
      if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  static String replaceUnpaired(String s) {
    if (unpairedSurrogate(s) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s);
    for (int at = unpairedSurrogate(out.toString()); at >= 0; at = unpairedSurrogate(out.toString())) {
      out.setCharAt(at, '\uFFFD');
    }
    return out.toString();
  }

  /** Builds the article of the current row of a {@link #SELECT_ARTICLES} query. */
  private Article article(ResultSet rs, List<Removal> removed) throws SQLException {
    String id = rs.getString(1);
    try {
      String published = rs.getString(3);
      PublicationDate date = published == null ? null
          : new PublicationDate(LocalDate.parse(published), DateSource.valueOf(rs.getString(4)), rs.getDouble(5));
      String text = rs.getString(9);
      String source = rs.getString(10);
      String originFile = rs.getString(15);
      if (originFile == null) {
        throw new IllegalArgumentException("it has no row in article_origins");
      }
      return new Article(
          new ArticleId(id),
          new Origin(originFile, rs.getLong(16)),
          SourceFormat.valueOf(rs.getString(8)),
          rs.getString(2),
          date,
          rs.getString(6),
          rs.getString(7),
          text,
          JsonColumns.layout(rs.getString(11)),
          source,
          JsonColumns.sourceMap(rs.getString(12), rs.getInt(13), rs.getInt(14)),
          removed);
    } catch (RuntimeException e) { // a row edited by hand, or by a Storyline with another model
      throw new StoreException(location, "article " + id + " cannot be read back: " + e.getMessage(), e);
    }
  }

  private List<Removal> removals(ArticleId id) throws SQLException {
    return queries().query("SELECT src_start, src_end, reason FROM removals WHERE article_id = ? ORDER BY seq", rs -> {
      List<Removal> out = new ArrayList<>();
      while (rs.next()) {
        out.add(removal(id.value(), rs.getInt(1), rs.getInt(2), rs.getString(3)));
      }
      return out;
    }, id.value());
  }

  private Map<String, List<Removal>> allRemovals(Connection c) throws SQLException {
    Map<String, List<Removal>> out = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement(
            "SELECT article_id, src_start, src_end, reason FROM removals ORDER BY article_id, seq");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(removal(id, rs.getInt(2), rs.getInt(3), rs.getString(4)));
      }
    }
    return out;
  }

  private Removal removal(String articleId, int start, int end, String reason) {
    try {
      return new Removal(new Span(start, end), RemovalReason.valueOf(reason));
    } catch (IllegalArgumentException e) {
      throw new StoreException(location, "a removal of article " + articleId + " cannot be read back: " + e.getMessage(), e);
    }
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(file, "cannot create the folder " + parent + ": " + e, e);
    }
  }

  private static void closeQuietly(Connection db, Throwable failure) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
