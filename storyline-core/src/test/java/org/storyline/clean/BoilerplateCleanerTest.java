package org.storyline.clean;

import org.storyline.testing.CpuTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;
import org.storyline.model.Span;

class BoilerplateCleanerTest {

  @Test
  void noBlankLines_eachLineIsAParagraph() {
    Article a = Documents.clean("One.\nTwo.\nThree.");
    assertThat(a.text()).isEqualTo("One.\n\nTwo.\n\nThree.");
    assertThat(a.layout().paragraphs()).extracting(p -> p.of(a.text())).containsExactly("One.", "Two.", "Three.");
    Documents.assertMapsToIdenticalSource(a);
  }

  @Test
  void blankLineBlocks_areParagraphsWithTheirLineBreaksCopied() {
    Article a = Documents.clean("One.\nTwo.\n\n\n\nThree.");
    assertThat(a.text()).isEqualTo("One.\nTwo.\n\nThree.");
    assertThat(a.layout().paragraphs()).extracting(p -> p.of(a.text())).containsExactly("One.\nTwo.", "Three.");
    assertThat(a.sourceMap().sourceStartOf(4)).isEqualTo(4); // the copied break inside the block
    assertThat(a.sourceMap().runCount()).isEqualTo(2); // "One.\nTwo.\n" and "\nThree." are copied whole
  }

  @Test
  void droppedLineInsideABlock_leavesOneParagraph() {
    Article a = Documents.clean("One.\nSubscribe\nTwo.\n\nThree.");
    assertThat(a.text()).isEqualTo("One.\nTwo.\n\nThree.");
    assertThat(a.layout().paragraphs()).hasSize(2);
  }

  @Test
  void crlfAndCrLineBreaks_giveNewlinesMappedToTheSource() {
    Article crlf = Documents.clean("  One.  \r\n\r\nSign up\r\n\r\n\tTwo.\r\n");
    assertThat(crlf.text()).isEqualTo("One.\n\nTwo.");
    Documents.assertMapsToIdenticalSource(crlf);
    Article cr = Documents.clean("One.\r\rTwo.");
    assertThat(cr.text()).isEqualTo("One.\n\nTwo.");
    Documents.assertMapsToIdenticalSource(cr);
    assertThat(cr.sourceMap().toSource(Span.of(6, 10))).isEqualTo(Span.of(6, 10));
  }

  @Test
  void removals_areInSourceOffsetsPastTheDateLine() {
    String source = " date 2022-01-24 Subscribe\nTalks resumed.";
    Article a = Documents.clean(source);
    assertThat(a.removed()).containsExactly(new Removal(Span.of(17, 26), RemovalReason.SIGNUP_BOX));
    assertThat(a.text()).isEqualTo("Talks resumed.");
    assertThat(a.toSource(Span.of(0, 5))).isEqualTo(Span.of(27, 32));
    assertThat(a.published().date()).hasToString("2022-01-24");
  }

  @Test
  void emptyOrBlankContent_givesEmptyText() {
    for (String source : List.of("", "\n\n  \r\n", " date 2022-01-24 ")) {
      Article a = Documents.clean(source);
      assertThat(a.text()).isEmpty();
      assertThat(a.layout().paragraphs()).isEmpty();
      assertThat(a.removed()).isEmpty();
    }
  }

  @Test
  void onlyBoilerplate_givesEmptyTextAndListsEveryLine() {
    Article a = Documents.clean("Subscribe\n\nSign Up Now\n(AP Photo/Evan Vucci)");
    assertThat(a.text()).isEmpty();
    assertThat(Documents.removedTexts(a)).containsExactly("Subscribe", "Sign Up Now", "(AP Photo/Evan Vucci)");
  }

  @Test
  void id_isDerivedFromTheCleanedText() {
    Article a = Documents.clean("Subscribe\nTalks resumed.");
    Article b = Documents.clean("Talks resumed.\nSign Up Now");
    assertThat(a.id()).isEqualTo(b.id());
    assertThat(a.id()).isEqualTo(ArticleId.derive(null, null, null, "Talks resumed."));
    assertThat(Documents.clean("Talks ended.").id()).isNotEqualTo(a.id());
  }

  @Test
  void sharedCleaner_givesTheSameResultsOnManyThreads() {
    String source = "NEWYou can now listen to Daily Planet articles!\nWASHINGTON — Talks resumed.\n"
        + "Sign Up Now\nMore talks are planned.";
    Article expected = Documents.clean(source);
    List<Article> results = IntStream.range(0, 200).parallel().mapToObj(i -> Documents.clean(source)).toList();
    assertThat(results).allSatisfy(r -> {
      assertThat(r.text()).isEqualTo(expected.text());
      assertThat(r.removed()).isEqualTo(expected.removed());
      assertThat(r.outlet()).isEqualTo("Daily Planet");
    });
  }

  @Test
  void longText_isCleanedInLinearTime() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("Officials said talks would resume on day ").append(i).append(".\n");
      sb.append(i % 2 == 0 ? "Subscribe\n" : "ALLIES WEIGH NEW SANCTIONS ON BANKS " + i + "\n");
    }
    long start = CpuTime.nanos();
    Article a = Documents.clean(sb.toString());
    long millis = (CpuTime.nanos() - start) / 1_000_000;
    assertThat(a.removed()).hasSize(20_000);
    assertThat(a.layout().paragraphs()).hasSize(20_000);
    assertThat(millis).as("CPU milliseconds to clean 40,000 lines").isLessThan(5_000);
  }
}
