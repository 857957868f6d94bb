/**
 * The engine: the one place that wires the stages (ingest, clean, dedupe, extract, cluster,
 * reconcile) and keeps every result through a {@link org.storyline.engine.Store}. Every entry point
 * (the command line, the web server, a Flink job) runs the engine or reads through its {@link
 * org.storyline.engine.StoreReader}; none wires stages itself.
 */
package org.storyline.engine;
