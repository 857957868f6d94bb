package org.storyline.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.storyline.engine.EntitySummary;
import org.storyline.model.EntityType;
import org.storyline.reconcile.entity.EntityId;

/** An entity's line, written without a format string, is the line the format string wrote. */
class EntitiesLineTest {

  @Test
  void sameAsTheFormatString() {
    Random random = new Random(7);
    List<Integer> counts = List.of(0, 1, 9, 10, 99_999, 100_000, 1_234_567, Integer.MAX_VALUE);
    for (int i = 0; i < 2_000; i++) {
      int mentions = i < counts.size() ? counts.get(i) : random.nextInt(1 << random.nextInt(24));
      EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
      TreeSet<String> aliases = new TreeSet<>();
      for (int a = random.nextInt(3); a > 0; a--) {
        aliases.add("Alias " + random.nextInt(50));
      }
      EntitySummary e = new EntitySummary(EntityId.derive(type, "Name " + i, ""), "Name %d é" + i, type, aliases,
          mentions, 1, 1);
      String formatted = String.format(Locale.ROOT, "%5d  %-12s %s%s", e.mentions(), e.type(), e.name(),
          e.aliases().isEmpty() ? "" : "  (" + String.join(", ", e.aliases()) + ")");
      assertThat(EntitiesCommand.line(e)).isEqualTo(formatted);
    }
  }
}
