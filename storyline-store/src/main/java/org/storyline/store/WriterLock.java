package org.storyline.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.storyline.engine.StoreBusyException;

/**
 * The one-writer rule of a store file: an operating-system lock on {@code FILE.lock} beside it,
 * held while a writer is open and released by the system when the process ends however it ends, so
 * a killed writer never leaves the store locked.
 */
final class WriterLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static WriterLock take(Path store) {
    Path lockFile = store.resolveSibling(store.getFileName() + ".lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new WriterLock(channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // this process writes to it already
    } catch (IOException e) {
      close(channel);
      throw new StoreException(store, "cannot take the writer's lock " + lockFile + ": " + e.getMessage(), e);
    }
    close(channel);
    throw new StoreBusyException(store + ": another process is writing to this store (it holds " + lockFile.getFileName()
        + "); wait until it is done, or read from the store meanwhile");
  }

  private static void close(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was locked through it
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }
}
