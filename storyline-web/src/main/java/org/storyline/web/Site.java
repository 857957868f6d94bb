package org.storyline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.storyline.engine.StoreReader;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleSearch;

/**
 * What the handlers share: the store, search and writes, and how answers are written (JSON with an
 * ETag, pages from the precompiled templates, problems), and the checked reading of parameters.
 */
final class Site {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  final StoreReader reader;
  final ArticleSearch search;
  final Writes writes;
  final ServeOptions options;
  /** Every search a request makes runs through it (the search API, the search page, its feed). */
  final AdmissionGate searchGate;
  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Site.class.getClassLoader(), "org.storyline.web");

  Site(StoreReader reader, ArticleSearch search, Writes writes, ServeOptions options) {
    this.reader = reader;
    this.search = search;
    this.writes = writes;
    this.options = options;
    this.searchGate = new AdmissionGate(options.admission());
  }

  /** Writes {@code value} as JSON with a strong ETag; answers 304 when the client has it already. */
  void json(Context ctx, Object value) {
    byte[] body = Json.bytes(value);
    json(ctx, body, etag(body));
  }

  /** Writes {@code body}, JSON whose ETag is {@code etag}; answers 304 when the client has it already. */
  void json(Context ctx, byte[] body, String etag) {
    if (!notModified(ctx, etag)) {
      ctx.contentType(JSON).result(body);
    }
  }

  static final String JSON = "application/json";

  /** Sets the answer's ETag (to be asked again each time); answers 304 and says so when the client has it already. */
  static boolean notModified(Context ctx, String etag) {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    String known = ctx.header("If-None-Match");
    if (known != null && (known.strip().equals("*") || List.of(known.split(",")).stream().map(String::strip).anyMatch(etag::equals))) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /** Renders template {@code name} (a path under src/main/jte, e.g. "story.jte") with its one parameter. */
  void page(Context ctx, String name, Object model) {
    ctx.contentType(HTML).result(render(name, model));
  }

  static final String HTML = "text/html; charset=utf-8";

  /** Template {@code name} rendered with its one parameter, as UTF-8. */
  byte[] render(String name, Object model) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    templates.render(name, model, out);
    return out.toByteArray();
  }

  /** Answers a problem: problem details under /api, an error page elsewhere. */
  void fail(Context ctx, Problem problem) {
    ctx.status(problem.status());
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/problem+json").result(Json.bytes(problem.details(ctx.path())));
    } else {
      page(ctx, "error.jte", problem.details(ctx.path()));
    }
  }

  int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Problem.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'");
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(name + " must be a day as YYYY-MM-DD, not '" + text + "'");
    }
  }

  /** The story whose id starts with {@code id}; a 404 when none. */
  Story story(String id) {
    return prefixed(id, "story", () -> reader.story(id));
  }

  /** The article whose id starts with {@code id}; a 404 when none. */
  Article article(String id) {
    return prefixed(id, "article", () -> reader.articleByPrefix(id));
  }

  private static <T> T prefixed(String id, String what, java.util.function.Supplier<Optional<T>> find) {
    if (!id.matches("[0-9a-fA-F]{4,16}")) {
      throw Problem.notFound("no " + what + " '" + id + "': an id is 4 to 16 hex digits");
    }
    return find.get().orElseThrow(() -> Problem.notFound("no " + what + " with id '" + id + "'"));
  }

  /**
   * What a page calls an article the index holds without a title (a plain-text file): its label,
   * read from the store; "(untitled)" if the store no longer holds it.
   */
  String label(String articleId) {
    return reader.article(new ArticleId(articleId)).map(Article::label).orElse("(untitled)");
  }

  /** The headline a page gives each of these stories, by id; the id itself for one the store no longer holds. */
  Map<String, String> headlines(List<String> storyIds) {
    Map<StoryId, String> found = reader.headlines(storyIds.stream().map(StoryId::new).toList());
    Map<String, String> out = new HashMap<>();
    storyIds.forEach(id -> out.put(id, found.getOrDefault(new StoryId(id), id)));
    return out;
  }

  /** The story's stored articles, in the order they joined it. */
  List<Article> articles(Story story) {
    List<Article> out = new ArrayList<>(story.size());
    for (ArticleId id : story.articles()) {
      reader.article(id).ifPresent(out::add);
    }
    return out;
  }
}
