package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * A file read to its end is remembered ({@link InputRecord}): the same bytes again are not parsed,
 * a changed file is read again with only its new documents cleaned, and lines appended to JSON Lines
 * are the only ones parsed.
 */
class FileRecordTest {

  @TempDir Path dir;

  /** A sink and memory that keep everything at once, as a store committing each call would. */
  private static final class Kept implements BatchSink, InputMemory {
    final Set<ArticleId> stored = new LinkedHashSet<>();
    final Map<String, ArticleId> fingerprints = new HashMap<>();
    final Map<InputRecord.Key, InputRecord> files = new HashMap<>();
    final List<ArticleId> seen = new ArrayList<>();
    final List<Article> added = new ArrayList<>();
    final Set<Origin> parsed = new LinkedHashSet<>();

    @Override
    public int accept(List<Article> batch) {
      int fresh = 0;
      for (Article a : batch) {
        seen.add(a.id());
        if (stored.add(a.id())) {
          added.add(a);
          fresh++;
        }
      }
      return fresh;
    }

    @Override
    public void recalled(ArticleId article, Origin origin) {
      seen.add(article);
    }

    @Override
    public void known(ArticleId article) {
      seen.add(article);
    }

    @Override
    public void fileRead(InputRecord record) {
      files.put(record.key(), record);
    }

    @Override
    public Optional<ArticleId> recall(SourceDocument doc) {
      parsed.add(doc.origin()); // asked of every document read, once or twice
      return Optional.ofNullable(fingerprints.get(doc.fingerprint()));
    }

    @Override
    public void remember(SourceDocument doc, Article article) {
      fingerprints.put(doc.fingerprint(), article.id());
    }

    @Override
    public Optional<InputRecord> recallFile(InputRecord.Key key) {
      return Optional.ofNullable(files.get(key));
    }

    void reset() {
      seen.clear();
      added.clear();
      parsed.clear();
    }
  }

  private final AtomicInteger cleaned = new AtomicInteger();
  private final Cleaner counting = doc -> {
    cleaned.incrementAndGet();
    return new BoilerplateCleaner().clean(doc);
  };

  private RunSummary run(Path input, Kept kept, List<Problem> problems) {
    cleaned.set(0);
    kept.reset();
    return new Pipeline(Ingestor.withDefaults(), counting, 3, 2).run(List.of(input), kept, new PipelineListener() {
      @Override
      public void problem(Problem problem) {
        problems.add(problem);
      }
    }, kept);
  }

  private static String line(int n) {
    return "{\"title\": \"Report " + n + "\", \"text\": \"Report number " + n + " says the talks in Geneva went on until late.\"}\n";
  }

  private Path jsonl(int lines) throws IOException {
    Path file = dir.resolve("news.jsonl");
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= lines; n++) {
      out.append(n == 4 ? "{\"url\": \"no text here\"}\n" : line(n));
    }
    Files.writeString(file, out);
    return file;
  }

  @Test
  void run_touchedFileWithTheSameBytes_isNotParsed_andGivesWhatItGaveBefore() throws IOException {
    Path file = jsonl(8);
    Kept kept = new Kept();
    List<Problem> firstProblems = new ArrayList<>();
    RunSummary first = run(file, kept, firstProblems);
    List<ArticleId> firstSeen = List.copyOf(kept.seen);
    assertThat(first.added()).isEqualTo(7);
    assertThat(firstProblems).hasSize(1);

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    List<Problem> problems = new ArrayList<>();
    RunSummary again = run(file, kept, problems);

    assertThat(kept.parsed).as("documents parsed").isEmpty();
    assertThat(cleaned).as("documents cleaned").hasValue(0);
    assertThat(kept.seen).as("the same articles, in order").containsExactlyElementsOf(firstSeen);
    assertThat(problems).as("its problems told again").containsExactlyElementsOf(firstProblems);
    assertThat(again).isEqualTo(new RunSummary(1, 7, 0, 1, 0));
  }

  @Test
  void run_fileChangedByOneLine_cleansThatLineOnly() throws IOException {
    Path file = jsonl(8);
    Kept kept = new Kept();
    run(file, kept, new ArrayList<>());
    String changed = Files.readString(file).replace("Report number 6 says", "Report number 6 now says");
    Files.writeString(file, changed);

    RunSummary again = run(file, kept, new ArrayList<>());

    assertThat(cleaned).as("documents cleaned").hasValue(1);
    assertThat(kept.added).extracting(Article::text).containsExactly("Report number 6 now says the talks in Geneva went on until late.");
    assertThat(kept.added).extracting(a -> a.origin().record()).containsExactly(6L);
    assertThat(again.added()).isEqualTo(1);
    assertThat(again.articles()).isEqualTo(7);
    InputRecord record = kept.files.get(InputRecord.Key.of(file, Ingestor.withDefaults().options()));
    assertThat(record.read().size()).isEqualTo(Files.size(file));
    assertThat(record.articles()).hasSize(7).contains(kept.added.get(0).id());
  }

  @Test
  void run_linesAppendedToJsonLines_parsesOnlyThem_numberedOn() throws IOException {
    Path file = jsonl(8);
    Kept kept = new Kept();
    run(file, kept, new ArrayList<>());
    List<ArticleId> before = List.copyOf(kept.seen);
    Files.writeString(file, line(9) + line(10), StandardOpenOption.APPEND);

    List<Problem> problems = new ArrayList<>();
    RunSummary again = run(file, kept, problems);

    assertThat(kept.parsed).as("documents parsed: the appended ones").extracting(Origin::record).containsExactly(9L, 10L);
    assertThat(kept.added).extracting(a -> a.origin().record()).containsExactly(9L, 10L);
    assertThat(kept.seen.subList(0, before.size())).as("the earlier articles first").containsExactlyElementsOf(before);
    assertThat(problems).as("the earlier problem told again").extracting(p -> p.origin().record()).containsExactly(4L);
    assertThat(again).isEqualTo(new RunSummary(1, 9, 2, 1, 0));

    RunSummary third = run(file, kept, new ArrayList<>());
    assertThat(kept.parsed).as("the whole file is known now").isEmpty();
    assertThat(third.articles()).isEqualTo(9);
  }

  @Test
  void run_fileRewrittenWithTheSameSize_isReadAgain() throws IOException {
    Path file = jsonl(8);
    Kept kept = new Kept();
    run(file, kept, new ArrayList<>());
    Files.writeString(file, Files.readString(file).replace("Report number 2 ", "Report number 7 "));

    run(file, kept, new ArrayList<>());

    assertThat(kept.parsed).as("every document parsed again").hasSize(7);
    assertThat(cleaned).as("the changed one cleaned").hasValue(1);
  }

  @Test
  void run_fileGivenUnderAnotherName_isNotTakenForTheRecordedOne() throws IOException {
    Path file = jsonl(8);
    Kept kept = new Kept();
    run(file, kept, new ArrayList<>());
    Path copy = Files.copy(file, dir.resolve("copy.jsonl"));

    run(copy, kept, new ArrayList<>());

    assertThat(kept.parsed).as("its documents parsed, to record where they were read").hasSize(7);
    assertThat(cleaned).as("and recognised, not cleaned").hasValue(0);
  }
}
