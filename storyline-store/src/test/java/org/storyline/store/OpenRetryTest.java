package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class OpenRetryTest {

  private static final Path FILE = Path.of("store.db");

  private final List<Long> waits = new ArrayList<>();

  @Test
  void aPassingIoError_isRetried_andTheOpenThatFollowsIsReturned() {
    int[] calls = {0};
    String opened = OpenRetry.open(() -> {
      if (++calls[0] < 3) {
        throw failure(SQLiteErrorCode.SQLITE_IOERR_FSTAT);
      }
      return "open";
    }, waits::add);
    assertThat(opened).isEqualTo("open");
    assertThat(calls[0]).isEqualTo(3);
    assertThat(waits).containsExactly(OpenRetry.FIRST_WAIT_MS, 2 * OpenRetry.FIRST_WAIT_MS);
  }

  @Test
  void anIoErrorThatStays_isThrownAfterTheLastAttempt() {
    int[] calls = {0};
    assertThatThrownBy(() -> OpenRetry.open(() -> {
      calls[0]++;
      throw failure(SQLiteErrorCode.SQLITE_IOERR_SHMOPEN);
    }, waits::add)).isInstanceOf(StoreException.class).rootCause().hasMessageContaining("SQLITE_IOERR_SHMOPEN");
    assertThat(calls[0]).isEqualTo(OpenRetry.ATTEMPTS);
    assertThat(waits).hasSize(OpenRetry.ATTEMPTS - 1);
  }

  @Test
  void aFileThatIsNoStore_failsAtOnce() {
    int[] calls = {0};
    assertThatThrownBy(() -> OpenRetry.open(() -> {
      calls[0]++;
      throw failure(SQLiteErrorCode.SQLITE_NOTADB);
    }, waits::add)).isInstanceOf(StoreException.class);
    assertThat(calls[0]).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aStoreExceptionWithoutSqliteCause_failsAtOnce() {
    int[] calls = {0};
    assertThatThrownBy(() -> OpenRetry.open(() -> {
      calls[0]++;
      throw new StoreException(FILE, "is a store of a newer Storyline");
    }, waits::add)).hasMessageContaining("newer");
    assertThat(calls[0]).isEqualTo(1);
  }

  private static StoreException failure(SQLiteErrorCode code) {
    return new StoreException(FILE, "cannot open the store", new SQLiteException("[" + code.name() + "] " + code.message, code));
  }
}
