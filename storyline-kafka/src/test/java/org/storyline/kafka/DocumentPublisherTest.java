package org.storyline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.DocumentJson;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.pipeline.PipelineListener;

class DocumentPublisherTest {

  @RegisterExtension
  static final KafkaExtension KAFKA = new KafkaExtension();

  @Test
  void publishFiles_sendsEachDocumentAsJsonKeyedByItsContent_andReportsBadLinesOneEach(@TempDir Path dir) throws Exception {
    KAFKA.broker().createTopic("docs", 2);
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"title\": \"Fire downtown\", \"published\": \"2024-03-01\", \"text\": \"A fire broke out on Main Street.\"}",
        "{\"url\": \"no text here\"}",
        "{not json",
        "{\"id\": \"b\", \"text\": \"The council met on Tuesday.\", \"source\": \"The Gazette\"}"), StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    DocumentPublisher.Counts counts;
    try (DocumentPublisher publisher = DocumentPublisher.open(KAFKA.broker().target("docs"))) {
      counts = publisher.publishFiles(List.of(file), IngestOptions.defaults(), new PipelineListener() {
        @Override
        public void problem(Problem problem) {
          problems.add(problem);
        }
      });
    }
    assertThat(counts).isEqualTo(new DocumentPublisher.Counts(2, 2));
    assertThat(problems).extracting(p -> p.origin().record()).containsExactly(2L, 3L);
    List<Map.Entry<String, String>> messages = KAFKA.broker().readAll("docs");
    assertThat(messages).hasSize(2);
    for (Map.Entry<String, String> m : messages) {
      SourceDocument doc = DocumentJson.read(m.getValue(), Origin.file("docs"), p -> {}).orElseThrow();
      assertThat(doc.origin().file()).isEqualTo(file.toString());
      assertThat(m.getKey()).isEqualTo(doc.fingerprint());
    }
  }

  @Test
  void parse_namesTheAddressAndTheFault() {
    assertThat(KafkaTarget.parse("kafka://h1:9092,h2:9093/news.en")).isEqualTo(new KafkaTarget("h1:9092,h2:9093", "news.en"));
    assertThatThrownBy(() -> KafkaTarget.parse("http://h:1/t")).hasMessageContaining("'http://h:1/t' is not a Kafka topic");
    assertThatThrownBy(() -> KafkaTarget.parse("kafka://h:1")).hasMessageContaining("names no topic");
    assertThatThrownBy(() -> KafkaTarget.parse("kafka://h/t")).hasMessageContaining("HOST:PORT, not 'h'");
    assertThatThrownBy(() -> KafkaTarget.parse("kafka://h:1/a b")).hasMessageContaining("a Kafka topic is");
  }
}
