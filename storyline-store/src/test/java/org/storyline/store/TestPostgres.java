package org.storyline.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL for tests: a fresh, empty database for each caller ({@link #newDatabase}), on one
 * server per JVM. The server is, in order of preference:
 *
 * <ol>
 *   <li>the one at {@code STORYLINE_TEST_PG} (a JDBC address whose user may create databases), when
 *       that variable is set;
 *   <li>a throw-away server started from Debian's binaries ({@code /usr/lib/postgresql/N/bin}):
 *       {@code initdb} into a temporary folder, {@code pg_ctl start} on a free port with its socket in
 *       that folder, stopped and deleted when the JVM exits. PostgreSQL refuses to run as root, so as
 *       root both run as the user {@code postgres} (which the Debian package makes).
 * </ol>
 *
 * <p>When neither is there, a test asking for a database fails if the environment variable {@code
 * CI} is set (CI must test both stores: {@code .ci/run} installs the {@code postgresql} package), and
 * is skipped with the reason otherwise.
 */
public final class TestPostgres {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static Server server; // guarded by TestPostgres.class
  private static String unavailable; // why there is no server, once tried

  /** A server: the address of its maintenance database, and the address of a database on it by name. */
  private record Server(String admin, String prefix, String suffix) {
    String database(String name) {
      return prefix + name + suffix;
    }
  }

  private TestPostgres() {}

  /**
   * The JDBC address of a new empty database on the test server (dropped when the JVM exits when
   * the server is not a throw-away one).
   */
  public static String newDatabase() {
    return create(server(), "storyline_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
  }

  private static String create(Server s, String name) {
    try (Connection c = DriverManager.getConnection(s.admin()); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
    }
    return s.database(name);
  }

  /** Whether a server is there (starting one if need be), without failing or skipping. */
  public static synchronized boolean available() {
    if (server == null && unavailable == null) {
      try {
        server = start();
      } catch (IOException | RuntimeException e) {
        unavailable = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted while starting PostgreSQL";
      }
    }
    return server != null;
  }

  private static synchronized Server server() {
    if (!available()) {
      String reason = "no PostgreSQL for the tests: " + unavailable;
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(reason + " (CI must test the PostgreSQL store: install the postgresql package)");
      }
      Assumptions.abort(reason);
    }
    return server;
  }

  private static Server start() throws IOException, InterruptedException {
    String given = System.getenv("STORYLINE_TEST_PG");
    if (given != null && !given.isBlank()) {
      return external(given.strip());
    }
    Local local = Local.create();
    local.start();
    Runtime.getRuntime().addShutdownHook(new Thread(local::destroy, "storyline-test-pg-stop"));
    return local.server();
  }

  /**
   * A throw-away server of the caller's own, which it may stop and start again (fault tests: the
   * store's database going away mid-stream). Skipped (or failed under CI) as {@link #newDatabase}
   * is when Debian's binaries are not there; {@code STORYLINE_TEST_PG} is not used, as a server given
   * by address cannot be stopped by a test.
   */
  public static Own ownServer() {
    if (!available()) {
      server(); // fails or skips with the reason
    }
    try {
      Local local = Local.create();
      local.start();
      return new Own(local);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a PostgreSQL server of the test's own: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting PostgreSQL", e);
    }
  }

  /** A server of one test's own: new databases on it, stop and start; closing deletes it. */
  public static final class Own implements AutoCloseable {
    private final Local local;
    private final AtomicInteger databases = new AtomicInteger();

    private Own(Local local) {
      this.local = local;
    }

    /** The JDBC address of a new empty database on this server. */
    public String newDatabase() {
      return create(local.server(), "storyline_own" + databases.incrementAndGet());
    }

    /** Stops the server at once, as a crash would (no clean shut-down of its sessions). */
    public void stop() throws IOException, InterruptedException {
      local.stop("immediate");
    }

    /** Starts it again on the same port, after crash recovery; returns when it accepts connections. */
    public void start() throws IOException, InterruptedException {
      local.start();
    }

    @Override
    public void close() {
      local.destroy();
    }
  }

  /** A server run from Debian's binaries in a temporary folder (as the user postgres when we are root). */
  private record Local(boolean root, Path bin, Path dir, Path data, int port) {

    static Local create() throws IOException, InterruptedException {
      Path bin = binaries();
      boolean root = "root".equals(System.getProperty("user.name"));
      Path dir = Files.createTempDirectory("storyline-pg");
      if (root) {
        UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      }
      Local local = new Local(root, bin, dir, dir.resolve("data"), freePort());
      run(root, dir, bin.resolve("initdb").toString(), "-D", local.data.toString(), "-U", "postgres", "-A", "trust", "-E",
          "UTF8", "--no-sync", "--locale=C");
      return local;
    }

    void start() throws IOException, InterruptedException {
      run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
          "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off"
              + " -c full_page_writes=off -c max_connections=200", "start");
    }

    void stop(String mode) throws IOException, InterruptedException {
      run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", mode, "-w", "stop");
    }

    Server server() {
      String base = "jdbc:postgresql://localhost:" + port + "/";
      return new Server(base + "postgres?user=postgres", base, "?user=postgres");
    }

    /** Stops the server (if it runs) and deletes its folder. */
    void destroy() {
      try {
        stop("immediate");
      } catch (IOException | RuntimeException e) {
        System.err.println("TestPostgres: could not stop the server in " + dir + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        System.err.println("TestPostgres: could not delete " + dir + ": " + e.getMessage());
      }
    }
  }

  /** A server given by address: databases made on it are dropped at exit. */
  private static Server external(String url) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
      throw new IllegalStateException("STORYLINE_TEST_PG is not a JDBC address jdbc:postgresql://HOST[:PORT]/DATABASE[?..]: " + url);
    }
    String prefix = url.substring(0, slash + 1);
    String suffix = query < 0 ? "" : url.substring(query);
    Server s = new Server(url, prefix, suffix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(s), "storyline-test-pg-drop"));
    return s;
  }

  private static void dropAll(Server s) {
    String mine = "storyline_t" + ProcessHandle.current().pid() + "_";
    try (Connection c = DriverManager.getConnection(s.admin()); Statement st = c.createStatement()) {
      for (int i = 1; i <= DATABASES.get(); i++) {
        st.execute("DROP DATABASE IF EXISTS " + mine + i + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("TestPostgres: could not drop the test databases: " + e.getMessage());
    }
  }

  /** The newest PostgreSQL's binaries under /usr/lib/postgresql. */
  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("STORYLINE_TEST_PG is not set and " + root + " does not exist (apt-get install postgresql)");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparingInt(TestPostgres::major))
          .orElseThrow(() -> new IllegalStateException("no initdb and pg_ctl under " + root));
    }
  }

  private static int major(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Runs a PostgreSQL program (as the user postgres when we are root) and checks it succeeded. */
  private static void run(boolean root, Path dir, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (root) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Path out = dir.resolve("command.out");
    Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", line) + " did not finish in 120 s");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", line) + " failed (" + p.exitValue() + "): " + Files.readString(out).strip());
    }
  }
}
