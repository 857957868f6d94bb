package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {

  @Test
  void with_unknownKeys_areAllNamed() {
    assertThatThrownBy(() -> ClusterConfig.defaults().with(Map.of("treshold", "0.2", "weight.txt", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown parameters: [treshold, weight.txt]");
  }

  @Test
  void with_valueOutOfRange_namesTheKey() {
    assertThatThrownBy(() -> ClusterConfig.defaults().with(Map.of("threshold", "1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must be in [0.0, 1.0], not 1.5");
    assertThatThrownBy(() -> ClusterConfig.defaults().with(Map.of("window.days", "soon")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window.days must be a number, not 'soon'");
  }

  @Test
  void with_noEvidenceWeight_isRefused() {
    assertThatThrownBy(() -> ClusterConfig.defaults().with(Map.of("weight.text", "0", "weight.title", "0", "weight.names", "0", "weight.days", "0", "weight.figures", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
  }

  @Test
  void with_knownKey_changesOnlyIt() {
    ClusterConfig c = ClusterConfig.defaults().with(Map.of("threshold", "0.3"));
    assertThat(c.threshold()).isEqualTo(0.3);
    assertThat(c.values()).hasSameSizeAs(ClusterConfig.defaults().values());
    assertThat(c.timeScaleDays()).isEqualTo(ClusterConfig.defaults().timeScaleDays());
  }
}
