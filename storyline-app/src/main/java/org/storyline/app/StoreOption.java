package org.storyline.app;

import java.nio.file.Path;
import org.storyline.store.SqliteArticleStore;
import picocli.CommandLine.Option;

/** The {@code --store FILE} option shared by the commands that use the store. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description = "SQLite store file (default: ${DEFAULT-VALUE}).",
      defaultValue = "storyline.db")
  Path file;

  SqliteArticleStore open() {
    return SqliteArticleStore.open(file);
  }
}
