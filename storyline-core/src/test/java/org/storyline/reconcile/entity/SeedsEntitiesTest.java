package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.pipeline.Pipeline;

/**
 * The sample articles against the alias groups of their answer key: every group's names that the
 * articles contain end up in one entity, and no two groups share an entity.
 */
class SeedsEntitiesTest {

  private static List<Entity> entities;
  private static List<Group> groups;

  record Group(String name, Set<String> names) {}

  @BeforeAll
  static void resolve() throws IOException, URISyntaxException {
    List<ArticleMentions> input = new ArrayList<>();
    for (Article a : seeds()) {
      String text = a.text();
      input.add(new ArticleMentions(a.id(), text,
          PerceptronRecognizer.shipped().mentions(text, new RuleTokenizer().sentences(text))));
    }
    entities = new RuleEntityResolver().resolve(input, List.of());
    groups = new ArrayList<>();
    try (InputStream in = SeedsEntitiesTest.class.getResourceAsStream("/entity/seeds-entities.json")) {
      for (JsonNode g : new ObjectMapper().readTree(in).get("entities")) {
        Set<String> names = new LinkedHashSet<>();
        names.add(g.get("name").asText());
        g.get("aliases").forEach(x -> names.add(x.asText()));
        groups.add(new Group(g.get("name").asText(), names));
      }
    }
  }

  static List<Article> seeds() throws IOException, URISyntaxException {
    Path dir = Path.of(SeedsEntitiesTest.class.getResource("/entity/seeds").toURI());
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1);
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.addAll(pipeline.cleanFile(f, p -> {
          throw new AssertionError(p.toString());
        }));
      }
    }
    return out;
  }

  /** The entities that have one of the group's names as a name (canonical or alias). */
  private static Map<String, Entity> holders(Group g) {
    Map<String, Entity> out = new LinkedHashMap<>();
    for (String n : g.names()) {
      for (Entity e : entities) {
        if (e.names().contains(n)) {
          out.put(n, e);
        }
      }
    }
    return out;
  }

  @Test
  void everyAliasGroup_endsUpInOneEntity() {
    List<String> split = new ArrayList<>();
    for (Group g : groups) {
      Set<EntityId> ids = new LinkedHashSet<>();
      holders(g).values().forEach(e -> ids.add(e.id()));
      if (ids.size() > 1) {
        split.add(g.name() + " -> " + holders(g));
      }
    }
    assertThat(split).isEmpty();
  }

  @Test
  void noTwoAliasGroups_shareAnEntity() {
    Map<EntityId, String> owner = new LinkedHashMap<>();
    List<String> fused = new ArrayList<>();
    for (Group g : groups) {
      for (Entity e : new LinkedHashSet<>(holders(g).values())) {
        String before = owner.putIfAbsent(e.id(), g.name());
        if (before != null && !before.equals(g.name())) {
          fused.add(before + " + " + g.name() + " in " + e.canonicalName() + " " + e.aliases());
        }
      }
    }
    assertThat(fused).isEmpty();
  }

  @Test
  void everyGroup_isFound() {
    List<String> missing = groups.stream().filter(g -> holders(g).isEmpty()).map(Group::name).toList();
    assertThat(missing).isEmpty();
  }
}
