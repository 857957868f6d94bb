package org.storyline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.engine.StoreReader;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleHit;
import org.storyline.search.ArticleSearch;
import org.storyline.search.Facets;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;

/**
 * A small in-memory {@link ArticleSearch} for the tests, until the Lucene index lands: every word
 * and "quoted phrase" of the query must occur in the title or text (case ignored); facets counted
 * drill-sideways (a facet's counts ignore its own filter). It reads the store when asked, so that
 * articles posted by a test are found.
 */
final class FakeSearch implements ArticleSearch {

  private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

  private final StoreReader reader;

  FakeSearch(StoreReader reader) {
    this.reader = reader;
  }

  private record Doc(Article article, Optional<StoryId> story, Set<String> entities) {
    String outlet() {
      return article.outletOpt().orElse("");
    }

    Optional<LocalDate> day() {
      return article.publishedOpt().map(p -> p.date());
    }
  }

  @Override
  public synchronized SearchResult search(SearchQuery q) {
    List<String> terms = terms(q.text());
    List<Doc> matching = docs().stream().filter(d -> terms.stream().allMatch(t -> haystack(d).contains(t))).toList();
    Predicate<Doc> dates = d -> (q.from().isEmpty() || d.day().map(x -> !x.isBefore(q.from().get())).orElse(false))
        && (q.to().isEmpty() || d.day().map(x -> !x.isAfter(q.to().get())).orElse(false));
    Predicate<Doc> outlets = d -> q.outlets().isEmpty() || q.outlets().contains(d.outlet());
    Predicate<Doc> entities = d -> d.entities().containsAll(q.entities());
    List<Doc> hits = matching.stream().filter(dates.and(outlets).and(entities))
        .sorted(Comparator.comparing((Doc d) -> d.day().orElse(LocalDate.MIN)).reversed()).toList();
    Facets facets = new Facets(
        count(matching.stream().filter(dates.and(entities)).map(d -> List.of(d.outlet())).toList()),
        count(matching.stream().filter(dates.and(outlets)).map(d -> List.copyOf(d.entities())).toList()),
        count(matching.stream().filter(outlets.and(entities)).map(d -> d.day().map(x -> List.of(x.toString().substring(0, 7))).orElse(List.of())).toList()));
    List<ArticleHit> all = hits.stream().map(d -> hit(d, terms)).toList();
    Map<StoryId, List<ArticleHit>> byStory = new LinkedHashMap<>();
    all.stream().filter(h -> h.story().isPresent()).forEach(h -> byStory.computeIfAbsent(h.story().get(), k -> new ArrayList<>()).add(h));
    if (q.grouping() == SearchQuery.Grouping.STORIES) {
      List<StoryHit> stories = byStory.entrySet().stream().skip(q.offset()).limit(q.limit())
          .map(e -> new StoryHit(e.getKey(), e.getValue().size(), e.getValue().stream().limit(3).toList())).toList();
      return new SearchResult(all.size(), byStory.size(), List.of(), stories, facets);
    }
    return new SearchResult(all.size(), byStory.size(), all.stream().skip(q.offset()).limit(q.limit()).toList(), List.of(), facets);
  }

  private List<Doc> docs() {
    List<Doc> out = new ArrayList<>();
    List<Article> articles = reader.articles(0, 10_000);
    Map<org.storyline.model.ArticleId, Extraction> found = reader.extractions(articles.stream().map(Article::id).toList());
    for (Article a : articles) {
      Set<String> names = new LinkedHashSet<>();
      Extraction e = found.get(a.id());
      if (e != null) {
        e.mentions().forEach(m -> names.add(m.text()));
      }
      out.add(new Doc(a, reader.storyOf(a.id()), names));
    }
    return out;
  }

  private static String haystack(Doc d) {
    return (d.article().titleOpt().orElse("") + "\n" + d.article().text()).toLowerCase(Locale.ROOT);
  }

  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TERM.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group(1) != null ? m.group(1) : m.group(2);
      if (!t.equals("and")) {
        out.add(t);
      }
    }
    return out;
  }

  private static ArticleHit hit(Doc d, List<String> terms) {
    String text = d.article().text();
    int at = terms.isEmpty() ? 0 : Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(terms.get(0)));
    int from = Math.max(0, at - 60);
    String passage = text.substring(from, Math.min(text.length(), from + 200));
    List<Span> marks = new ArrayList<>();
    if (!terms.isEmpty()) {
      int i = passage.toLowerCase(Locale.ROOT).indexOf(terms.get(0));
      if (i >= 0) {
        marks.add(Span.of(i, i + terms.get(0).length()));
      }
    }
    return new ArticleHit(d.article().id(), d.story(), d.article().titleOpt().orElse(""), d.outlet(), d.day(), 1f,
        List.of(new Snippet(passage, marks)));
  }

  private static List<Facets.FacetCount> count(List<List<String>> values) {
    Map<String, Long> counts = new LinkedHashMap<>();
    values.forEach(vs -> vs.stream().filter(v -> !v.isEmpty()).forEach(v -> counts.merge(v, 1L, Long::sum)));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> new Facets.FacetCount(e.getKey(), e.getValue())).toList();
  }
}
