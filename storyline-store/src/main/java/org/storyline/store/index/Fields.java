package org.storyline.store.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.store.index.IndexedArticle.EntityName;
import org.storyline.store.index.IndexedArticle.Facts;

/**
 * The index's fields: one document an article. A search reads what its results show from two doc
 * values, {@link #SHOWN} and {@link #BODY}; the stored fields hold only what a catch-up compares
 * (id, story, date, entities). Words are lowercased by the standard tokenizer and
 * nothing else (no stop words, so that a phrase such as "state of emergency" matches as written;
 * no stemming, so that a search finds the word typed).
 */
final class Fields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  /** Entity names, analysed like text, for {@code entity:} queries. */
  static final String ENTITY = "entity";
  /** Entity ids, one term each, to find the documents of a renamed entity. */
  static final String ENTITY_ID = "entity_id";
  /** Stored pairs "id TAB name", what a document holds of its entities. */
  static final String ENTITY_PAIR = "entity_pair";
  static final String STORY = "story";
  /** The story id as a number (its 16 hex digits), for counting and grouping by story. */
  static final String STORY_NUMBER = "story_n";
  /** Epoch day: a point for ranges, a stored value. */
  static final String DATE = "date";
  /** Epoch day as doc values, to sort ties newest first. */
  static final String DATE_ORDER = "date_dv";

  /** What a result shows of the article, one value ({@link ShownFields}). */
  static final String SHOWN = "shown";
  /** The text with its sentence boundaries, for snippets ({@link IndexedText}). */
  static final String BODY = "body";

  /**
   * The layout of the documents, recorded in each commit: an index of another layout is rebuilt
   * rather than read. 1 (not recorded): titles, outlets and texts in stored fields; 2: results and
   * snippets from the {@link #SHOWN} and {@link #BODY} doc values.
   */
  static final String FORMAT = "2";

  /** The fields a query may name. */
  static final List<String> QUERYABLE = List.of(TITLE, TEXT, OUTLET, ENTITY, DATE);

  static final String OUTLET_FACET = "outlet";
  static final String ENTITY_FACET = "entity";
  static final String MONTH_FACET = "month";

  /** The text keeps its offsets in the postings, so snippets need no analysis at search time; it is read from {@link #BODY}. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private Fields() {}

  /** The analysis of every field and query: the standard tokenizer, then lowercasing. */
  static Analyzer analyzer() {
    return new Words();
  }

  /**
   * What {@code new StandardAnalyzer(CharArraySet.EMPTY_SET)} gives, the same tokens, positions and
   * offsets, without its stop filter, which looked every word up in the empty set (about 1.5% of
   * indexing's CPU in a profile of an analyze).
   */
  private static final class Words extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer words = new StandardTokenizer();
      return new TokenStreamComponents(words, new LowerCaseFilter(words));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(ENTITY_FACET, true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The document of {@code a}, with its facet fields built by {@code config}. */
  static Document document(IndexedArticle a, FacetsConfig config) throws IOException {
    Facts f = a.facts();
    Document d = new Document();
    d.add(new StringField(ID, f.id().value(), Field.Store.YES));
    d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    d.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
    d.add(new TextField(OUTLET, a.outlet(), Field.Store.NO));
    d.add(new BinaryDocValuesField(SHOWN, ShownFields.encode(a)));
    d.add(new BinaryDocValuesField(BODY, IndexedText.encode(a.text())));
    if (!a.outlet().isBlank()) {
      d.add(new SortedSetDocValuesFacetField(OUTLET_FACET, a.outlet()));
    }
    f.story().ifPresent(s -> {
      d.add(new StringField(STORY, s.value(), Field.Store.YES));
      d.add(new NumericDocValuesField(STORY_NUMBER, storyNumber(s)));
    });
    f.published().ifPresent(day -> {
      d.add(new LongPoint(DATE, day.toEpochDay()));
      d.add(new StoredField(DATE, day.toEpochDay()));
      d.add(new NumericDocValuesField(DATE_ORDER, day.toEpochDay()));
      d.add(new SortedSetDocValuesFacetField(MONTH_FACET, day.toString().substring(0, 7)));
    });
    for (EntityName e : f.entities()) {
      d.add(new TextField(ENTITY, e.name(), Field.Store.NO));
      d.add(new StringField(ENTITY_ID, e.id(), Field.Store.NO));
      d.add(new StoredField(ENTITY_PAIR, e.id() + '\t' + e.name()));
      d.add(new SortedSetDocValuesFacetField(ENTITY_FACET, e.name()));
    }
    return config.build(d);
  }

  /** The facts a stored document holds (see {@link #document}). */
  static Facts facts(Document d) {
    Optional<StoryId> story = Optional.ofNullable(d.get(STORY)).map(StoryId::new);
    IndexableField date = d.getField(DATE);
    Optional<LocalDate> published = date == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(date.numericValue().longValue()));
    List<EntityName> entities = new ArrayList<>();
    for (String pair : d.getValues(ENTITY_PAIR)) {
      int tab = pair.indexOf('\t');
      entities.add(new EntityName(pair.substring(0, tab), pair.substring(tab + 1)));
    }
    return new Facts(new ArticleId(d.get(ID)), story, published, entities);
  }

  /** A story id's 16 hex digits as the 64-bit number they spell. */
  static long storyNumber(StoryId story) {
    return Long.parseUnsignedLong(story.value(), 16);
  }

  /** The story id a number from {@link #storyNumber} stands for. */
  static StoryId story(long number) {
    String hex = Long.toHexString(number);
    return new StoryId("0".repeat(16 - hex.length()) + hex);
  }
}
