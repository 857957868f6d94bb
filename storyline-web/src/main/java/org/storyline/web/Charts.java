package org.storyline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data of the pages' charts, as the script that draws them reads it from a JSON block. */
final class Charts {

  private Charts() {}

  /** One claim group's chart: a series per source, each value at its article's date. */
  record ClaimChart(String title, boolean disagreement, List<Series> series) {}

  /** {@code points}: [day, value] pairs, in date order. */
  record Series(String name, List<List<Object>> points) {}

  /** A chart for each claim group whose values come from two articles or more and carry dates. */
  static List<ClaimChart> claimSeries(List<Views.ClaimGroupView> groups) {
    List<ClaimChart> out = new ArrayList<>();
    for (Views.ClaimGroupView g : groups) {
      Map<String, List<List<Object>>> bySource = new LinkedHashMap<>();
      long dated = g.values().stream().filter(v -> v.published() != null).map(Views.ClaimValue::article).distinct().count();
      if (dated < 2) {
        continue;
      }
      g.values().stream().filter(v -> v.published() != null)
          .sorted(java.util.Comparator.comparing(Views.ClaimValue::published))
          .forEach(v -> bySource.computeIfAbsent(source(v), k -> new ArrayList<>()).add(point(v.published(), v.low())));
      List<Series> series = bySource.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList();
      out.add(new ClaimChart(title(g), g.disagreement(), series));
    }
    return out;
  }

  static String title(Views.ClaimGroupView g) {
    return (g.owner() == null ? "" : g.owner() + " ") + g.thing() + (g.modality().equals("COUNT") ? "" : " (" + g.modality().toLowerCase() + ")");
  }

  private static String source(Views.ClaimValue v) {
    return v.outlet() != null ? v.outlet() : v.source() != null ? v.source() : "(no outlet)";
  }

  private static List<Object> point(LocalDate day, double value) {
    return List.of(day.toString(), value);
  }
}
