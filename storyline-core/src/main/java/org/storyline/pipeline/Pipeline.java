package org.storyline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.FileRead;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * Wires the stages: ingest, then clean, then hand batches to a sink. Stages that do not exist yet
 * are simply not here.
 *
 * <p>Articles reach the sink in batches of at most {@code batchSize}, in input order. Because a
 * storing sink commits each batch atomically and ignores articles it has, a run killed at any
 * point can be run again to complete the work with nothing lost or duplicated.
 */
public final class Pipeline {

  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final int batchSize;
  private final int cleaners;

  /** Cleans on the thread that reads. */
  public Pipeline(Ingestor ingestor, Cleaner cleaner, int batchSize) {
    this(ingestor, cleaner, batchSize, 1);
  }

  /**
   * With {@code cleaners} threads cleaning up to a batch of documents ahead of the one being handed
   * on, so that the sink's work on a batch (extracting, clustering, committing) and the cleaning of
   * the next share the cores; what reaches the sink and the listener, and in what order, is the
   * same as with one.
   */
  public Pipeline(Ingestor ingestor, Cleaner cleaner, int batchSize, int cleaners) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    if (cleaners < 1) {
      throw new IllegalArgumentException("cleaners must be at least 1: " + cleaners);
    }
    this.batchSize = batchSize;
    this.cleaners = cleaners;
  }

  /** Reads, cleans and hands on every article of {@code inputs} (files and folders). */
  public RunSummary run(List<Path> inputs, BatchSink sink, PipelineListener listener) {
    return run(inputs, sink, listener, InputMemory.NONE);
  }

  /**
   * The same, an input that {@code memory} recalls handed on as {@link BatchSink#recalled} instead
   * of being cleaned again (counted among the articles read, not among the new ones).
   */
  public RunSummary run(List<Path> inputs, BatchSink sink, PipelineListener listener, InputMemory memory) {
    ExecutorService cleaning = cleaners == 1 ? null : Executors.newFixedThreadPool(cleaners, r -> {
      Thread t = new Thread(r, "storyline-clean");
      t.setDaemon(true);
      return t;
    });
    try {
      Run run = new Run(sink, listener, memory, cleaning);
      List<Path> files = ingestor.listInputs(inputs, run::problem);
      listener.started(files.size());
      for (Path file : files) {
        readFile(file, run, memory, sink);
        run.files++;
        listener.fileDone(file);
      }
      run.flush();
      run.rethrowSinkFailure();
      return run.summary();
    } finally {
      if (cleaning != null) {
        cleaning.shutdownNow();
      }
    }
  }

  /**
   * One file: when the memory has a record of it, its bytes are compared with the record's first
   * (unchanged: the record's articles and problems are handed on as they were; lines appended to
   * JSON Lines: those of the record, then the new lines read); a file read to its end is
   * remembered by the sink with the last of its articles.
   */
  private void readFile(Path file, Run run, InputMemory memory, BatchSink sink) {
    InputRecord.Key key = InputRecord.Key.of(file, ingestor.options());
    Optional<InputRecord> before = memory.recallFile(key);
    Instant modified = modified(file);
    run.startFile();
    FileRead.Outcome outcome = ingestor.readFile(file, before.map(InputRecord::read), () -> run.replay(before.orElseThrow()),
        run::document, run::readProblem);
    if (outcome.kind() == FileRead.Kind.UNCHANGED) {
      run.replay(before.orElseThrow());
    }
    run.drain();
    run.rethrowSinkFailure();
    outcome.read().ifPresent(read -> sink.fileRead(run.endFile(key, read, modified)));
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH; // shown only: the reading that follows reports why the file cannot be read
    }
  }

  /** Cleans one input's articles without storing them, for {@code annotate}. */
  public List<Article> cleanFile(Path file, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    for (Path input : ingestor.listInputs(List.of(file), problems)) {
      ingestor.readFile(input, doc -> cleanOne(doc, problems).ifPresent(out::add), problems);
    }
    return out;
  }

  private Optional<Article> cleanOne(SourceDocument doc, Consumer<Problem> problems) {
    Cleaned c = clean(doc);
    if (c.problem() != null) {
      problems.accept(c.problem());
    }
    return c.article();
  }

  /** A document cleaned, or the problem that kept it from being cleaned. */
  private record Cleaned(Optional<Article> article, Problem problem) {}

  private Cleaned clean(SourceDocument doc) {
    try {
      return new Cleaned(Optional.of(cleaner.clean(doc)), null);
    } catch (RuntimeException e) {
      // a cleaner bug must not sink the batch: say which input it was and go on
      return new Cleaned(Optional.empty(), Problem.error(doc.origin(), "could not clean: " + oneLine(e)));
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  /** A document read (what the memory knew of it then, its cleaning under way) or a problem the reader met. */
  private record Ahead(SourceDocument doc, Optional<org.storyline.model.ArticleId> known, CompletableFuture<Cleaned> cleaned,
      Problem problem) {}

  /** The state of one run. */
  private final class Run {
    private final BatchSink sink;
    private final PipelineListener listener;
    private final InputMemory memory;
    private final List<Article> batch = new ArrayList<>();
    private int files;
    private int articles;
    private int added;
    private int errors;
    private int warnings;
    private RuntimeException sinkFailure;
    /** The current file's articles (each document's) and problems, in reading order. */
    private final List<org.storyline.model.ArticleId> fileArticles = new ArrayList<>();
    private final List<Problem> fileProblems = new ArrayList<>();

    /** Null: documents are cleaned on the reading thread, one at a time. */
    private final ExecutorService cleaning;
    /** Documents read and being cleaned, and the reader's problems among them, in reading order. */
    private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();

    Run(BatchSink sink, PipelineListener listener, InputMemory memory, ExecutorService cleaning) {
      this.sink = sink;
      this.listener = listener;
      this.memory = memory;
      this.cleaning = cleaning;
    }

    void document(SourceDocument doc) {
      if (sinkFailure != null) {
        return; // the run is over: the reader is only being let finish its file
      }
      Optional<org.storyline.model.ArticleId> known = memory.recall(doc);
      if (cleaning == null) {
        take(doc, known, () -> clean(doc));
        return;
      }
      // a document the memory knows stays known (it only learns), so it is not cleaned; one it does
      // not know is cleaned now and asked about again in its turn (the batches before may teach it)
      ahead.add(new Ahead(doc, known, known.isPresent() ? null : CompletableFuture.supplyAsync(() -> clean(doc), cleaning), null));
      while (ahead.size() > batchSize) {
        next();
      }
    }

    void startFile() {
      fileArticles.clear();
      fileProblems.clear();
    }

    /** What an earlier run read of the file, handed on as it was then: counted, not read again. */
    void replay(InputRecord before) {
      for (org.storyline.model.ArticleId id : before.articles()) {
        articles++;
        fileArticles.add(id);
        sink.known(id);
      }
      before.problems().forEach(this::problem);
    }

    InputRecord endFile(InputRecord.Key key, FileRead read, Instant modified) {
      return new InputRecord(key, read, modified, fileArticles, fileProblems);
    }

    /** A problem the reader met: in its turn among the documents read before it. */
    void readProblem(Problem problem) {
      if (ahead.isEmpty()) {
        problem(problem);
      } else {
        ahead.add(new Ahead(null, Optional.empty(), null, problem));
      }
    }

    /** Hands on everything read so far. */
    void drain() {
      while (!ahead.isEmpty()) {
        next();
      }
    }

    private void next() {
      Ahead a = ahead.poll();
      if (a.problem() != null) {
        problem(a.problem());
      } else if (sinkFailure != null || a.known().isPresent()) {
        take(a.doc(), a.known(), null);
      } else {
        take(a.doc(), memory.recall(a.doc()), a.cleaned()::join); // clean() fails with errors only, which join() passes on
      }
    }

    /** What the reading thread once did with each document, in reading order. */
    private void take(SourceDocument doc, Optional<org.storyline.model.ArticleId> known, java.util.function.Supplier<Cleaned> cleaned) {
      if (sinkFailure != null) {
        return;
      }
      if (known.isPresent()) {
        articles++;
        fileArticles.add(known.get());
        sink.recalled(known.get(), doc.origin());
        return;
      }
      Cleaned c = cleaned.get();
      if (c.problem() != null) {
        problem(c.problem());
      }
      c.article().ifPresent(article -> {
        memory.remember(doc, article);
        articles++;
        fileArticles.add(article.id());
        batch.add(article);
        if (batch.size() >= batchSize) {
          flush();
        }
      });
    }

    void problem(Problem problem) {
      fileProblems.add(problem);
      if (problem.isError()) {
        errors++;
      } else {
        warnings++;
      }
      listener.problem(problem);
    }

    /**
     * Hands the batch to the sink. A sink that fails (a store that cannot write) ends the run: its
     * failure is kept, not given to the reader (which would report it against an input line and
     * read on), and thrown once the current file is done.
     */
    void flush() {
      if (!batch.isEmpty() && sinkFailure == null) {
        try {
          added += sink.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
          sinkFailure = e;
        }
      }
      batch.clear();
    }

    void rethrowSinkFailure() {
      if (sinkFailure != null) {
        throw sinkFailure;
      }
    }

    RunSummary summary() {
      return new RunSummary(files, articles, added, errors, warnings);
    }
  }
}
