/**
 * Full-text search over the stored articles: the read side every view uses ({@link
 * org.storyline.search.ArticleSearch}), whatever index stands behind it (Lucene beside an embedded
 * store, the database's own full-text search beside a shared one). Queries use the classic syntax
 * (phrases, AND/OR/NOT, {@code title:}, {@code outlet:}, {@code entity:}, date ranges); snippets
 * come as plain text with highlight spans, so that every page escapes them itself.
 */
package org.storyline.search;
