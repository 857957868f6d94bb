package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets.FacetCount;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchQuery.Grouping;
import org.storyline.search.SearchResult;
import org.storyline.search.SearchSyntaxException;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;
import org.storyline.store.index.IndexedArticle.EntityName;
import org.storyline.store.index.IndexedArticle.Facts;

/** The contract of {@link org.storyline.search.ArticleSearch}, on a Lucene index of five articles written for it. */
class ArticleSearchContractTest {

  static final StoryId BORDER = story(1);
  static final StoryId FLOOD = story(2);
  static final StoryId ELECTION = story(3);
  static final EntityName RUSSIA = new EntityName("e1", "Russia");
  static final EntityName UKRAINE = new EntityName("e2", "Ukraine");
  static final EntityName VALENCIA = new EntityName("e3", "Valencia");

  static final IndexedArticle TROOPS = article(1, BORDER, "2021-12-05", "Reuters", "Troops cross the border at dawn",
      "Russian troops crossed the border into Ukraine at dawn on Sunday, officials said.\n\nA state of emergency was declared in two regions.",
      RUSSIA, UKRAINE);
  static final IndexedArticle DECLARES = article(2, BORDER, "2021-12-06", "BBC", "Ukraine declares state of emergency",
      "Ukraine declared a state of emergency on Monday after troops massed near the border.", UKRAINE);
  static final IndexedArticle FLOODING = article(3, FLOOD, "2022-01-10", "Reuters", "Flooding in Valencia",
      "Heavy rain flooded the streets of Valencia. Emergency services rescued dozens of residents.", VALENCIA);
  static final IndexedArticle DELAYED = article(4, ELECTION, null, "AP", "Election results delayed",
      "The count was delayed; officials blamed the emergency at the printing works.");
  static final IndexedArticle TALKS = article(5, BORDER, "2021-12-20", "BBC", "Border talks resume",
      "Talks between Russia and Ukraine resumed in a border town.", RUSSIA, UKRAINE);

  @TempDir Path dir;
  LuceneIndex index;

  @BeforeEach
  void build() {
    index = LuceneIndex.open(dir.resolve("index"));
    index.sync(new MemorySource("store").put(TROOPS, DECLARES, FLOODING, DELAYED, TALKS));
  }

  @AfterEach
  void close() {
    index.close();
  }

  static StoryId story(int n) {
    return new StoryId(String.format(Locale.ROOT, "%016x", 0xabc000L + n));
  }

  static IndexedArticle article(int n, StoryId story, String date, String outlet, String title, String text, EntityName... es) {
    ArticleId id = new ArticleId(String.format(Locale.ROOT, "%016x", n));
    Facts f = new Facts(id, Optional.of(story), Optional.ofNullable(date).map(LocalDate::parse),
        List.of(es).stream().sorted().toList());
    return new IndexedArticle(f, title, outlet, text);
  }

  SearchResult search(String text) {
    return index.search(SearchQuery.of(text));
  }

  static List<IndexedArticle> found(SearchResult r) {
    List<IndexedArticle> all = List.of(TROOPS, DECLARES, FLOODING, DELAYED, TALKS);
    return r.articles().stream().map(h -> all.stream().filter(a -> a.id().equals(h.article())).findFirst().orElseThrow()).toList();
  }

