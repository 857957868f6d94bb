package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.ClusterDecision;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;

/**
 * What the clusterer changed since the last drain, for {@link OnlineClusterer#drainChanges}. Kept
 * only while {@link #recording}: a clusterer run straight to {@code finish()} (an evaluation, a
 * benchmark of millions of articles) would otherwise hold every decision it made.
 *
 * <p>Fields are package-private for {@link ClusterCheckpoint}.
 */
final class ChangeLog {

  boolean recording;
  final Set<StoryState> stories = new HashSet<>(); // StoryState keeps identity equality
  final List<StoryId> removed = new ArrayList<>();
  final List<DuplicateLink> duplicates = new ArrayList<>();
  final List<StoryMerge> merges = new ArrayList<>();
  final List<ClusterDecision> decisions = new ArrayList<>();

  void story(StoryState s) {
    if (recording) {
      stories.add(s);
    }
  }

  void decision(ClusterDecision d) {
    if (recording) {
      decisions.add(d);
    }
  }

  void duplicate(DuplicateLink link) {
    if (recording) {
      duplicates.add(link);
    }
  }

  /** {@code from} was merged into {@code into}, as {@code merge} records. */
  void merge(StoryState from, StoryState into, StoryMerge merge) {
    if (recording) {
      removed.add(from.id);
      stories.add(into);
      merges.add(merge);
    }
  }

  /** The changed stories, merged-away ones left out, in the order they were started. */
  List<StoryState> changedStories() {
    List<StoryState> out = new ArrayList<>();
    for (StoryState s : stories) {
      if (s.mergedInto == null) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingLong(s -> s.seq));
    return out;
  }

  /** What changed since the last drain; forgets it. */
  Changes drain() {
    List<Story> changed = new ArrayList<>();
    changedStories().forEach(s -> changed.add(s.toStory()));
    Changes out = new Changes(changed, removed, duplicates, merges, decisions);
    stories.clear();
    removed.clear();
    duplicates.clear();
    merges.clear();
    decisions.clear();
    return out;
  }
}
