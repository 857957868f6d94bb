package org.storyline.reconcile.event.eval;

import java.util.List;
import org.storyline.reconcile.event.LabelledMention;

/**
 * Gold event mentions grouped by topic, as an evaluation reads them.
 *
 * @param name what was read (the folder)
 * @param topics the topics, in the order of their ids
 * @param documents how many documents were read
 * @param problems one line each for the mentions that could not be read (they are left out)
 */
public record EventCorpus(String name, List<Topic> topics, int documents, List<String> problems) {

  public EventCorpus {
    topics = List.copyOf(topics);
    problems = List.copyOf(problems);
  }

  /** The mentions of one topic; coreference is never sought across topics. */
  public record Topic(String id, List<LabelledMention> mentions) {
    public Topic {
      mentions = List.copyOf(mentions);
    }
  }

  public int mentions() {
    return topics.stream().mapToInt(t -> t.mentions().size()).sum();
  }

  /** The corpus with only the topics the filter keeps. */
  public EventCorpus only(java.util.function.Predicate<Topic> keep) {
    return new EventCorpus(name, topics.stream().filter(keep).toList(), documents, problems);
  }
}
