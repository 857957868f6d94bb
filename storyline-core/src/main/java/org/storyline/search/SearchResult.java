package org.storyline.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param total how many articles match (all pages)
 * @param storyTotal how many stories those articles belong to
 * @param articles the page's articles when the query asked for articles; when grouped, empty
 * @param stories the page's stories when the query asked for stories, each with its best articles;
 *     otherwise empty
 * @param facets counts by outlet, entity and month over every matching article
 */
public record SearchResult(
    long total, long storyTotal, List<ArticleHit> articles, List<StoryHit> stories, Facets facets) {

  public SearchResult {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
  }
}
