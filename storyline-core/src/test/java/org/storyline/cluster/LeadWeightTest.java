package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lead of a report (its opening words) weighs more in the text vector than what follows. */
class LeadWeightTest {

  private static final String FILLER = "neighbours gathered outside while officers talked with residents and waited "
      + "for detectives to arrive and begin their work on the block. ";

  /** A body that names "orchard" once in its lead and "quarry" once after a hundred words of other text. */
  private static String body() {
    StringBuilder b = new StringBuilder("a man was shot near the orchard late on friday, police said.\n");
    for (int i = 0; i < 5; i++) {
      b.append(FILLER).append('\n');
    }
    return b.append("a witness said the gunman ran toward the quarry.\n").toString();
  }

  private static double weight(ArticleProfile p, Vocabulary v, String term) {
    int id = v.id(term);
    for (int i = 0; i < p.text().size(); i++) {
      if (p.text().id(i) == id) {
        return p.text().weight(i);
      }
    }
    return 0;
  }

  private static double ratio(Map<String, String> settings) {
    Vocabulary v = new Vocabulary(1000);
    Profiler profiler = new Profiler(v, ClusterConfig.defaults().with(settings));
    ArticleProfile p = profiler.profile(Events.article("Shooting", body(), LocalDate.of(2016, 3, 1), "lead"));
    return weight(p, v, "orchard") / weight(p, v, "quarry");
  }

  @Test
  void profile_wordInTheLead_countsLeadBoostTimesTheSameWordLater() {
    // the boost scales the count, which is then damped as 1 + ln(count)
    assertThat(ratio(Map.of("lead.boost", "1.5"))).isCloseTo(1 + Math.log(1.5), org.assertj.core.data.Offset.offset(1e-5));
    assertThat(ratio(Map.of("lead.boost", "1"))).as("no boost: both seen once, equally rare").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void profile_leadOfNoWords_weighsEveryLineAlike() {
    assertThat(ratio(Map.of("lead.words", "0", "lead.boost", "3"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }
}
