package org.storyline.extract.claim;

/**
 * The status of a figure. Counts and plans answer different questions ("how many are there?",
 * "how many would be used?") and are never compared with each other.
 */
public enum Modality {
  /** What is, or what happened in the reported event: "Russia has 100,000 troops on the border". */
  COUNT,
  /** A plan, option or projection: "plans to invade ... using 175,000 troops". */
  PLAN,
  /** A possibility or a hypothesis: "could reach 40 percent", "would beat Trump by 5 points". */
  POSSIBILITY,
  /** A figure of an earlier period: "war games in September that involved 200,000 troops". */
  HISTORICAL
}
