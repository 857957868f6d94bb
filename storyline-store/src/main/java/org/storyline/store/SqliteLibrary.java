package org.storyline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where the SQLite driver loads its native library from. Left to itself, the driver copies the
 * library (1 MB) out of its jar into the temporary folder under a new name at every start, and
 * reads both back to compare them: a good part of a short command's start. Here the copy is made
 * once, into the user's cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache}, not a folder
 * other users can write to), in a folder named after the driver's version and the platform, and
 * the driver loads it from there ({@code org.sqlite.lib.path}). When that cannot be done, or those
 * properties are set already, the driver does as it always does.
 */
final class SqliteLibrary {

  private static boolean prepared; // guarded by the class

  private SqliteLibrary() {}

  /** Points the driver at the cached copy of its library (made now if missing); call before the first connection. */
  static synchronized void prepare() {
    if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    prepared = true;
    try {
      String folder = LibraryLoaderUtil.getNativeLibResourcePath();
      String name = LibraryLoaderUtil.getNativeLibName();
      Path cached = cacheFolder().resolve("storyline").resolve(
          "sqlite-" + SQLiteJDBCLoader.getVersion() + folder.replace("/org/sqlite/native", "").replace('/', '-')).resolve(name);
      if (!Files.isRegularFile(cached) && !copy(folder + "/" + name, cached)) {
        return;
      }
      System.setProperty("org.sqlite.lib.path", cached.getParent().toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (IOException | RuntimeException e) {
      // the driver extracts its library to the temporary folder, as it does by default
    }
  }

  /** Copies the driver's library out of its jar to {@code to}, whole or not at all; false when the jar has none for this platform. */
  private static boolean copy(String resource, Path to) throws IOException {
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false; // the driver looks for a library installed on the system
      }
      Files.createDirectories(to.getParent());
      Path partial = Files.createTempFile(to.getParent(), to.getFileName().toString(), ".part");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
      return true;
    }
  }

  private static Path cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
  }
}
