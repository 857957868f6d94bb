package org.storyline.clean;

import org.storyline.model.Article;
import org.storyline.model.SourceDocument;

/**
 * The clean stage: turns what an input gave into the article a reader sees.
 *
 * <p>Contract. Given any {@link SourceDocument}, returns an {@link Article} whose
 *
 * <ul>
 *   <li>{@code text} keeps the headline, dateline, byline and every line of the body, and drops
 *       boilerplate by general rules (app and newsletter promos, sign-up boxes, video captions
 *       ending in a running time, photo captions and credits, all-capitals related-headline
 *       links, repeated lines, runs of blank lines); paragraphs are separated by one blank line;
 *   <li>{@code sourceMap} takes every character of {@code text} to the source character it was
 *       copied from (cleaning never rewrites characters inside a kept line, it only drops);
 *   <li>{@code removed} lists every dropped non-blank piece of the source with its reason;
 *   <li>{@code id} is {@link org.storyline.model.ArticleId#derive} of url, title, given date and
 *       text, so equal inputs get equal ids.
 * </ul>
 *
 * A cleaner never throws on odd text (an empty body gives an empty text); it is stateless and
 * safe to share between threads.
 */
public interface Cleaner {

  Article clean(SourceDocument document);
}
