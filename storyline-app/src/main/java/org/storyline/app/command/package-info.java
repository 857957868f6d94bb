/**
 * The commands over the store and over input files, one class a command: {@code analyze}, {@code
 * ingest}, {@code reanalyze}, {@code watch} (with its {@code Watcher}), the store's views ({@code
 * articles}, {@code article}, {@code stories}, {@code story}, {@code entities}, {@code entity}, {@code
 * claims}), and the one-file tools ({@code annotate}, {@code extract-html}, {@code tag-time}, {@code
 * tag-entities}, {@code cluster}), with the options they share.
 */
package org.storyline.app.command;
