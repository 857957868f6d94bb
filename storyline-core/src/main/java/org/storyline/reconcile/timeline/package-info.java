/**
 * A story's timeline: the event mentions of its articles grouped into events (one per happening,
 * across articles, also when one article announces what another reports), each dated by the
 * best-supported day its sources give, with the dates that disagree kept beside it, and listed in
 * date order with its sources.
 */
package org.storyline.reconcile.timeline;