  static SearchQuery query(String text, List<String> outlets, List<String> entities, Grouping g, int offset, int limit) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), outlets, entities, g, offset, limit);
  }

  @Test
  void phrase_matchesTheWordsInOrderOnly() {
    assertThat(found(search("\"state of emergency\""))).containsExactlyInAnyOrder(TROOPS, DECLARES);
    assertThat(found(search("\"emergency state\""))).isEmpty();
  }

  @Test
  void words_mustAllMatch_unlessOrSaysOtherwise() {
    assertThat(found(search("border troops"))).containsExactlyInAnyOrder(TROOPS, DECLARES);
    assertThat(found(search("valencia OR election"))).containsExactlyInAnyOrder(FLOODING, DELAYED);
    assertThat(found(search("emergency AND NOT valencia"))).containsExactlyInAnyOrder(TROOPS, DECLARES, DELAYED);
    assertThat(found(search("emergency -officials"))).containsExactlyInAnyOrder(DECLARES, FLOODING);
  }

  @Test
  void fields_searchOnlyTheirField() {
    assertThat(found(search("title:border"))).containsExactlyInAnyOrder(TROOPS, TALKS);
    assertThat(found(search("outlet:bbc"))).containsExactlyInAnyOrder(DECLARES, TALKS);
    assertThat(found(search("entity:russia"))).containsExactlyInAnyOrder(TROOPS, TALKS);
    assertThat(found(search("entity:ukraine AND title:emergency"))).containsExactly(DECLARES);
  }

  @Test
  void dates_takeRangesDaysMonthsAndOpenEnds() {
    assertThat(found(search("date:[2021-12-01 TO 2021-12-31]"))).containsExactlyInAnyOrder(TROOPS, DECLARES, TALKS);
    assertThat(found(search("date:[2021-12-06 TO *]"))).containsExactlyInAnyOrder(DECLARES, TALKS, FLOODING);
    assertThat(found(search("date:{2021-12-05 TO 2021-12-20}"))).containsExactly(DECLARES);
    assertThat(found(search("date:2022-01"))).containsExactly(FLOODING);
    assertThat(found(search("date:2021-12-05"))).containsExactly(TROOPS);
    assertThat(found(search("emergency AND date:2021"))).containsExactlyInAnyOrder(TROOPS, DECLARES);
    SearchQuery q = new SearchQuery("", Optional.of(LocalDate.parse("2021-12-06")), Optional.of(LocalDate.parse("2022-01-10")),
        List.of(), List.of(), Grouping.ARTICLES, 0, 20);
    assertThat(found(index.search(q))).containsExactlyInAnyOrder(DECLARES, TALKS, FLOODING);
  }

  @Test
  void badSyntax_isOneLineNamingTheQuery() {
    for (String bad : List.of("\"unclosed", "(border", "nothing:here", "date:[yesterday TO 2021-12-31]", "date:2021-13-01",
        "AND", "date:2021*")) {
      assertThatThrownBy(() -> search(bad)).as(bad)
          .isInstanceOf(SearchSyntaxException.class)
          .hasMessageContaining(bad.strip())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThatThrownBy(() -> search("nothing:here")).hasMessageContaining("unknown field 'nothing'");
  }

  @Test
  void blankQuery_listsEveryArticle_newestFirst_undatedLast() {
    assertThat(found(search(" "))).containsExactly(FLOODING, TALKS, DECLARES, TROOPS, DELAYED);
    assertThat(search("").total()).isEqualTo(5);
    assertThat(search("").storyTotal()).isEqualTo(3);
  }

  @Test
  void pages_partitionTheResults() {
    List<ArticleId> paged = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 2) {
      SearchResult r = index.search(query("", List.of(), List.of(), Grouping.ARTICLES, offset, 2));
      assertThat(r.total()).isEqualTo(5);
      r.articles().forEach(h -> paged.add(h.article()));
    }
    assertThat(paged).containsExactlyElementsOf(found(search("")).stream().map(IndexedArticle::id).toList());
  }

  @Test
  void snippets_markTheMatchedWordsInsideTheirText() {
    SearchResult r = search("border OR \"state of emergency\"");
    assertThat(r.articles()).hasSize(3);
    for (ArticleHit h : r.articles()) {
      assertThat(h.snippets()).as("%s", h.title()).isNotEmpty();
      for (Snippet s : h.snippets()) {
        assertThat(s.text()).doesNotContain("<").doesNotContain("\n");
        for (Span span : s.highlights()) {
          assertThat(span.of(s.text()).toLowerCase(Locale.ROOT)).isIn("border", "state of emergency", "state", "of", "emergency");
        }
      }
    }
    Snippet first = r.articles().stream().filter(h -> h.article().equals(DECLARES.id())).findFirst().orElseThrow().snippets().get(0);
    assertThat(first.highlights().stream().map(s -> s.of(first.text())).toList()).contains("border");
  }

  @Test
  void snippet_withoutAMatchInTheText_isItsStart() {
    ArticleHit h = search("outlet:ap").articles().get(0);
    assertThat(h.snippets()).hasSize(1);
    assertThat(h.snippets().get(0).highlights()).isEmpty();
    assertThat(DELAYED.text()).startsWith(h.snippets().get(0).text());
  }

  @Test
  void facets_countEveryMatch() {
    SearchResult r = search("border");
    assertThat(r.facets().outlets()).containsExactly(new FacetCount("BBC", 2), new FacetCount("Reuters", 1));
    assertThat(r.facets().entities()).containsExactly(new FacetCount("Ukraine", 3), new FacetCount("Russia", 2));
    assertThat(r.facets().months()).containsExactly(new FacetCount("2021-12", 3));
  }

  @Test
  void chosenOutlet_filtersHits_butKeepsTheOtherOutletsCounts() {
    SearchResult r = index.search(query("border", List.of("BBC"), List.of(), Grouping.ARTICLES, 0, 20));
    assertThat(found(r)).containsExactlyInAnyOrder(DECLARES, TALKS);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.facets().outlets()).as("drill sideways").containsExactly(new FacetCount("BBC", 2), new FacetCount("Reuters", 1));
    assertThat(r.facets().entities()).as("the other facets count the filtered hits")
        .containsExactly(new FacetCount("Ukraine", 2), new FacetCount("Russia", 1));
  }

  @Test
  void chosenEntities_mustAllBeNamed_andTheirFacetStaysWhole() {
    SearchResult r = index.search(query("", List.of(), List.of("Russia", "Ukraine"), Grouping.ARTICLES, 0, 20));
    assertThat(found(r)).containsExactlyInAnyOrder(TROOPS, TALKS);
    assertThat(r.facets().entities()).containsExactly(new FacetCount("Ukraine", 3), new FacetCount("Russia", 2),
        new FacetCount("Valencia", 1));
    assertThat(r.facets().outlets()).containsExactlyInAnyOrder(new FacetCount("BBC", 1), new FacetCount("Reuters", 1));
  }

  @Test
  void grouped_listsStoriesWithTheirMatchCountAndBestArticles() {
    SearchResult r = index.search(query("emergency OR border", List.of(), List.of(), Grouping.STORIES, 0, 10));
    assertThat(r.articles()).isEmpty();
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.storyTotal()).isEqualTo(3);
    StoryHit border = r.stories().stream().filter(s -> s.story().equals(BORDER)).findFirst().orElseThrow();
    assertThat(border.matching()).isEqualTo(3);
    assertThat(border.best()).hasSize(3).allSatisfy(h -> assertThat(h.story()).contains(BORDER));
    assertThat(border.best()).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
    assertThat(r.stories()).extracting(StoryHit::story).containsExactlyInAnyOrder(BORDER, FLOOD, ELECTION);

    SearchResult second = index.search(query("emergency OR border", List.of(), List.of(), Grouping.STORIES, 1, 1));
    assertThat(second.stories()).extracting(StoryHit::story).containsExactly(r.stories().get(1).story());
  }

  @Test
  void sync_rewritesChangedArticles_andEveryArticleOfARenamedEntity() {
    MemorySource store = new MemorySource("other");
    store.put(TROOPS, DECLARES, FLOODING, DELAYED, TALKS);
    index.sync(store); // another store: rebuilt
    assertThat(search("").total()).isEqualTo(5);

    IndexedArticle moved = new IndexedArticle(new Facts(DELAYED.id(), Optional.of(FLOOD), Optional.of(LocalDate.parse("2022-01-11")),
        List.of()), DELAYED.title(), DELAYED.outlet(), DELAYED.text());
    store.put(moved);
    store.rename(UKRAINE.id(), "Ukraine (country)", TROOPS.id());
    index.sync(store);

    assertThat(found(search("date:2022-01"))).containsExactlyInAnyOrder(FLOODING, DELAYED);
    assertThat(search("outlet:ap").articles().get(0).story()).contains(FLOOD);
    assertThat(search("").facets().entities()).as("the articles not logged were renamed too")
        .contains(new FacetCount("Ukraine (country)", 3)).noneMatch(c -> c.value().equals("Ukraine"));
    assertThat(index.heldChange()).isEqualTo(store.lastChange());
  }
}
