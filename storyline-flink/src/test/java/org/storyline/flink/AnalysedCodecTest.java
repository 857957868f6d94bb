package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.store.NewsFixture;

class AnalysedCodecTest {

  @Test
  void decode_ofEncode_givesTheArticleItsExtractionAndProblemsBack(@TempDir Path dir) throws Exception {
    Extractor extractor = Extractor.withDefaults();
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    Ingestor ingestor = Ingestor.withDefaults();
    List<Path> files = NewsFixture.write(dir, 3, 4, 11);
    Files.writeString(dir.resolve("page.html"), "<html><head><title>Flood</title></head><body><p>Subscribe now</p>"
        + "<p>RIVERTON -- The river rose on Monday, the mayor said.</p></body></html>");
    int seen = 0;
    for (Path f : ingestor.listInputs(List.of(dir), p -> {})) {
      List<SourceDocument> docs = new java.util.ArrayList<>();
      ingestor.readFile(f, docs::add, p -> {});
      for (SourceDocument d : docs) {
        Extraction x = extractor.extract(cleaner.clean(d));
        Analysed a = new Analysed(1, 42L + seen, Optional.of(x),
            List.of(Problem.warning(new Origin(f.toString(), 3), "unreadable date 'x' in field 'date'; stored undated")));
        assertThat(AnalysedCodec.decode(AnalysedCodec.encode(a))).isEqualTo(a);
        seen++;
      }
    }
    assertThat(seen).isEqualTo(files.size() + 1);
  }

  @Test
  void decode_ofAProblemAlone_andOfOtherBytes() {
    Analysed a = new Analysed(0, 7, Optional.empty(), List.of(Problem.error(new Origin("news-0", 8), "malformed JSON: x")));
    assertThat(AnalysedCodec.decode(AnalysedCodec.encode(a))).isEqualTo(a);
    assertThatThrownBy(() -> AnalysedCodec.decode(new byte[] {9})).hasMessageContaining("format 9");
    assertThatThrownBy(() -> AnalysedCodec.decode(new byte[] {1, 0})).hasMessageContaining("truncated");
  }

  @Test
  void settings_parse_rejectsUnknownKeysAndRanges_namingThem() {
    JobSettings s = JobSettings.parse("--from", "kafka://k:9092/news", "--store", "s.db", "--parallelism", "4", "--bounded");
    assertThat(s.parallelism()).isEqualTo(4);
    assertThat(s.bounded()).isTrue();
    assertThat(s.batchSize()).isEqualTo(100);
    assertThatThrownBy(() -> JobSettings.parse("--from", "kafka://k:9092/news", "--store", "s.db", "--paralelism", "4"))
        .hasMessageStartingWith("Unknown parameters: --paralelism");
    assertThatThrownBy(() -> JobSettings.parse("--from", "kafka://k:9092/news")).hasMessage("--store is required");
    assertThatThrownBy(() -> JobSettings.parse("--from", "kafka://k:9092/news", "--store", "s", "--batch", "0"))
        .hasMessage("--batch must be at least 1, not 0");
  }
}
