/**
 * The HTML report that {@code analyze} writes: one self-contained page with the run, its stories and
 * each article with what was extracted from it.
 */
package org.storyline.app.report;
