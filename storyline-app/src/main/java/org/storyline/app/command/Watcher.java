package org.storyline.app.command;

import java.io.PrintWriter;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.app.Main;
import org.storyline.clean.Cleaner;
import org.storyline.fetch.FetchException;
import org.storyline.fetch.Fetcher;
import org.storyline.fetch.Page;
import org.storyline.ingest.Pages;
import org.storyline.ingest.feed.Feed;
import org.storyline.ingest.feed.FeedFormatException;
import org.storyline.ingest.feed.FeedParser;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.kafka.DocumentPublisher;
import org.storyline.model.SourceDocument;
import org.storyline.store.SeenItems;

/**
 * One poll of a list of feeds: fetch each feed, and for each item not seen before fetch its page,
 * read it as HTML, clean it and store it, then remember the item. Every problem is one line on
 * {@code err} (and recorded in the store); the poll goes on with the next item or feed.
 *
 * <p>An item is remembered once its article is stored, or once it failed for good (a 4xx answer,
 * robots.txt, not HTML, no text); after a failure that may pass (a timeout, a 5xx answer) it is
 * tried again at the next poll. The article is stored before the item is remembered, so a process
 * killed between the two fetches the page again next time and the store keeps it once.
 *
 * <p>Page metadata comes first, the item's fills the gaps: title, date (else the day of the
 * fetch, as {@link DateSource#CAPTURE}), outlet (else the feed's title); the address is the item's link.
 */
final class Watcher {

  /** What one poll did. */
  record Poll(int feeds, int newItems, int pagesFetched, int stored, int errors) {}

  /** Of a page's documents: how many were taken (cleaned, or published), how many were new. */
  record Taken(int documents, int added) {}

  /** Where the pages' articles go: the engine, which analyses and stores them; or a Kafka topic. */
  interface Sink {
    /** Analyses and stores articles; returns how many were new. */
    int add(List<Article> articles);

    /**
     * Takes one page's documents: cleans them ({@code problems} hears of any that cannot be) and
     * {@link #add}s the articles. Returns how many documents were taken and how many are new.
     */
    default Taken take(List<SourceDocument> documents, Cleaner cleaner, List<Problem> problems) {
      List<Article> articles = new ArrayList<>();
      for (SourceDocument doc : documents) {
        try {
          articles.add(cleaner.clean(doc));
        } catch (RuntimeException e) {
          problems.add(Problem.error(doc.origin(), "could not clean: " + Main.oneLine(e)));
        }
      }
      return new Taken(articles.size(), add(articles));
    }

    /** Records problems met while fetching. */
    void recordProblems(List<Problem> problems);

    /**
     * Documents published on a topic as they are, for the Flink job to clean and analyse; a
     * document that cannot be published is a problem, and problems are only reported (no store).
     */
    static Sink publishing(DocumentPublisher publisher) {
      return new Sink() {
        @Override
        public int add(List<Article> articles) {
          throw new UnsupportedOperationException("a topic takes documents, not cleaned articles");
        }

        @Override
        public Taken take(List<SourceDocument> documents, Cleaner cleaner, List<Problem> problems) {
          documents.forEach(publisher::publish);
          List<Problem> failed = publisher.flush();
          problems.addAll(failed);
          return new Taken(documents.size() - failed.size(), documents.size() - failed.size());
        }

        @Override
        public void recordProblems(List<Problem> problems) {
          // no store to record them in: they are on stderr
        }
      };
    }

    /** A sink from two methods ({@code engine::add, engine::recordProblems}). */
    static Sink of(java.util.function.ToIntFunction<List<Article>> add, java.util.function.Consumer<List<Problem>> problems) {
      return new Sink() {
        @Override
        public int add(List<Article> articles) {
          return add.applyAsInt(articles);
        }

        @Override
        public void recordProblems(List<Problem> found) {
          problems.accept(found);
        }
      };
    }
  }

  private final List<URI> feeds;
  private final Fetcher fetcher;
  private final Cleaner cleaner;
  private final Sink store;
  private final SeenItems seen;
  private final PrintWriter err;

  private int newItems;
  private int pagesFetched;
  private int stored;
  private int errors;

