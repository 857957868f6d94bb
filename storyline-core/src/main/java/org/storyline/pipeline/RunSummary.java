package org.storyline.pipeline;

/**
 * What one pipeline run did.
 *
 * @param files input files read
 * @param articles articles read and cleaned
 * @param added articles new to the sink
 * @param errors inputs or records not stored
 * @param warnings inputs stored with a caveat
 */
public record RunSummary(int files, int articles, int added, int errors, int warnings) {

  /** Articles that the sink had already. */
  public int alreadyStored() {
    return articles - added;
  }

  /** Whether every input was stored; a run with errors exits with status 1. */
  public boolean clean() {
    return errors == 0;
  }
}
