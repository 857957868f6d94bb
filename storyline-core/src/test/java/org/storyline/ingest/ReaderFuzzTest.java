package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.storyline.testing.InputCheck;
import org.storyline.testing.Mutator;

/**
 * Every reader (text, HTML, JSONL, RSS, Atom, WARC, each also gzipped) and the cleaner and
 * extractors behind it, fed mutations of small valid inputs of each format: nothing may escape but
 * a reported problem, nothing may hang, no span may leave the text. A failing case found here is
 * saved under {@code fuzz/regressions/} (named for the format) and replayed by {@link
 * FuzzRegressionTest} for good.
 */
class ReaderFuzzTest {

  private static final Path SEEDS = resource("fuzz/seeds");
  private static Path work;

  @BeforeContainer
  static void makeWorkFolder() throws IOException {
    work = Files.createTempDirectory("storyline-fuzz");
  }

  @AfterContainer
  static void removeWorkFolder() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(ReaderFuzzTest::delete);
    }
  }

  @Property(tries = 600)
  void mutatedInputsGiveArticlesOrProblems(@ForAll("seeds") Path seed, @ForAll("edits") List<Mutator.Edit> edits)
      throws IOException {
    Path input = work.resolve(seed.getFileName().toString());
    Files.write(input, Mutator.apply(Files.readAllBytes(seed), edits));
    assertThat(InputCheck.failures(input)).isEmpty();
  }

  @Property(tries = 150)
  void mutatedGzipInputsGiveArticlesOrProblems(@ForAll("seeds") Path seed, @ForAll("edits") List<Mutator.Edit> edits,
      @ForAll boolean mutateCompressed) throws IOException {
    Path input = work.resolve(seed.getFileName() + ".gz");
    byte[] bytes = Files.readAllBytes(seed);
    Files.write(input, mutateCompressed ? Mutator.apply(gzip(bytes), edits) : gzip(Mutator.apply(bytes, edits)));
    assertThat(InputCheck.failures(input)).isEmpty();
  }

  @Provide
  Arbitrary<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      // the HTML reader's own test page serves as the HTML seed
      return Arbitraries.of(Stream.concat(files.sorted(), Stream.of(resource("ingest/html/article.html"))).toList());
    }
  }

  @Provide
  Arbitrary<List<Mutator.Edit>> edits() {
    return Mutator.edits(8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  static Path resource(String name) {
    try {
      return Path.of(ReaderFuzzTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
