package org.storyline.extract.event;

/** What kind of happening news reports: the coarse types the story timeline groups by. */
public enum EventType {
  /** A call, a meeting, talks, a summit, negotiations, a visit. */
  COMMUNICATION,
  /** Something said: announced, warned, said, denied, threatened. */
  STATEMENT,
  /** Deployments, exercises, attacks, shootings, arrests, withdrawals. */
  MILITARY_SECURITY,
  /** Sanctions, demands, agreements, expulsions, staff reduced. */
  DIPLOMATIC,
  /** Launches, sales, acquisitions, lay-offs, results. */
  ECONOMIC,
  /** Charged, sentenced, ruled, elected, resigned, signed. */
  LEGAL_POLITICAL,
  OTHER
}
