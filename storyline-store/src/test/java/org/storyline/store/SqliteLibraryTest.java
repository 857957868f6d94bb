package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's native library is loaded from the one copy in the user's cache, made by the first store opened. */
class SqliteLibraryTest {

  @TempDir Path dir;

  @Test
  void openingAStore_loadsTheCachedLibrary() {
    try (JdbcArticleStore store = JdbcArticleStore.open(dir.resolve("s.db"))) {
      assertThat(store.count()).isZero();
    }
    String folder = System.getProperty("org.sqlite.lib.path");
    String name = System.getProperty("org.sqlite.lib.name");
    assertThat(folder).as("the driver was pointed at the cached copy").isNotNull();
    Path library = Path.of(folder, name);
    assertThat(Files.isRegularFile(library)).as("%s", library).isTrue();
    assertThat(library.getParent().getParent().getFileName()).hasToString("storyline");
  }
}
