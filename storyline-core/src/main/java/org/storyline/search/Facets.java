package org.storyline.search;

import java.util.List;

/**
 * Counts of the matching articles by facet, largest first. A facet with a filter chosen is counted
 * as if that filter were not set (drill sideways), so its other values stay visible.
 *
 * @param outlets by outlet
 * @param entities by entity (canonical name)
 * @param months by month of publication, {@code YYYY-MM}, in date order
 */
public record Facets(List<FacetCount> outlets, List<FacetCount> entities, List<FacetCount> months) {

  public Facets {
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    months = List.copyOf(months);
  }

  /** No counts. */
  public static Facets none() {
    return new Facets(List.of(), List.of(), List.of());
  }

  /** One value of a facet and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
