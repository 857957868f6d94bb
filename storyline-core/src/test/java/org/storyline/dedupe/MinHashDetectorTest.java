package org.storyline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

class MinHashDetectorTest {

  private static final LocalDate DAY = LocalDate.of(2021, 12, 30);

  private static final List<String> WIRE = List.of(
      "President Joe Biden and Vladimir Putin will speak by telephone on Thursday as the Russian leader's military buildup near Ukraine continues.",
      "The call was requested by the Russian side, a senior administration official said, speaking on condition of anonymity.",
      "It will be the second conversation between the two leaders this month, after a two-hour video call on December 7.",
      "Biden has warned that Russia would face severe economic sanctions if it invaded its neighbour again.",
      "Moscow has demanded written security guarantees, including that NATO deny membership to Ukraine and other former Soviet states.",
      "American and Russian officials are scheduled to meet in Geneva on January 10 for talks on the demands.",
      "NATO and Russian officials are also expected to meet two days later, followed by a meeting of the OSCE.",
      "The White House has said it is coordinating closely with European allies on its response.",
      "Ukrainian officials have estimated that about 100,000 Russian troops are massed near the border.",
      "Analysts in Washington said the diplomatic calendar gave both sides room to step back from confrontation.");

  private static final List<String> OTHER_REPORT = List.of(
      "Russia's foreign minister said on Wednesday that talks with Washington would go ahead in Geneva next month.",
      "Sergey Lavrov told reporters that Moscow expects concrete answers on its proposals rather than delays.",
      "The State Department reiterated support for Ukraine's sovereignty and territorial integrity in a statement.",
      "Secretary of State Antony Blinken spoke with Ukrainian President Volodymyr Zelensky about the situation.",
      "Diplomats from several European capitals said they had been briefed on the upcoming phone call between the leaders.",
      "Military analysts pointed to satellite images that show equipment gathered at several bases in western Russia.",
      "Kremlin spokesman Dmitry Peskov said the presidents would decide themselves what to discuss on the call.",
      "A spokesperson for the National Security Council said the administration's approach had been consistent.",
      "Officials in Kyiv said they welcomed the attention but would not accept any decisions made without them.",
      "The talks are expected to cover arms control as well as the troop buildup near the border.");

  private static Article article(String title, String byline, List<String> sentences, String origin) {
    String body = String.join(" ", sentences);
    String text = title + "\n\n" + body + (byline == null ? "" : "\n\n" + byline);
    int bodyStart = title.length() + 2;
    Span head = Span.of(0, title.length());
    Span by = byline == null ? null : Span.of(text.length() - byline.length(), text.length());
    PublicationDate date = PublicationDate.given(DAY, DateSource.METADATA);
    return new Article(ArticleId.derive(null, title, date, text), new Origin(origin, 0), SourceFormat.TEXT, title, date, null,
        null, text, new Layout(head, null, by, by == null ? List.of(head, Span.of(bodyStart, bodyStart + body.length()))
            : List.of(head, Span.of(bodyStart, bodyStart + body.length()), by)), text, OffsetMap.identity(text.length()), List.of());
  }

