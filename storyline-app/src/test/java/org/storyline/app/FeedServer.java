package org.storyline.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A server on 127.0.0.1 only, serving fixed bodies by path and recording every path asked for. */
final class FeedServer implements AutoCloseable {

  private record Body(int status, String type, String text) {}

  private final HttpServer server;
  private final Map<String, Body> bodies = new ConcurrentHashMap<>();
  private final List<String> requests = new ArrayList<>();

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  FeedServer serve(String path, String type, String text) {
    bodies.put(path, new Body(200, type, text));
    return this;
  }

  /**
   * Serves a feed of one item, "Flood" of 2024-03-05, whose page is titled "Flood in Valencia" and
   * says {@code paragraph}; writes a feed list naming it in {@code dir} and returns that list.
   */
  java.nio.file.Path floodFeed(java.nio.file.Path dir, String paragraph) throws IOException {
    serve("/feed.rss", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback Times</title>
          <item><title>Flood</title><link>%s</link><guid>g1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """.formatted(url("/flood.html")));
    serve("/flood.html", "text/html; charset=utf-8",
        "<html><head><title>Flood in Valencia</title></head><body><p>" + paragraph + "</p></body></html>");
    java.nio.file.Path list = dir.resolve("feeds.txt");
    java.nio.file.Files.writeString(list, url("/feed.rss") + "\n");
    return list;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  long count(String path) {
    synchronized (requests) {
      return requests.stream().filter(path::equals).count();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    synchronized (requests) {
      requests.add(path);
    }
    Body body = bodies.getOrDefault(path, new Body(404, "text/plain", "not found"));
    byte[] bytes = body.text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", body.type);
    ex.sendResponseHeaders(body.status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
