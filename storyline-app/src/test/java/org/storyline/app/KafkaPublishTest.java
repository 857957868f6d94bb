package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.DocumentJson;
import org.storyline.kafka.KafkaExtension;
import org.storyline.model.Origin;
import org.storyline.model.SourceDocument;

/** {@code ingest --to kafka://} and {@code watch --to kafka://} against a real (KRaft) broker: documents published, not stored. */
class KafkaPublishTest {

  @RegisterExtension
  static final KafkaExtension KAFKA = new KafkaExtension();

  @TempDir Path dir;

  @Test
  void ingestTo_publishesEachDocument_badInputsOneLineEach_andStoresNothing() throws Exception {
    KAFKA.broker().createTopic("ingested", 1);
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), " date 2022-01-21 Officials met in Geneva on Friday.\n\nThey agreed to meet again.\n");
    Files.writeString(in.resolve("b.jsonl"), "{\"title\": \"Fire\", \"text\": \"A fire broke out.\"}\n{\"url\": \"none\"}\n");
    Path store = dir.resolve("s.db");
    Cli.Run run = Cli.run("ingest", "--to", "kafka://" + KAFKA.broker().bootstrapServers() + "/ingested", "--store", store.toString(),
        in.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err().lines().toList())
        .containsExactly(in.resolve("b.jsonl") + ":2: error: no article text (expected one of text, content, body, article)");
    assertThat(run.out()).contains("Published 2 of 2 documents to kafka://" + KAFKA.broker().bootstrapServers() + "/ingested; 1 error.");
    List<Map.Entry<String, String>> messages = KAFKA.broker().readAll("ingested");
    assertThat(messages).extracting(m -> DocumentJson.read(m.getValue(), Origin.file("t"), p -> {}).orElseThrow())
        .extracting(SourceDocument::content)
        .containsExactlyInAnyOrder("Officials met in Geneva on Friday.\n\nThey agreed to meet again.\n", "A fire broke out.");
    assertThat(store).doesNotExist();
  }

  @Test
  void watchTo_publishesThePagesOfNewItems() throws Exception {
    KAFKA.broker().createTopic("watched", 1);
    try (FeedServer server = new FeedServer()) {
      Path feeds = server.floodFeed(dir, "The river rose overnight.");
      Cli.Run run = Cli.run("watch", feeds.toString(), "--to", "kafka://" + KAFKA.broker().bootstrapServers() + "/watched",
          "--store", dir.resolve("s.db").toString(), "--once", "--allow-private", "--delay", "0.05");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("1 articles stored, 0 errors.", "(1 documents published)");
    }
    List<Map.Entry<String, String>> messages = KAFKA.broker().readAll("watched");
    assertThat(messages).hasSize(1);
    SourceDocument doc = DocumentJson.read(messages.get(0).getValue(), Origin.file("t"), p -> {}).orElseThrow();
    assertThat(doc.metadata().title()).isEqualTo("Flood in Valencia");
    assertThat(doc.metadata().published().date()).hasToString("2024-03-05");
    // keyed by the page's content id (the page as fetched; the message carries its visible text)
    assertThat(messages.get(0).getKey()).matches("[0-9a-f]{32}");
  }

  @Test
  void ingestTo_aBadAddress_isAUsageErrorNamingIt() {
    Cli.Run run = Cli.run("ingest", "--to", "kafka://nohost/t", dir.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--to: 'kafka://nohost/t': a Kafka broker is HOST:PORT, not 'nohost'");
  }
}