  Watcher(List<URI> feeds, Fetcher fetcher, Cleaner cleaner, Sink store, SeenItems seen, PrintWriter err) {
    this.feeds = List.copyOf(feeds);
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.store = Objects.requireNonNull(store, "store");
    this.seen = Objects.requireNonNull(seen, "seen");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Polls every feed once. */
  Poll poll() throws InterruptedException {
    newItems = 0;
    pagesFetched = 0;
    stored = 0;
    errors = 0;
    for (URI feed : feeds) {
      pollFeed(feed);
    }
    return new Poll(feeds.size(), newItems, pagesFetched, stored, errors);
  }

  private void pollFeed(URI feedUri) throws InterruptedException {
    String feedName = feedUri.toString();
    Feed feed;
    try {
      Page page = fetcher.fetch(feedUri);
      feed = FeedParser.parse(page.body());
    } catch (FetchException e) {
      report(List.of(Problem.error(Origin.file(feedName), e.reason())));
      return;
    } catch (FeedFormatException e) {
      report(List.of(Problem.error(Origin.file(feedName), e.getMessage())));
      return;
    }
    for (Feed.Item item : feed.items()) {
      pollItem(feedUri, feed, item);
    }
  }

  private void pollItem(URI feedUri, Feed feed, Feed.Item item) throws InterruptedException {
    String feedName = feedUri.toString();
    Origin itemOrigin = new Origin(feedName, item.number());
    String key = item.key();
    if (key == null) {
      report(List.of(Problem.error(itemOrigin, "item has neither a link nor an id; skipped")));
      return;
    }
    URI link = link(feedUri, item.link());
    String url = link == null ? null : link.toString();
    if (seen.contains(feedName, key, url)) {
      return;
    }
    newItems++;
    if (link == null) {
      giveUp(feedName, key, null, Problem.error(itemOrigin, item.link() == null
          ? "item has no link to fetch" : "item link is not an http(s) address: '" + item.link() + "'"));
      return;
    }
    Origin origin = Origin.file(url);
    Page page;
    try {
      page = fetcher.fetch(link);
      pagesFetched++;
    } catch (FetchException e) {
      Problem problem = Problem.error(origin, e.reason());
      if (e.isTransient()) {
        report(List.of(problem)); // tried again at the next poll
      } else {
        giveUp(feedName, key, url, problem);
      }
      return;
    }
    if (!page.isHtml()) {
      giveUp(feedName, key, url, Problem.error(origin, "not an HTML page (content type "
          + (page.contentType() == null ? "none" : page.contentType()) + ")"));
      return;
    }
    List<SourceDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Pages.readPage(origin, page.body(), page.charset(), documents::add, problems::add);
    List<SourceDocument> items = documents.stream().map(doc -> withItem(doc, item, feed.title(), url, page)).toList();
    Taken taken = store.take(items, cleaner, problems);
    stored += taken.added();
    report(problems);
    seen.remember(feedName, key, url, taken.documents() == 0 ? firstError(problems) : "stored");
  }

  private static URI link(URI feedUri, String link) {
    if (link == null) {
      return null;
    }
    try {
      URI uri = feedUri.resolve(new URI(link.strip()));
      String scheme = uri.getScheme();
      return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? uri : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static SourceDocument withItem(SourceDocument doc, Feed.Item item, String feedTitle, String url, Page page) {
    DocumentMetadata m = doc.metadata();
    PublicationDate published = m.published() != null ? m.published()
        : item.published() != null ? PublicationDate.given(item.published(), DateSource.METADATA)
        : new PublicationDate(page.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate(), DateSource.CAPTURE, 0.5);
    DocumentMetadata metadata = new DocumentMetadata(
        item.id() != null ? item.id() : m.externalId(),
        m.title() != null ? m.title() : item.title(),
        url,
        published,
        m.outlet() != null ? m.outlet() : feedTitle);
    return new SourceDocument(doc.origin(), doc.format(), doc.source(), doc.content(), doc.contentMap(), metadata);
  }

  private void giveUp(String feed, String key, String url, Problem problem) {
    report(List.of(problem));
    seen.remember(feed, key, url, problem.reason());
  }

  private static String firstError(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).map(Problem::reason).findFirst().orElse("no article");
  }

  private void report(List<Problem> problems) {
    for (Problem p : problems) {
      err.println(p);
      errors += p.isError() ? 1 : 0;
    }
    err.flush();
    store.recordProblems(problems);
  }
}
