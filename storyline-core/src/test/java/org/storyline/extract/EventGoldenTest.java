package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.model.Article;

/**
 * The events of a small article of our own, against {@code event/video-call.events.txt}, checked
 * by reading: one line an event, its trigger, class, type, nominal or verbal, modality, tense and
 * aspect, participants with roles, place and time. Set {@code -Dstoryline.golden.write=DIR} to
 * write the lines found to DIR instead, for reading.
 */
class EventGoldenTest {

  @Test
  void videoCallArticle_givesTheCheckedEvents() throws IOException {
    String source;
    try (InputStream in = EventGoldenTest.class.getResourceAsStream("/event/video-call.txt")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Article article = Samples.article(source);
    Extraction x = Extractor.withDefaults().extract(article);
    String found = x.events().stream().map(e -> line(article.text(), e)).collect(Collectors.joining("\n", "", "\n"));
    String dir = System.getProperty("storyline.golden.write");
    if (dir != null) {
      Files.writeString(Path.of(dir, "video-call.events.txt"), found);
    }
    String expected;
    try (InputStream in = EventGoldenTest.class.getResourceAsStream("/event/video-call.events.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(found).isEqualTo(expected);
  }

  static String line(String text, EventMention e) {
    List<String> who = e.participants().stream().map(p -> p.span().of(text) + ":" + p.role()).toList();
    EventTime t = e.time();
    return String.join(" | ", e.text(), e.timeMlClass().name(), e.type().name(), e.nominal() ? "nominal" : "verbal",
        e.modality().name(), e.tense() + "/" + e.aspect(), String.join(", ", who),
        e.place() == null ? "-" : e.place().of(text),
        t.isKnown() ? t.first() + ".." + t.last() + " " + t.precision() + " " + t.source()
            + (t.timex() == null ? "" : " \"" + t.timex().of(text) + "\"") : "unknown");
  }
}
