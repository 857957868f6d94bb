/**
 * What the commands print: the JSON forms of articles, claims, entities and stories (spans with
 * offsets into both the cleaned and the source text) and their text forms for a terminal.
 */
package org.storyline.app.view;
