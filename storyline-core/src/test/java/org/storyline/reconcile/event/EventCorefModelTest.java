package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventCorefModelTest {

  private static EventCorefModel read(String text) throws IOException {
    return EventCorefModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.model");
  }

  @Test
  void text_readsBackToTheSameModel() throws IOException {
    EventCorefModel shipped = EventCorefModel.shipped();
    assertThat(read(shipped.text())).isEqualTo(shipped);
    assertThat(shipped.withThreshold(0.7).threshold()).isEqualTo(0.7);
  }

  @Test
  void read_rejectsUnknownFeaturesAndMissingWeights_namingTheLine() {
    String text = EventCorefModel.shipped().text();
    assertThatThrownBy(() -> read(text + "NO_SUCH_FEATURE 1\n"))
        .hasMessageContaining("m.model:").hasMessageContaining("unknown feature 'NO_SUCH_FEATURE'");
    assertThatThrownBy(() -> read(text.replaceAll("(?m)^BIAS .*$", "")))
        .hasMessageContaining("every feature's weight");
    assertThatThrownBy(() -> read(text.replaceAll("(?m)^threshold .*$", "threshold x")))
        .hasMessageContaining("not a number: 'x'");
    assertThatThrownBy(() -> read(text.replaceAll("(?m)^threshold .*$", "threshold 1.5")))
        .hasMessageContaining("threshold must be in (0, 1)");
  }
}
