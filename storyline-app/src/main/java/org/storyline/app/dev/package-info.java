/**
 * The commands for those who work on Storyline rather than with it: {@code eval} scores a stage on a
 * public data set, {@code train} rebuilds a shipped model, and {@code bench} measures speed (on a
 * {@code SyntheticCorpus} for clustering and ingest).
 */
package org.storyline.app.dev;
