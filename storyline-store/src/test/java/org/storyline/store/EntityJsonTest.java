package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.model.ArticleId;
import org.storyline.reconcile.entity.MergeReason;

/** The entity rows' JSON columns are written as the tree of nodes wrote them, character for character. */
class EntityJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<String> tricky = Arbitraries.of("\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u2028", "é", "😀",
        "Zelensky", " ", "</script>").list().ofMaxSize(6).map(l -> String.join("", l));
    return Arbitraries.oneOf(any, tricky);
  }

  @Provide
  Arbitrary<List<String>> textLists() {
    return texts().injectNull(0.05).list().ofMaxSize(5);
  }

  @Property(tries = 1000)
  void strings_asTheTree(@ForAll("textLists") List<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    assertThat(EntityStore.strings(values)).isEqualTo(a.toString()).isEqualTo(tree(a));
  }

  @Provide
  Arbitrary<List<MergeReason>> reasons() {
    Arbitrary<ArticleId> article = Arbitraries.strings().withChars("0123456789abcdef").ofLength(16).map(ArticleId::new)
        .injectNull(0.5);
    return Combinators.combine(Arbitraries.of(MergeReason.Kind.class), texts(), texts(), article, texts())
        .as(MergeReason::new).list().ofMaxSize(4);
  }

  @Property(tries = 1000)
  void reasons_asTheTree(@ForAll("reasons") List<MergeReason> reasons) {
    ArrayNode a = JSON.createArrayNode();
    for (MergeReason r : reasons) {
      ObjectNode n = a.addObject();
      n.put("kind", r.kind().name());
      n.put("name", r.name());
      n.put("other", r.other());
      n.put("article", r.article() == null ? null : r.article().value());
      n.put("explanation", r.explanation());
    }
    assertThat(EntityStore.reasons(reasons)).isEqualTo(tree(a));
  }

  private static String tree(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
