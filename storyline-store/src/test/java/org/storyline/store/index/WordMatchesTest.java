package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WordMatches} answers as the query's weight does ({@code Weight.matches}): for random boolean
 * queries of words (nested, boosted, prohibited, required, optional with a minimum, in the text, the
 * title or another field; those that stay words once rewritten), on every document of an index of several segments, whether it matches and
 * its matches in the text field (offsets and words, a word asked twice listed twice), asked in
 * document order and then again from the start (its postings opened again).
 */
class WordMatchesTest {

  private static final String[] WORDS = {"fire", "police", "shot", "river", "storm", "court"};
  private static final String[] FIELDS = {Fields.TEXT, Fields.TEXT, Fields.TITLE, "other"};

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesAreTheWeights(long seed) throws IOException {
    Random random = new Random(seed);
    index(random);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      IndexSearcher searcher = new IndexSearcher(reader);
      int matching = 0;
      int ofWords = 0;
      for (int q = 0; q < 40; q++) {
        Query query = searcher.rewrite(query(random, 3));
        WordMatches words = WordMatches.of(query, Fields.TEXT);
        if (words == null) {
          continue; // rewritten to another kind (a lone filter becomes a constant score): left to its weight
        }
        ofWords++;
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
        for (int pass = 0; pass < 2; pass++) {
          for (LeafReaderContext leaf : reader.leaves()) {
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              List<String> ours = new ArrayList<>();
              boolean matched = words.matches(leaf, doc, (s, e, w) -> ours.add(s + "-" + e + " " + w.getTerm().text()));
              List<String> theirs = weightMatches(weight, leaf, doc);
              String what = query + " doc " + (leaf.docBase + doc);
              assertThat(matched).as(what).isEqualTo(theirs != null);
              if (matched) {
                matching++;
                assertThat(ours).as(what).containsExactlyInAnyOrderElementsOf(theirs);
              }
            }
          }
        }
      }
      assertThat(ofWords).as("queries still of words once rewritten").isGreaterThan(20);
      assertThat(matching).as("documents matched").isGreaterThan(100);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"shot dead\"", "sho*", "date:2021", ""})
  void otherQueriesAreLeftToTheirWeight(String text) throws IOException {
    index(new Random(0));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      Query query = new IndexSearcher(reader).rewrite(QueryReader.read(text, Fields.analyzer()));
      assertThat(WordMatches.of(query, Fields.TEXT)).as(query.toString()).isNull();
    }
  }

  /** Random texts and titles of the few words, in several segments. */
  private void index(Random random) throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int doc = 0; doc < 120; doc++) {
        Document d = new Document();
        d.add(new Field(Fields.TEXT, words(random, 12), withOffsets));
        d.add(new TextField(Fields.TITLE, words(random, 3), Field.Store.NO));
        d.add(new TextField("other", words(random, 2), Field.Store.NO));
        writer.addDocument(d);
        if (doc % 40 == 39) {
          writer.commit();
        }
      }
    }
  }

  private static String words(Random random, int most) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : ", ");
    }
    return s.toString();
  }

  private static Query query(Random random, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      Query word = new TermQuery(new Term(FIELDS[random.nextInt(FIELDS.length)], WORDS[random.nextInt(WORDS.length)]));
      return random.nextInt(4) == 0 ? new BoostQuery(word, 2f) : word;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(4);
    for (int i = 0; i < clauses; i++) {
      Occur[] occurs = {Occur.SHOULD, Occur.SHOULD, Occur.MUST, Occur.MUST_NOT, Occur.FILTER};
      b.add(query(random, depth - 1), occurs[random.nextInt(occurs.length)]);
    }
    if (random.nextInt(4) == 0) {
      b.setMinimumNumberShouldMatch(random.nextInt(3));
    }
    return b.build();
  }

  /** The weight's matches in the text field, as "start-end word"; null when it does not match. */
  private static List<String> weightMatches(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
    Matches m = weight.matches(leaf, doc);
    if (m == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    MatchesIterator it = m.getMatches(Fields.TEXT);
    while (it != null && it.next()) {
      assertThat(it.getSubMatches()).isNull();
      out.add(it.startOffset() + "-" + it.endOffset() + " " + ((TermQuery) it.getQuery()).getTerm().text());
    }
    return out;
  }
}
