package org.storyline.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to {@code cap} bytes. Past the cap it either fails with {@link TooLarge}
 * (pages) or keeps the first {@code cap} bytes (robots.txt), and in both cases stops reading.
 * {@link #abort()} stops it from outside, on a timeout.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

  /** The body went past the cap; {@code seen} is how many bytes had come (or were announced). */
  static final class TooLarge extends IOException {
    final long seen;

    TooLarge(long seen) {
      super("body over the limit");
      this.seen = seen;
    }
  }

  private final long cap;
  private final boolean truncate;
  private final long announced;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  /** @param announced the {@code Content-Length}, or -1 */
  CappedBody(long cap, boolean truncate, long announced) {
    this.cap = cap;
    this.truncate = truncate;
    this.announced = announced;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (!truncate && announced > cap) {
      s.cancel();
      result.completeExceptionally(new TooLarge(announced));
      return;
    }
    s.request(1);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
    if (out.size() > cap) {
      subscription.cancel();
      if (truncate) {
        result.complete(java.util.Arrays.copyOf(out.toByteArray(), (int) cap));
      } else {
        result.completeExceptionally(new TooLarge(out.size()));
      }
      return;
    }
    subscription.request(1);
  }

  @Override
  public synchronized void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Stops reading (the caller gave up waiting). */
  synchronized void abort() {
    if (subscription != null) {
      subscription.cancel();
    }
    result.completeExceptionally(new IOException("aborted"));
  }
}
