package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.model.Article;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * Properties of the cleaner over texts made of sentences, subheads, boilerplate lines and blank
 * lines, with any line breaks, padding and an optional date line.
 */
class CleanerPropertiesTest {

  enum Kind { SENTENCE, SUBHEAD, BOX, RELATED, CREDIT }

  record Item(String text, Kind kind) {
    boolean isText() {
      return kind == Kind.SENTENCE || kind == Kind.SUBHEAD;
    }
  }

  /** A generated source and the items it was made of. */
  record Doc(String source, List<Item> items) {
    @Override
    public String toString() {
      return source.replace("\r", "\\r").replace("\n", "\\n\n");
    }
  }

  @Property(tries = 300)
  void copiedCharacters_areTheSourceCharacters(@ForAll("docs") Doc doc) {
    Article a = Documents.clean(doc.source());
    Documents.assertMapsToIdenticalSource(a);
    List<String> paragraphs = a.layout().paragraphs().stream().map(p -> p.of(a.text())).toList();
    assertThat(String.join("\n\n", paragraphs)).isEqualTo(a.text());
    assertThat(a.removed()).allSatisfy(r -> assertThat(r.source().of(a.source())).isNotBlank());
  }

  /**
   * Text lines survive and boilerplate goes. The only text lines a cleaner may drop are those
   * followed by a photo credit (by definition captions); an all-capitals link before any kept
   * line stands where a headline would, and is kept ("READ MORE: ..." goes anywhere).
   */
  @Property(tries = 300)
  void textLinesSurvive_boilerplateGoes(@ForAll("docs") Doc doc) {
    Article a = Documents.clean(doc.source());
    List<String> expected = new ArrayList<>();
    List<Item> items = doc.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      boolean beforeCredit = i + 1 < items.size() && items.get(i + 1).kind() == Kind.CREDIT;
      boolean headlinePlace = item.kind() == Kind.RELATED && isAllCapitals(item.text()) && expected.isEmpty();
      boolean kept = (item.isText() || headlinePlace) && !beforeCredit;
      if (kept) {
        expected.add(item.text());
      }
    }
    assertThat(Documents.lines(a)).containsExactlyElementsOf(expected);
    assertThat(a.removed()).hasSize(items.size() - expected.size());
  }

  private static boolean isAllCapitals(String s) {
    return s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  @Property(tries = 200)
  void cleaningACleanedText_dropsNothingMore(@ForAll("docs") Doc doc) {
    Article once = Documents.clean(doc.source());
    SourceDocument again = SourceDocument.of(Origin.file("again.txt"), SourceFormat.TEXT, once.text(), DocumentMetadata.NONE);
    Article twice = Documents.CLEANER.clean(again);
    assertThat(twice.removed()).isEmpty();
    assertThat(Documents.lines(twice)).isEqualTo(Documents.lines(once));
  }

  @Provide
  Arbitrary<Doc> docs() {
    Arbitrary<List<Item>> items = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, sentences()),
            net.jqwik.api.Tuple.of(2, subheads()),
            net.jqwik.api.Tuple.of(2, boxes()),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(RELATED).map(t -> new Item(t, Kind.RELATED))),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(CREDITS).map(t -> new Item(t, Kind.CREDIT))))
        .list().ofMinSize(0).ofMaxSize(14).uniqueElements(Item::text);
    Arbitrary<String> breaks = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<Boolean> blankLines = Arbitraries.of(true, false);
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 4).list().ofSize(14);
    Arbitrary<List<String>> pads = Arbitraries.of("", "", " ", "\t", "  ").list().ofSize(28);
    Arbitrary<Boolean> dated = Arbitraries.of(true, false);
    return Combinators.combine(items, breaks, blankLines, gaps, pads, dated)
        .as(CleanerPropertiesTest::assemble);
  }

  private static Doc assemble(List<Item> items, String br, boolean blankLines, List<Integer> gaps, List<String> pads,
      boolean dated) {
    StringBuilder sb = new StringBuilder(dated ? " date 2022-01-24 " : "");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(br.repeat(blankLines ? gaps.get(i) : 1));
      }
      sb.append(pads.get(2 * i)).append(items.get(i).text()).append(pads.get(2 * i + 1));
    }
    return new Doc(sb.toString(), items);
  }

  private static final List<String> OPENERS = List.of("The", "Officials", "Russia", "Talks", "Ministers", "NATO", "Kyiv");
  private static final List<String> WORDS = List.of("said", "the", "talks", "would", "resume", "border", "troops",
      "allies", "on", "monday", "in", "a", "statement", "and", "sanctions", "were", "discussed", "app", "email",
      "subscribe", "photo", "listen", "news", "headlines", "signed", "up", "video");
  private static final List<String> TAILS = List.of("", "", " at 3:35 p.m.", " on Jan. 10", " by 2022", " (and/or)");
  private static final List<String> BOXES = List.of("Subscribe", "Sign Up Now", "Sign up for Breaking News alerts",
      "Enter your email", "CLICK HERE TO GET THE DAILY PLANET APP", "You can now listen to Daily Planet articles!",
      "Open in app", "World leaders meet in Geneva 2:14", "Video Ad Feedback", "Already a subscriber? Log in");
  private static final List<String> RELATED = List.of("ALLIES WEIGH NEW SANCTIONS ON RUSSIAN BANKS",
      "READ MORE: Troops mass near the border", "WHAT WE KNOW ABOUT THE TROOP BUILDUP");
  private static final List<String> CREDITS = List.of("(AP Photo/Jane Doe)", "Photo: Getty Images",
      "(John Roe/Daily Planet)", "Credit: Reuters");

  private static Arbitrary<Item> sentences() {
    Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(14).map(w -> String.join(" ", w));
    Arbitrary<Integer> unit = Arbitraries.integers().between(1, 99_999);
    Arbitrary<Boolean> quoted = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.of(OPENERS), words, Arbitraries.of(TAILS), unit, quoted)
        .as((opener, body, tail, n, quote) -> {
          String s = opener + " " + body + " unit " + n + tail;
          return new Item(quote ? "“" + s + ",” the official said." : s + ".", Kind.SENTENCE);
        });
  }

  private static Arbitrary<Item> subheads() {
    Arbitrary<Item> mixed = Combinators.combine(Arbitraries.of(OPENERS),
            Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4))
        .as((o, w) -> new Item(o + " " + String.join(" ", w), Kind.SUBHEAD));
    Arbitrary<Item> capitals = Arbitraries.of("RUSSIAN", "OPTIONS", "U.S.", "NAVAL", "MOVE", "TALKS", "NATO")
        .list().ofMinSize(1).ofMaxSize(3).map(w -> new Item(String.join(" ", w), Kind.SUBHEAD));
    return Arbitraries.oneOf(mixed, capitals);
  }

  private static Arbitrary<Item> boxes() {
    return Arbitraries.of(BOXES).map(t -> new Item(t, Kind.BOX));
  }
}
