package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The passages of a hit's text to show as its snippets: the sentences holding the query's matches,
 * scored, the best few kept. This is what Lucene's {@code UnifiedHighlighter} does with offsets from
 * the postings and weight matches (same matches, same passage bounds from the same sentence rules,
 * same scores), without what it costs per hit: the sentence boundaries are the ones found when the
 * article was indexed ({@link IndexedText}), not walked a character at a time from one passage to
 * the next; a query of words has its matches read from postings kept open along a segment's hits
 * ({@link WordMatches}), any other from its weight, made once a search; passages are scored without
 * building a hash table each.
 *
 * <p>One instance a search (it keeps the query's weight or postings); its documents are asked in
 * increasing order within a segment, as {@link HitReader} does (else its postings are opened again);
 * not thread-safe.
 */
final class PassageFinder {

  private static final PassageScorer SCORER = new PassageScorer();
  /** Lower score first, then the earlier: the head is the passage to drop. */
  private static final Comparator<TextPassage> WORST_FIRST =
      Comparator.comparingDouble((TextPassage p) -> p.score()).thenComparingInt(p -> p.start);

  private final WordMatches words; // null: the query is not made of words only, its weight finds the matches
  private final Weight weight; // null when words find them
  private final int maxPassages;
  private final Map<Query, BytesRef> terms = new HashMap<>();

  /**
   * Finds passages for {@code query}'s matches in the text field of {@code searcher}'s documents.
   * A query of words only ({@link WordMatches}: most of what a search box is asked) has its matches
   * read from postings opened once a segment. Any other has a weight, made for scores, which looks
   * each word up in every segment once, here; without scores each hit's matches would look its words
   * up again.
   */
  PassageFinder(IndexSearcher searcher, Query query, int maxPassages) throws IOException {
    Query rewritten = searcher.rewrite(query);
    this.words = WordMatches.of(rewritten, Fields.TEXT);
    this.weight = words == null ? searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f) : null;
    this.maxPassages = maxPassages;
  }

  /**
   * Up to {@code maxPassages} passages of the document's text holding the query's matches, in text
   * order; when it holds none, its first sentence (without matches); none when the text is empty.
   */
  List<TextPassage> passages(LeafReaderContext leaf, int doc, IndexedText text) throws IOException {
    if (text.length() == 0) {
      return List.of();
    }
    List<TextPassage> best = best(matches(leaf, doc), text);
    return best.isEmpty() ? List.of(new TextPassage(0, text.firstSentenceEnd())) : best;
  }

  /** A match of the query in the text: its offsets and the words of the query it matched. */
  private record Match(int start, int end, BytesRef term) implements Comparable<Match> {
    @Override
    public int compareTo(Match o) {
      int c = Integer.compare(start, o.start);
      c = c != 0 ? c : Integer.compare(end, o.end);
      return c != 0 ? c : term.compareTo(o.term);
    }
  }

  /** The query's matches in the document's text, a phrase as its words, in text order. */
  private List<Match> matches(LeafReaderContext leaf, int doc) throws IOException {
    if (words != null) {
      List<Match> out = new ArrayList<>();
      words.matches(leaf, doc, (start, end, word) -> out.add(new Match(start, end, term(word))));
      out.sort(null);
      return out;
    }
    Matches m = weight.matches(leaf, doc);
    MatchesIterator it = m == null ? null : m.getMatches(Fields.TEXT);
    List<Match> out = new ArrayList<>();
    if (it != null) {
      collect(it, out);
      out.sort(null);
    }
    return out;
  }

  /** Each match of {@code it}, or its sub-matches where it has some (the words of a phrase). */
  private boolean collect(MatchesIterator it, List<Match> out) throws IOException {
    if (it == null) {
      return false;
    }
    while (it.next()) {
      if (!collect(it.getSubMatches(), out)) {
        out.add(new Match(it.startOffset(), it.endOffset(), term(it.getQuery())));
      }
    }
    return true;
  }

  /** The words of a matched query, joined by spaces (else the query itself): what passages count matches by. */
  private BytesRef term(Query query) {
    return terms.computeIfAbsent(query, q -> {
      BytesRefBuilder words = new BytesRefBuilder();
      q.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query query, Term... ts) {
          for (Term t : ts) {
            if (words.length() > 0) {
              words.append((byte) ' ');
            }
            words.append(t.bytes());
          }
        }
      });
      return words.length() > 0 ? words.toBytesRef() : new BytesRef(q.toString());
    });
  }

  /**
   * The best passages: each match opens a passage (the sentence around its middle) unless it falls
   * in the one before; the {@code maxPassages} highest-scoring are kept, in text order.
   */
  private List<TextPassage> best(List<Match> matches, IndexedText text) {
    PriorityQueue<TextPassage> kept = new PriorityQueue<>(maxPassages + 1, WORST_FIRST);
    int length = text.length();
    TextPassage passage = null;
    int lastEnd = 0;
    for (Match m : matches) {
      if (m.start() < length && m.end() > length) {
        continue;
      }
      if (passage == null || m.start() >= passage.end) {
        offer(kept, passage, length);
        passage = null;
        if (m.start() >= length) {
          break;
        }
        int center = m.start() + (m.end() - m.start()) / 2;
        int start = Math.min(m.start(), Math.max(text.preceding(Math.max(m.start() + 1, center)), lastEnd));
        lastEnd = Math.max(m.end(), Math.min(text.following(Math.min(m.end() - 1, center)), length));
        passage = new TextPassage(start, lastEnd);
      }
      passage.add(m.start(), m.end(), m.term());
    }
    offer(kept, passage, length);
    List<TextPassage> out = new ArrayList<>(kept);
    out.sort(Comparator.comparingInt(p -> p.start));
    return out;
  }

  /** Scores the passage and keeps it if it is among the best so far (a tie with the worst replaces it). */
  private void offer(PriorityQueue<TextPassage> kept, TextPassage passage, int length) {
    if (passage == null) {
      return;
    }
    passage.score(score(passage, length));
    if (kept.size() == maxPassages && passage.score() < kept.peek().score()) {
      return;
    }
    kept.offer(passage);
    if (kept.size() > maxPassages) {
      kept.poll();
    }
  }

  /**
   * Lucene's passage score ({@link PassageScorer}): BM25 over the passage as a small document, each
   * distinct matched query counted by its matches in the passage (its frequency in the whole text
   * taken as 1, as the highlighter does with weight matches), times a boost for passages near the start.
   */
  private static float score(TextPassage p, int length) {
    BytesRef[] distinct = new BytesRef[p.matches()];
    int[] counts = new int[p.matches()];
    int n = 0;
    for (int i = 0; i < p.matches(); i++) {
      int j = 0;
      while (j < n && !distinct[j].bytesEquals(p.term(i))) {
        j++;
      }
      if (j == n) {
        distinct[n++] = p.term(i);
      }
      counts[j]++;
    }
    double score = 0d;
    for (int j = 0; j < n; j++) {
      score += SCORER.tf(counts[j], p.end - p.start) * SCORER.weight(length, 1);
    }
    score *= SCORER.norm(p.start);
    return (float) score;
  }
}
