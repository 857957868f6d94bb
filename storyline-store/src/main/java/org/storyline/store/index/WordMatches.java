package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The matches in one field of a query made of words only ({@link TermQuery}s, boosted or not, under
 * {@link BooleanQuery}s: what a search box's words give), the same as its weight's {@code matches}
 * give, read from postings that are opened once a segment and moved forward from hit to hit, where
 * the weight opens them again for each hit and word (cloning their files' inputs each time), after
 * looking every word up in every segment to make the weight.
 *
 * <p>Lucene's rules, followed here: a word matches a document that has it (in its own field); a boolean
 * query matches when none of its prohibited clauses match, all of its required ones do, at least its
 * minimum of optional ones do, and at least one clause of those counted matched; its matches are
 * those of its required clauses and of its optional clauses that match. The matches in the field are
 * then the positions of the matched words of that field, each word's own (a word asked twice is
 * listed twice).
 *
 * <p>Documents must be asked for in increasing order within a segment ({@link #matches}); one instance
 * a search, not thread-safe.
 */
final class WordMatches {

  /** A match of a word: its offsets and the word's query. */
  interface Sink {
    void match(int start, int end, TermQuery word) throws IOException;
  }

  private final Node root;
  private final List<Word> words;
  private LeafReaderContext leaf;
  private int lastDoc = -1;

  private WordMatches(Node root, List<Word> words) {
    this.root = root;
    this.words = words;
  }

  /** The matches in {@code field} of {@code rewritten} (a rewritten query), or null when it is not made of words only. */
  static WordMatches of(Query rewritten, String field) {
    List<Word> words = new ArrayList<>();
    Node root = node(rewritten, field, words);
    return root == null ? null : new WordMatches(root, words);
  }

  private static Node node(Query q, String field, List<Word> words) {
    if (q instanceof BoostQuery b) {
      return node(b.getQuery(), field, words);
    }
    if (q instanceof TermQuery t) {
      Word w = new Word(t, t.getTerm().field().equals(field));
      words.add(w);
      return w;
    }
    if (q instanceof BooleanQuery b) {
      List<BooleanClause.Occur> occurs = new ArrayList<>();
      List<Node> clauses = new ArrayList<>();
      for (BooleanClause c : b.clauses()) {
        Node n = node(c.getQuery(), field, words);
        if (n == null) {
          return null;
        }
        occurs.add(c.getOccur());
        clauses.add(n);
      }
      return new All(occurs, clauses, b.getMinimumNumberShouldMatch());
    }
    return null;
  }

  /**
   * Gives {@code sink} the matches in the field of document {@code doc} of {@code leaf}, in no particular
   * order; false (and none given) when the query does not match it.
   */
  boolean matches(LeafReaderContext leaf, int doc, Sink sink) throws IOException {
    if (leaf != this.leaf || doc <= lastDoc) {
      for (Word w : words) {
        w.open(leaf);
      }
      this.leaf = leaf;
    }
    lastDoc = doc;
    List<Word> matched = new ArrayList<>();
    if (!root.matches(doc, matched)) {
      return false;
    }
    for (Word w : matched) {
      if (w.inField) {
        w.offsets(sink);
      }
    }
    return true;
  }

  /** A part of the query: whether it matches a document, and if so the words whose matches it gives. */
  private interface Node {
    boolean matches(int doc, List<Word> matched) throws IOException;
  }

  private static final class Word implements Node {
    final TermQuery query;
    final boolean inField; // only the words of the field asked for need their offsets
    private PostingsEnum postings; // null: the segment does not have the word

    Word(TermQuery query, boolean inField) {
      this.query = query;
      this.inField = inField;
    }

    void open(LeafReaderContext leaf) throws IOException {
      postings = null;
      Terms terms = leaf.reader().terms(query.getTerm().field());
      if (terms == null) {
        return;
      }
      TermsEnum te = terms.iterator();
      if (te.seekExact(query.getTerm().bytes())) {
        postings = te.postings(null, inField ? PostingsEnum.OFFSETS : PostingsEnum.NONE);
      }
    }

    @Override
    public boolean matches(int doc, List<Word> matched) throws IOException {
      if (postings == null) {
        return false;
      }
      if (postings.docID() < doc) {
        postings.advance(doc);
      }
      if (postings.docID() != doc) {
        return false;
      }
      matched.add(this);
      return true;
    }

    void offsets(Sink sink) throws IOException {
      for (int i = postings.freq(); i > 0; i--) {
        postings.nextPosition();
        sink.match(postings.startOffset(), postings.endOffset(), query);
      }
    }
  }

  /** A boolean query's clauses, matched as its weight's {@code matches} does. */
  private record All(List<BooleanClause.Occur> occurs, List<Node> clauses, int minShouldMatch) implements Node {
    @Override
    public boolean matches(int doc, List<Word> matched) throws IOException {
      List<Word> words = new ArrayList<>();
      int counted = 0;
      int optional = 0;
      for (int i = 0; i < clauses.size(); i++) {
        BooleanClause.Occur occur = occurs.get(i);
        List<Word> own = new ArrayList<>();
        boolean m = clauses.get(i).matches(doc, own);
        if (occur == BooleanClause.Occur.MUST_NOT) {
          if (m) {
            return false;
          }
        } else if (occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER) {
          if (!m) {
            return false;
          }
          words.addAll(own);
          counted++;
        } else if (m) {
          words.addAll(own);
          counted++;
          optional++;
        }
      }
      if (optional < minShouldMatch || counted == 0) {
        return false;
      }
      matched.addAll(words);
      return true;
    }
  }
}
