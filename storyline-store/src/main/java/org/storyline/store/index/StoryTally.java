package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every matching article and the stories they belong to; when {@code best > 0}, also keeps
 * each story's {@code best} highest-scoring articles (ties: the newer first), for results grouped by
 * story. One pass over the matches, memory by the stories matched.
 */
final class StoryTally extends SimpleCollector {

  /** A matching article: its document (across segments), score and epoch day (MIN_VALUE when undated). */
  record Hit(int doc, float score, long day) {}

  /** Best first: higher score, then newer, then the lower document. */
  static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble((Hit h) -> -h.score())
      .thenComparing(Comparator.comparingLong(Hit::day).reversed())
      .thenComparingInt(Hit::doc);

  /** One story's matches: how many, and the best few (best first). */
  static final class Group {
    final long story;
    long count;
    final List<Hit> best = new ArrayList<>(3);

    Group(long story) {
      this.story = story;
    }

    Hit top() {
      return best.get(0);
    }

    void offer(Hit h, int keep) {
      count++;
      if (keep == 0) {
        return;
      }
      if (best.size() < keep || BEST_FIRST.compare(h, best.get(best.size() - 1)) < 0) {
        best.add(h);
        best.sort(BEST_FIRST);
        if (best.size() > keep) {
          best.remove(best.size() - 1);
        }
      }
    }

    void addAll(Group other, int keep) {
      count += other.count - other.best.size();
      for (Hit h : other.best) {
        offer(h, keep);
      }
    }
  }

  private final int keep;
  private final LongIndex stories = new LongIndex();
  private final List<Group> groups = new ArrayList<>();
  private long total;
  private int docBase;
  private Scorable scorer;
  private NumericDocValues story;
  private NumericDocValues day;

  StoryTally(int keep) {
    this.keep = keep;
  }

  long total() {
    return total;
  }

  Collection<Group> groups() {
    return groups;
  }

  /** The group of a story, made the first time. */
  private Group group(long story) {
    int i = stories.indexOf(story);
    if (i == groups.size()) {
      groups.add(new Group(story));
    }
    return groups.get(i);
  }

  @Override
  public ScoreMode scoreMode() {
    return keep > 0 ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    docBase = context.docBase;
    story = DocValues.getNumeric(context.reader(), Fields.STORY_NUMBER);
    day = DocValues.getNumeric(context.reader(), Fields.DATE_ORDER);
  }

  @Override
  public void setScorer(Scorable scorer) {
    this.scorer = scorer;
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    if (!story.advanceExact(doc)) {
      return; // not clustered yet: counted, in no story
    }
    Group g = group(story.longValue());
    if (keep == 0) {
      g.count++;
      return;
    }
    long d = day.advanceExact(doc) ? day.longValue() : Long.MIN_VALUE;
    g.offer(new Hit(docBase + doc, scorer.score(), d), keep);
  }

  /** Tallies of the segments searched apart, added up. */
  static CollectorManager<StoryTally, StoryTally> manager(int keep) {
    return new CollectorManager<>() {
      @Override
      public StoryTally newCollector() {
        return new StoryTally(keep);
      }

      @Override
      public StoryTally reduce(Collection<StoryTally> tallies) {
        StoryTally all = new StoryTally(keep);
        for (StoryTally t : tallies) {
          all.total += t.total;
          for (Group g : t.groups) {
            all.group(g.story).addAll(g, keep);
          }
        }
        return all;
      }
    };
  }
}