  static Stream<Arguments> copies() {
    List<String> edited = new java.util.ArrayList<>(WIRE);
    edited.set(3, "Biden has said repeatedly that Moscow would pay a heavy economic price for any new attack on Ukraine.");
    List<String> boilerplate = new java.util.ArrayList<>(WIRE);
    boilerplate.add("Sign up for our newsletter to get the day's top stories.");
    return Stream.of(
        Arguments.of("another headline", article("Biden, Putin to talk as tensions mount", null, WIRE, "b"), DuplicateLink.Kind.EXACT),
        Arguments.of("another byline", article("Biden and Putin to speak Thursday", "By Aamer Madhani, Associated Press", WIRE, "c"),
            DuplicateLink.Kind.EXACT),
        Arguments.of("one edited sentence", article("Biden and Putin to speak Thursday", null, edited, "d"), DuplicateLink.Kind.NEAR),
        Arguments.of("boilerplate added", article("Biden and Putin to speak Thursday", null, boilerplate, "e"), DuplicateLink.Kind.NEAR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  void check_copyOfWireStory_isLinkedToTheOriginal(String change, Article copy, DuplicateLink.Kind kind) {
    DuplicateDetector dedupe = MinHashDetector.withDefaults();
    Article original = article("Biden and Putin to speak Thursday", "By AP staff", WIRE, "a");
    assertThat(dedupe.check(original)).isEmpty();

    Optional<DuplicateLink> link = dedupe.check(copy);

    assertThat(link).isPresent();
    assertThat(link.get().original()).isEqualTo(original.id());
    assertThat(link.get().duplicate()).isEqualTo(copy.id());
    assertThat(link.get().kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  void check_sketchedAheadByAnotherDetector_answersAsCheckingTheArticle(String change, Article copy, DuplicateLink.Kind kind) {
    List<Article> stream = List.of(article("Biden and Putin to speak Thursday", "By AP staff", WIRE, "a"),
        article("Lavrov: Geneva talks will go ahead", null, OTHER_REPORT, "b"), copy, copy);
    DuplicateDetector sketcher = MinHashDetector.withDefaults();
    List<DuplicateDetector.Sketch> sketches = stream.stream().map(sketcher::sketch).toList();
    DuplicateDetector plain = MinHashDetector.withDefaults();
    DuplicateDetector ahead = MinHashDetector.withDefaults();

    for (int i = 0; i < stream.size(); i++) {
      assertThat(ahead.check(stream.get(i), sketches.get(i))).as("article %d", i).isEqualTo(plain.check(stream.get(i)));
    }
    assertThat(((MinHashDetector) ahead).remembered()).isEqualTo(2);
  }

  @Test
  void check_sketchOfAnotherKindOfDetector_isRefused() {
    Article a = article("Biden and Putin to speak Thursday", null, WIRE, "a");
    assertThatThrownBy(() -> MinHashDetector.withDefaults().check(a, DuplicateDetector.Sketch.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a sketch of a MinHashDetector");
  }

  @Test
  void check_twoReportsOfOneEvent_areNotDuplicates() {
    DuplicateDetector dedupe = MinHashDetector.withDefaults();
    assertThat(dedupe.check(article("Biden and Putin to speak Thursday", null, WIRE, "a"))).isEmpty();
    assertThat(dedupe.check(article("Lavrov: Geneva talks will go ahead", null, OTHER_REPORT, "b"))).isEmpty();
  }

  @Test
  void check_duplicateOfADuplicate_pointsAtTheOriginal() {
    DuplicateDetector dedupe = MinHashDetector.withDefaults();
    Article original = article("Biden and Putin to speak Thursday", null, WIRE, "a");
    dedupe.check(original);
    dedupe.check(article("Another headline", null, WIRE, "b"));
    assertThat(dedupe.check(article("A third headline", null, WIRE, "c")).orElseThrow().original()).isEqualTo(original.id());
  }

  @Test
  void load_ofASavedDetector_findsWhatTheSavedOneWould() throws IOException {
    MinHashDetector saved = MinHashDetector.withDefaults();
    Article original = article("Biden and Putin to speak Thursday", null, WIRE, "a");
    saved.check(original);
    saved.check(article("Lavrov: Geneva talks will go ahead", null, OTHER_REPORT, "b"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    saved.save(new DataOutputStream(bytes));

    MinHashDetector loaded = MinHashDetector.withDefaults();
    loaded.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(loaded.remembered()).isEqualTo(2);
    for (Arguments copy : copies().toList()) {
      Article a = (Article) copy.get()[1];
      assertThat(loaded.check(a)).as("%s", copy.get()[0]).isEqualTo(saved.check(a)).isPresent();
    }
  }

  @Test
  void load_otherParameters_isRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MinHashDetector.withDefaults().save(new DataOutputStream(bytes));
    MinHashDetector other = new MinHashDetector(4, 32, 4, 0.6, 30);

    assertThatThrownBy(() -> other.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4/20/4/0.6/30, not 4/32/4/0.6/30");
  }

  @Test
  void check_originalOutsideTheWindow_isForgotten() {
    MinHashDetector dedupe = new MinHashDetector(4, 32, 4, 0.6, 30);
    dedupe.check(article("Biden and Putin to speak Thursday", null, WIRE, "a"));
    Article later = article("Much later", null, OTHER_REPORT, "b").withPublished(PublicationDate.given(DAY.plusDays(90), DateSource.METADATA));
    dedupe.check(later);
    assertThat(dedupe.remembered()).isEqualTo(1);
  }
}
