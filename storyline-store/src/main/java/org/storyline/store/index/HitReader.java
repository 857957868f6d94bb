package org.storyline.store.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.storyline.search.ArticleHit;

/**
 * The articles of a page of hits, with their snippets: each hit reads two doc values (what results
 * show, and the text with its sentence boundaries), visiting the hits in document order as doc
 * values are read, and only the page's hits get snippets.
 */
final class HitReader {

  private final IndexSearcher searcher;
  private final PassageFinder passages;
  private LeafReaderContext leaf;
  private BinaryDocValues shown;
  private BinaryDocValues body;

  private HitReader(IndexSearcher searcher, PassageFinder passages) {
    this.searcher = searcher;
    this.passages = passages;
  }

  /** The articles of {@code hits}, in their order, with snippets of {@code query}'s matches. */
  static List<ArticleHit> read(IndexSearcher searcher, Query query, List<StoryTally.Hit> hits) throws IOException {
    if (hits.isEmpty()) {
      return List.of();
    }
    HitReader reader = new HitReader(searcher, new PassageFinder(searcher, query, LuceneSearch.PASSAGES));
    Integer[] byDoc = new Integer[hits.size()];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits.get(i).doc()));
    ArticleHit[] out = new ArticleHit[hits.size()];
    for (int i : byDoc) {
      out[i] = reader.article(hits.get(i));
    }
    return List.of(out);
  }

  private ArticleHit article(StoryTally.Hit hit) throws IOException {
    int doc = moveTo(hit.doc());
    ShownFields f = ShownFields.decode(value(shown, doc, Fields.SHOWN));
    IndexedText text = IndexedText.decode(value(body, doc, Fields.BODY));
    return new ArticleHit(f.id(), f.story(), f.title(), f.outlet(), f.published(), hit.score(),
        SnippetFormatter.format(passages.passages(leaf, doc, text), text));
  }

  /** The segment of a document (its doc values opened the first time), and its number there. */
  private int moveTo(int doc) throws IOException {
    if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      shown = DocValues.getBinary(leaf.reader(), Fields.SHOWN);
      body = DocValues.getBinary(leaf.reader(), Fields.BODY);
    }
    return doc - leaf.docBase;
  }

  private static BytesRef value(BinaryDocValues values, int doc, String field) throws IOException {
    if (values.docID() == doc || values.advanceExact(doc)) {
      return values.binaryValue();
    }
    throw new IllegalStateException("document " + doc + " has no " + field + " value (an index of an older format?)");
  }
}
