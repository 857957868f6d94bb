package org.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * The ingest stage: finds input files, reads their bytes, and hands on one {@link SourceDocument}
 * per article and one {@link Problem} per thing wrong with an input.
 *
 * <p>Contract. No method throws for bad content or a bad file: every problem goes to the {@code
 * problems} callback as one line naming the file (and the line, for JSONL) and the reason, and
 * reading goes on with the next record or file. An ERROR means nothing (of that record) was handed
 * on; a WARNING comes with a document that was. Stateless apart from its options; safe to share.
 *
 * <p>Formats, by file name: {@code .txt}, {@code .text}, none or unknown: plain text; {@code
 * .jsonl}, {@code .ndjson}: JSON Lines; {@code .html}, {@code .htm}, {@code .xhtml}: HTML; {@code
 * .warc}: WARC (its HTML responses); {@code .rss}, {@code .atom}, {@code .xml}: an RSS or Atom
 * feed (its items); a further {@code .gz} is decompressed first. Text and HTML inputs are read whole, up to {@link
 * IngestOptions#maxFileBytes()}; JSONL is streamed line by line, each line up to {@link
 * IngestOptions#maxRecordBytes()}, so a JSONL file may be of any size.
 *
 * <p>Problem messages of this class (those of decoding and of each format are in {@link Decoder},
 * {@link TextReader}, {@link JsonlReader} and {@link HtmlReader}):
 *
 * <ul>
 *   <li>{@code "no such file or directory"}, {@code "permission denied"}, {@code "is a directory"};
 *   <li>{@code "file is 104,857,600 bytes, over the 16,777,216-byte limit for one article"} (or
 *       {@code "decompressed content is ..."}, {@code "input is ..."} when the size is only known
 *       while reading);
 *   <li>{@code "line is 20,000,000 bytes, over the 16,777,216-byte limit for one record"} at the
 *       JSONL line;
 *   <li>{@code "not gzip data (...)"}, {@code "truncated gzip data (...)"}, {@code "corrupt gzip data (...)"};
 *   <li>{@code "read failed: <the I/O exception's message>"}.
 * </ul>
 *
 * <p>Example: {@code Ingestor in = Ingestor.withDefaults(); for (Path f : in.listInputs(paths,
 * report)) in.readFile(f, store, report);}
 */
public final class Ingestor {

  private final IngestOptions options;
  private final Map<InputFormat, DocumentReader> readers = new EnumMap<>(InputFormat.class);
  private final JsonlReader jsonl = new JsonlReader();

  public Ingestor(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    for (InputFormat format : InputFormat.values()) {
      if (!format.isStream()) {
        readers.put(format, format.newReader());
      }
    }
  }

  /** An ingestor with {@link IngestOptions#defaults()}. */
  public static Ingestor withDefaults() {
    return new Ingestor(IngestOptions.defaults());
  }

  public IngestOptions options() {
    return options;
  }

  /**
   * The files to read: each file path as given, each folder walked recursively with the entries
   * of every folder in name order, hidden files and folders (name starting with {@code .})
   * skipped. Paths are the given path plus the relative child ({@code news/2022/a.txt}). A missing
   * or unreadable path is a problem and is left out; a folder with no file to read is a warning.
   */
  public List<Path> listInputs(List<Path> paths, Consumer<Problem> problems) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(problems, "problems");
    List<Path> files = new ArrayList<>();
    Set<Path> walked = new HashSet<>();
    for (Path path : paths) {
      Objects.requireNonNull(path, "a path in paths");
      if (Files.isDirectory(path)) {
        int before = files.size();
        boolean[] reported = {false};
        walk(path, files, walked, p -> {
          reported[0] = true;
          problems.accept(p);
        });
        if (files.size() == before && !reported[0]) {
          // a run that reads nothing should say why rather than print empty counts
          problems.accept(Problem.warning(Origin.file(path.toString()), "no files to read in this folder (hidden ones are skipped)"));
        }
      } else {
        addFile(path, files, problems);
      }
    }
    return files;
  }

  private static void addFile(Path file, List<Path> files, Consumer<Problem> problems) {
    Origin origin = Origin.file(file.toString());
    if (!Files.exists(file)) {
      problems.accept(Problem.error(origin, Files.isSymbolicLink(file)
          ? "no such file or directory (broken symbolic link)" : "no such file or directory"));
    } else if (!Files.isReadable(file)) {
      problems.accept(Problem.error(origin, "permission denied"));
    } else {
      files.add(file);
    }
  }

  private static void walk(Path folder, List<Path> files, Set<Path> walked, Consumer<Problem> problems) {
    Origin origin = Origin.file(folder.toString());
    List<Path> children = new ArrayList<>();
    try {
      if (!walked.add(folder.toRealPath())) {
        problems.accept(Problem.warning(origin, "folder already listed (a symbolic link loop?); skipped"));
        return;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        entries.forEach(children::add);
      }
    } catch (AccessDeniedException e) {
      problems.accept(Problem.error(origin, "permission denied"));
      return;
    } catch (IOException e) {
      problems.accept(Problem.error(origin, "cannot list the folder: " + Messages.oneLine(e)));
      return;
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(child, files, walked, problems);
      } else if (Files.isRegularFile(child) || !Files.exists(child)) {
        addFile(child, files, problems); // a broken link is reported there
      }
    }
  }

  /**
   * Reads one file, its format chosen by its name (see the class comment), and hands on its
   * articles; origins name the file as {@code file.toString()}.
   */
  public void readFile(Path file, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    readFile(file, Optional.empty(), () -> {}, documents, problems);
  }

  /**
   * Reads one file as {@link #readFile(Path, Consumer, Consumer)} does, compared with {@code
   * before}, what an earlier complete reading of it covered: the same bytes are not read again
   * ({@link FileRead.Kind#UNCHANGED}, nothing handed on); in a JSON Lines file (not gzip) whose
   * earlier bytes are kept and only followed by more after a line end, {@code resumed} runs and then
   * only the lines after are handed on, numbered on ({@link FileRead.Kind#APPENDED}); any other file
   * is read whole. The bytes are hashed in the same pass that reads them, so the returned {@link
   * FileRead} is of exactly what was handed on (and what was not, being the same as before).
   */
  public FileRead.Outcome readFile(Path file, Optional<FileRead> before, Runnable resumed,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(resumed, "resumed");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(problems, "problems");
    Origin origin = Origin.file(file.toString());
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    InputFormat format = InputFormat.forFileName(name);
    boolean gzip = InputFormat.isGzip(name);
    try {
      if (Files.isDirectory(file)) {
        problems.accept(Problem.error(origin, "is a directory"));
        return UNREAD;
      }
      if (before.isPresent()) {
        Optional<FileRead.Outcome> known = compared(file, origin, format, gzip, before.get(), resumed, documents, problems);
        if (known.isPresent()) {
          return known.get();
        }
      }
      return new FileRead.Outcome(FileRead.Kind.WHOLE, readWhole(file, origin, format, gzip, documents, problems));
    } catch (NoSuchFileException e) {
      problems.accept(Problem.error(origin, "no such file or directory"));
    } catch (AccessDeniedException e) {
      problems.accept(Problem.error(origin, "permission denied"));
    } catch (BadGzip e) {
      problems.accept(Problem.error(origin, e.getMessage()));
    } catch (IOException e) {
      problems.accept(Problem.error(origin, "read failed: " + Messages.oneLine(e)));
    }
    return UNREAD;
  }

  /** A file not read to its end: nothing to remember of it. */
  private static final FileRead.Outcome UNREAD = new FileRead.Outcome(FileRead.Kind.WHOLE, Optional.empty());

  /** The whole file; what it was, unless it could not be read to its end. */
  private Optional<FileRead> readWhole(Path file, Origin origin, InputFormat format, boolean gzip,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) throws IOException {
    if (format.isStream()) {
      return readStream(file, origin, format, gzip, documents, problems);
    }
    if (format != InputFormat.JSONL && !gzip) {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        problems.accept(Problem.error(origin, Messages.overLimit("file", size, options.maxFileBytes(), "article")));
        return Optional.empty();
      }
    }
    try (HashingInput raw = new HashingInput(Files.newInputStream(file)); InputStream in = gzip ? gunzip(raw) : raw) {
      Lines lines = read(origin, in, format, gzip ? "decompressed content" : "file", documents, problems);
      raw.drain(); // a gzip member's trailing bytes, say: what was not read is hashed all the same
      return Optional.of(new FileRead(raw.count(), raw.hexSoFar(), lines.count(), raw.atLineStart(), lines.anyText()));
    }
  }

  /**
   * The file against an earlier reading of it, in one pass: the outcome when its bytes then are
   * still its first bytes and it either ends there or, JSON Lines, goes on with new lines (which are
   * read); empty when it has to be read whole.
   */
  private Optional<FileRead.Outcome> compared(Path file, Origin origin, InputFormat format, boolean gzip, FileRead before,
      Runnable resumed, Consumer<SourceDocument> documents, Consumer<Problem> problems) throws IOException {
    try (HashingInput raw = new HashingInput(Files.newInputStream(file))) {
      if (raw.consume(before.size()) != before.size() || !raw.hexSoFar().equals(before.sha256())) {
        return Optional.empty();
      }
      int next = raw.read();
      if (next < 0) {
        return Optional.of(new FileRead.Outcome(FileRead.Kind.UNCHANGED, Optional.of(before)));
      }
      if (format != InputFormat.JSONL || gzip || !before.endsAtLineEnd() || !before.anyText()) {
        return Optional.empty();
      }
      resumed.run();
      InputStream rest = new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) next}), raw);
      LineReader lines = new LineReader(rest, (int) options.maxRecordBytes(), before.size(), before.lines());
      Lines appended = readLines(origin, lines, documents, problems);
      return Optional.of(new FileRead.Outcome(FileRead.Kind.APPENDED,
          Optional.of(new FileRead(raw.count(), raw.hexSoFar(), appended.count(), raw.atLineStart(), true))));
    }
  }

  /** A WARC file or a feed: its reader is handed the stream, still compressed if it reads gzip itself. */
  private Optional<FileRead> readStream(Path file, Origin origin, InputFormat format, boolean gzip,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) throws IOException {
    try (HashingInput raw = new HashingInput(Files.newInputStream(file));
        InputStream in = gzip && !format.readsGzip ? gunzip(raw) : raw) {
      try {
        format.newStreamReader().read(origin, in, options, documents, problems);
      } catch (RuntimeException | StackOverflowError e) {
        problems.accept(Problem.error(origin, "reader failed: " + e.getClass().getSimpleName() + ": " + Messages.oneLine(e)));
      }
      raw.drain();
      return Optional.of(new FileRead(raw.count(), raw.hexSoFar(), 0, raw.atLineStart(), false));
    }
  }

  /**
   * Reads one stream of the given format (standard input, say); {@code name} stands for the
   * input in origins ({@code "<stdin>"}). The stream is read to its end and not closed.
   */
  public void readStream(
      String name, InputStream in, SourceFormat format, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(problems, "problems");
    Origin origin = Origin.file(name);
    try {
      read(origin, in, InputFormat.of(format), "input", documents, problems);
    } catch (IOException e) {
      problems.accept(Problem.error(origin, "read failed: " + Messages.oneLine(e)));
    }
  }

  /** What the lines of a JSON Lines input were: how many, and whether any held text. */
  private record Lines(long count, boolean anyText) {
    static final Lines NONE = new Lines(0, false);
  }

  private Lines read(Origin origin, InputStream in, InputFormat format, String what,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) throws IOException {
    if (format == InputFormat.JSONL) {
      return streamJsonl(origin, in, documents, problems);
    }
    long limit = options.maxFileBytes();
    byte[] bytes = in.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      long size = bytes.length + drain(in);
      problems.accept(Problem.error(origin, Messages.overLimit(what, size, limit, "article")));
      return Lines.NONE;
    }
    String text = Decoder.decode(bytes, origin, format == InputFormat.HTML, problems);
    if (text != null) {
      readSafely(readers.get(format), origin, text, documents, problems);
    }
    return Lines.NONE;
  }

  /** Counts the rest of a stream that is over the limit, so the message can say how big it is. */
  private static long drain(InputStream in) throws IOException {
    long n = 0;
    byte[] skip = new byte[64 * 1024];
    for (int r; (r = in.read(skip)) > 0; ) {
      n += r;
    }
    return n;
  }

  private Lines streamJsonl(Origin origin, InputStream stream, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) throws IOException {
    BufferedInputStream in = new BufferedInputStream(stream, 64 * 1024);
    in.mark(Decoder.SNIFF_BYTES + 3);
    byte[] head = in.readNBytes(Decoder.SNIFF_BYTES + 3);
    in.reset();
    if (Decoder.utf16ByBom(head) != null) {
      problems.accept(Problem.error(origin, "UTF-16 byte order mark; JSON Lines must be UTF-8"));
      return Lines.NONE;
    }
    int bom = Decoder.hasUtf8Bom(head) ? 3 : 0;
    in.skipNBytes(bom);
    String binary = Decoder.binaryReason(head, bom, head.length);
    if (binary != null) {
      problems.accept(Problem.error(origin, binary));
      return Lines.NONE;
    }
    Lines read = readLines(origin, new LineReader(in, (int) options.maxRecordBytes(), bom), documents, problems);
    if (!read.anyText()) {
      problems.accept(Problem.error(origin, "empty file"));
    }
    return read;
  }

  /** Reads every line of {@code lines}, a few ahead on other threads, handing them on in order. */
  private Lines readLines(Origin origin, LineReader lines, Consumer<SourceDocument> documents, Consumer<Problem> problems)
      throws IOException {
    AtomicBoolean anyText = new AtomicBoolean(); // set by the readings, read once every one was handed on
    try (LinesAhead ahead = new LinesAhead(documents, problems)) {
      readAhead(origin, lines, ahead, anyText);
      ahead.finish();
    }
    return new Lines(lines.number(), anyText.get());
  }

  /**
   * Hands each line of {@code lines} to {@code ahead} to be read; when the file cannot be read on
   * (a broken gzip stream), the lines before are handed on first, as they were read.
   */
  private void readAhead(Origin origin, LineReader lines, LinesAhead ahead, AtomicBoolean anyText) throws IOException {
    try {
      while (lines.next()) {
        Origin at = origin.withRecord(lines.number());
        if (lines.tooLong()) {
          anyText.set(true);
          ahead.addProblem(Problem.error(at, Messages.overLimit("line", lines.length(), options.maxRecordBytes(), "record")));
          continue;
        }
        byte[] bytes = Arrays.copyOf(lines.bytes(), (int) lines.length());
        long offset = lines.offset();
        ahead.add((docs, found) -> {
          String line = Decoder.decodeLine(bytes, bytes.length, offset, at, found);
          if (!line.isBlank()) {
            anyText.set(true);
            readLineSafely(at, line, docs, found);
          }
        }, bytes.length);
      }
    } catch (IOException e) {
      ahead.finish();
      throw e;
    }
  }

  /** A reader that fails on odd content is a bug, but one input must not stop the batch: it is reported. */
  private static void readSafely(DocumentReader reader, Origin origin, String text,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    try {
      reader.read(origin, text, documents, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.accept(Problem.error(origin, "reader failed: " + e.getClass().getSimpleName() + ": " + Messages.oneLine(e)));
    }
  }

  private void readLineSafely(Origin at, String line, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    try {
      jsonl.readLine(at, line, documents, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.accept(Problem.error(at, "reader failed: " + e.getClass().getSimpleName() + ": " + Messages.oneLine(e)));
    }
  }

  private static InputStream gunzip(InputStream raw) throws IOException {
    try {
      return new GzipErrors(new GZIPInputStream(raw, 64 * 1024));
    } catch (EOFException e) {
      throw new BadGzip("truncated gzip data (" + Messages.oneLine(e) + ")");
    } catch (ZipException e) {
      throw new BadGzip("not gzip data (" + Messages.oneLine(e) + ")");
    }
  }

  /** A gzip failure, its message ready to report. */
  private static final class BadGzip extends IOException {
    BadGzip(String message) {
      super(message);
    }
  }

  /** Turns the exceptions of a broken gzip stream into {@link BadGzip}. */
  private static final class GzipErrors extends FilterInputStream {
    GzipErrors(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (EOFException e) {
        throw new BadGzip("truncated gzip data (" + Messages.oneLine(e) + ")");
      } catch (ZipException e) {
        throw new BadGzip("corrupt gzip data (" + Messages.oneLine(e) + ")");
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException e) {
        throw new BadGzip("truncated gzip data (" + Messages.oneLine(e) + ")");
      } catch (ZipException e) {
        throw new BadGzip("corrupt gzip data (" + Messages.oneLine(e) + ")");
      }
    }
  }
}
