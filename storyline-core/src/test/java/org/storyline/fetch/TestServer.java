package org.storyline.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 only, on a free port, that records every request it gets. */
final class TestServer implements AutoCloseable {

  /** A request as the server saw it. */
  record Request(String path, long nanos, String userAgent) {}

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      synchronized (requests) {
        requests.add(new Request(path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
      }
      Handler h = handlers.get(exchange.getRequestURI().getRawPath());
      try {
        if (h == null) {
          send(exchange, 404, "text/plain", "not found");
        } else {
          h.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (timeouts, size caps): fine
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  TestServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  TestServer page(String path, String contentType, String body) {
    return on(path, ex -> send(ex, 200, contentType, body));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  long count(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).count();
  }

  static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(status, -1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
