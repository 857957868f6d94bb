package org.storyline.app.command;

import java.io.PrintWriter;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.extract.Extractor;
import org.storyline.store.Stores;
import picocli.CommandLine.Option;

/**
 * The {@code --store STORE} option shared by the commands that use the store: a file path (a SQLite
 * store) or a JDBC address ({@code jdbc:postgresql://HOST/DATABASE?user=..}, a PostgreSQL store).
 */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description = "The store: a file, or a PostgreSQL database as jdbc:postgresql://HOST/DATABASE?user=USER"
          + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "storyline.db")
  String location;

  /** The store, for reading (and for an engine to write). */
  Store open() {
    return Stores.open(location);
  }

  /** The engine on an open store: takes its writer's lock. */
  static Engine engine(Store store) {
    return Engine.open(store, EngineConfig.defaults());
  }

  /** One line on {@code err} when stored extractions were made by other extractors than these. */
  static void noteOutdated(Store store, PrintWriter err) {
    long outdated = store.outdatedExtractions(Extractor.VERSION);
    if (outdated > 0) {
      err.println("storyline: note: " + outdated + " stored articles were analysed by another version of the extractors;"
          + " 'storyline reanalyze --store " + store.location() + "' brings them up to date");
      err.flush();
    }
  }
}
