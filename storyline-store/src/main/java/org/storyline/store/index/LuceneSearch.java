package org.storyline.store.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets;
import org.storyline.search.Facets.FacetCount;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.search.StoryHit;

/**
 * One search over one searcher: the query read, the date range and facet filters added as a
 * drill-down, hits and story tallies collected in one pass with the drill-sideways facet counts,
 * then the page's articles and snippets read ({@link HitReader}).
 */
final class LuceneSearch {

  /** Articles shown for each story when results are grouped. */
  static final int BEST_PER_STORY = 3;
  /** Values listed for the outlet and entity facets (months: all). */
  static final int FACET_VALUES = 20;
  static final int PASSAGES = 2;

  /** Relevance, then the newer first, undated last. */
  private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, newestFirst());

  private final FacetSearcher searcher;
  private final FacetsConfig config;
  private final Analyzer analyzer;

  LuceneSearch(FacetSearcher searcher, FacetsConfig config, Analyzer analyzer) {
    this.searcher = searcher;
    this.config = config;
    this.analyzer = analyzer;
  }

  private static SortField newestFirst() {
    SortField f = new SortField(Fields.DATE_ORDER, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  SearchResult search(SearchQuery q) throws IOException {
    Query user = QueryReader.read(q.text(), analyzer);
    DrillDownQuery query = drillDown(withDates(user, q), q);
    boolean grouped = q.grouping() == SearchQuery.Grouping.STORIES;
    CollectorManager<StoryTally, StoryTally> tallies = StoryTally.manager(grouped ? BEST_PER_STORY : 0);
    int wanted = q.offset() + q.limit();
    TopFieldCollectorManager top = new TopFieldCollectorManager(ORDER, wanted, null, wanted);
    MultiCollectorManager both = new MultiCollectorManager(tallies, top);
    Object[] collected;
    Facets facets;
    if (searcher.facets() == null) {
      collected = searcher.search(query, both);
      facets = Facets.none();
    } else {
      DrillSideways.ConcurrentDrillSidewaysResult<Object[]> r =
          FacetCounts.sideways(searcher, config, searcher.facets()).search(query, both);
      collected = r.collectorResult;
      facets = facets(r.facets);
    }
    StoryTally tally = (StoryTally) collected[0];
    long storyTotal = tally.groups().size();
    if (grouped) {
      return new SearchResult(tally.total(), storyTotal, List.of(), stories(tally, q, user), facets);
    }
    return new SearchResult(tally.total(), storyTotal, articles((TopFieldDocs) collected[1], q, user), List.of(), facets);
  }

  /** The user's query, restricted to the dates asked for. */
  private static Query withDates(Query user, SearchQuery q) {
    if (q.from().isEmpty() && q.to().isEmpty()) {
      return user;
    }
    long from = q.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long to = q.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    return new BooleanQuery.Builder()
        .add(user, Occur.MUST)
        .add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER)
        .build();
  }

  /** The facet filters: any of the outlets chosen, and every entity chosen. */
  private DrillDownQuery drillDown(Query base, SearchQuery q) {
    DrillDownQuery dd = new DrillDownQuery(config, base);
    for (String outlet : q.outlets()) {
      dd.add(Fields.OUTLET_FACET, outlet);
    }
    if (!q.entities().isEmpty()) {
      String field = config.getDimConfig(Fields.ENTITY_FACET).indexFieldName;
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String entity : q.entities()) {
        all.add(new TermQuery(DrillDownQuery.term(field, Fields.ENTITY_FACET, entity)), Occur.FILTER);
      }
      dd.add(Fields.ENTITY_FACET, all.build());
    }
    return dd;
  }

  private static Facets facets(org.apache.lucene.facet.Facets counts) throws IOException {
    List<FacetCount> months = new ArrayList<>(values(counts, Fields.MONTH_FACET, Integer.MAX_VALUE));
    months.sort(Comparator.comparing(FacetCount::value));
    return new Facets(values(counts, Fields.OUTLET_FACET, FACET_VALUES), values(counts, Fields.ENTITY_FACET, FACET_VALUES), months);
  }

  /** The dimension's values, largest count first (ties by value); none when no match has one. */
  private static List<FacetCount> values(org.apache.lucene.facet.Facets counts, String dim, int top) throws IOException {
    FacetResult r;
    try {
      r = top == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(top, dim);
    } catch (IllegalArgumentException notIndexedYet) {
      return List.of();
    }
    if (r == null) {
      return List.of();
    }
    List<FacetCount> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      out.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out;
  }

  private List<ArticleHit> articles(TopFieldDocs top, SearchQuery q, Query user) throws IOException {
    List<StoryTally.Hit> page = new ArrayList<>();
    for (int i = q.offset(); i < top.scoreDocs.length; i++) {
      ScoreDoc d = top.scoreDocs[i];
      page.add(new StoryTally.Hit(d.doc, score(d), 0));
    }
    return HitReader.read(searcher, user, page);
  }

  /** The score of a hit sorted by {@link #ORDER}: its first sort value. */
  private static float score(ScoreDoc d) {
    return d instanceof FieldDoc f && f.fields[0] instanceof Float s ? s : d.score;
  }

  private List<StoryHit> stories(StoryTally tally, SearchQuery q, Query user) throws IOException {
    List<StoryTally.Group> groups = new ArrayList<>(tally.groups());
    groups.sort(Comparator.comparing(StoryTally.Group::top, StoryTally.BEST_FIRST).thenComparingLong(g -> g.story));
    List<StoryTally.Group> page = groups.subList(Math.min(q.offset(), groups.size()), Math.min(q.offset() + q.limit(), groups.size()));
    List<StoryTally.Hit> shown = new ArrayList<>();
    page.forEach(g -> shown.addAll(g.best));
    List<ArticleHit> hits = HitReader.read(searcher, user, shown);
    List<StoryHit> out = new ArrayList<>(page.size());
    int at = 0;
    for (StoryTally.Group g : page) {
      out.add(new StoryHit(Fields.story(g.story), g.count, hits.subList(at, at + g.best.size())));
      at += g.best.size();
    }
    return out;
  }
}
