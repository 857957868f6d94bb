package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storyline.engine.StoreReader;
import org.storyline.search.ArticleSearch;
import org.storyline.search.SearchSyntaxException;

/**
 * The web server: pages, the REST API under {@code /api/v1}, exports, feeds and the OpenAPI
 * document. Reads come from a {@link StoreReader} (thread-safe: a {@link PooledReader}), search from
 * an {@link ArticleSearch}, writes go to {@link Writes}; what the server keeps (rendered story answers,
 * answers to earlier requests) it drops when a commit of those writes changes what they show.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(ServeOptions.loopback(8080), reader, reader.search(), writes)) {
 *   server.join();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(WebServer.class.getName());

  /** The memory for rendered story answers unless told otherwise: a 10,000-article store's take 21 MiB. */
  public static final long DEFAULT_STORY_BYTES = StoryAnswers.DEFAULT_BUDGET;

  private final Javalin app;
  private final List<String> routes;
  private final Writes writes;

  private final StoryAnswers stories;

  private WebServer(Javalin app, List<String> routes, Writes writes, StoryAnswers stories) {
    this.app = app;
    this.routes = routes;
    this.writes = writes;
    this.stories = stories;
  }

  /**
   * Starts listening.
   *
   * @param search the full-text search; one that throws {@link UnsupportedOperationException} makes
   *     search answer 501 and the pages say that search is not available
   */
  public static WebServer start(ServeOptions options, StoreReader reader, ArticleSearch search, Writes writes) {
    return start(options, reader, search, writes, DEFAULT_STORY_BYTES);
  }

  /**
   * The same, keeping at most {@code storyBytes} of rendered story answers (0: every story page is
   * rendered at its request).
   */
  public static WebServer start(ServeOptions options, StoreReader reader, ArticleSearch search, Writes writes, long storyBytes) {
    Objects.requireNonNull(options, "options");
    Answers answers = new Answers();
    Writes served = answers.around(Objects.requireNonNull(writes, "writes"));
    Site site = new Site(Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(search, "search"), served, options);
    StoryAnswers stories = new StoryAnswers(site, storyBytes);
    served.listen(answers);
    served.listen(stories);
    List<String> routes = Collections.synchronizedList(new ArrayList<>());
    Javalin app = Javalin.create(config -> configure(config, options, site, answers, stories, routes));
    app.start(options.bind(), options.port());
    stories.start();
    return new WebServer(app, List.copyOf(routes), served, stories);
  }

  private static void configure(JavalinConfig config, ServeOptions options, Site site, Answers answers, StoryAnswers stories,
      List<String> routes) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = options.maxBodyBytes();
    config.http.generateEtags = false; // the API sets its own, on the JSON it writes
    // assets from the class path only: no request path is ever resolved against the filesystem
    config.staticFiles.enableWebjars();
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/org/storyline/web/static";
      files.location = Location.CLASSPATH;
    });
    config.events.handlerAdded(info -> routes.add(info.getHttpMethod().name() + " " + info.getPath()));
    Guard guard = new Guard(options.token());
    config.routes.before(guard::check);
    config.routes.before(stories::heard);
    config.routes.before(answers::lookUp); // after the guard: a cached answer needs the token too
    config.routes.after(answers::keep);
    new Api(site, stories).register(config.routes);
    new Pages(site, stories).register(config.routes);
    config.routes.exception(Problem.class, (e, ctx) -> site.fail(ctx, e));
    config.routes.exception(SearchSyntaxException.class, (e, ctx) -> site.fail(ctx, Problem.badRequest(e.getMessage())));
    config.routes.exception(UnsupportedOperationException.class,
        (e, ctx) -> site.fail(ctx, new Problem(501, "Not implemented", e.getMessage())));
    config.routes.exception(IllegalArgumentException.class, (e, ctx) -> site.fail(ctx, Problem.badRequest(e.getMessage())));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.log(Level.WARNING, "request failed: " + ctx.method() + " " + ctx.path(), e);
      site.fail(ctx, new Problem(500, "Internal server error", "the server failed on this request; its log says why"));
    });
    config.routes.error(404, ctx -> unlessAnswered(site, ctx, Problem.notFound("no page or call at " + ctx.path())));
    config.routes.error(413, ctx -> unlessAnswered(site, ctx, new Problem(413, "Content too large",
        "the request body is over the limit of " + options.maxBodyBytes() + " bytes")));
  }

  /** Javalin's own plain-text error is replaced; a handler's problem or error page stands. */
  private static void unlessAnswered(Site site, Context ctx, Problem problem) {
    String type = ctx.res().getContentType();
    if (type == null || !(type.startsWith("application/problem+json") || type.startsWith("text/html"))) {
      site.fail(ctx, problem);
    }
  }

  /** The port listened on (the one chosen when the options asked for 0). */
  public int port() {
    return app.port();
  }

  /** Every route registered, as {@code "GET /api/v1/stories/{id}"}, in registration order. */
  public List<String> routes() {
    return routes;
  }

  /**
   * The writes as this server makes them: a writer in the same process (a feed watcher) goes through
   * these, so that the answers the server keeps are dropped after each write, as after a POST.
   */
  public Writes writes() {
    return writes;
  }

  /** Waits until the server stops (Ctrl-C). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    stories.close();
    app.stop();
  }

  /** The server's address, as {@code http://127.0.0.1:PORT}, for the tests. */
  String base() {
    return "http://127.0.0.1:" + port();
  }

  /** The story answers kept, for the tests. */
  StoryAnswers storyAnswers() {
    return stories;
  }
}
