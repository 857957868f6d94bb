package org.storyline.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two stores a contract test runs against. A test method annotated {@link Each} takes the kind
 * as its argument and asks it for a new store's location.
 *
 * <pre>{@code
 * @StoreKind.Each
 * void commit_isIdempotent(StoreKind kind) {
 *   try (Store s = Stores.open(kind.newStore(dir))) { ... }
 * }
 * }</pre>
 */
public enum StoreKind {

  /** A file in the test's folder. */
  SQLITE {
    @Override
    public String newStore(Path dir, String name) {
      return dir.resolve(name).toString();
    }
  },

  /** A new database on the test server ({@link TestPostgres}): skipped, or failed on CI, when there is none. */
  POSTGRES {
    @Override
    public String newStore(Path dir, String name) {
      return TestPostgres.newDatabase();
    }
  };

  /** The location of a new, empty store; {@code name} is the file's name in {@code dir} for SQLite. */
  public abstract String newStore(Path dir, String name);

  /** A new store named {@code s.db} in {@code dir} for SQLite. */
  public String newStore(Path dir) {
    return newStore(dir, "s.db");
  }

  /** A test run once per store kind, the kind its argument. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "{0}")
  @EnumSource(StoreKind.class)
  public @interface Each {}
}
