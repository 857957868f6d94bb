package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists as JSON or CSV ({@code ?format=csv|json}; JSON is the default). A CSV has one column per
 * field of the JSON rows (lists joined by "; "), quoted as RFC 4180 says, and a cell that a
 * spreadsheet would read as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
final class Exports {

  private Exports() {}

  /** Whether the request asks for a file (CSV or JSON) rather than the API's answer. */
  static boolean wanted(Context ctx) {
    return format(ctx) != null;
  }

  private static String format(Context ctx) {
    String format = ctx.queryParam("format");
    if (format == null || format.isEmpty()) {
      return null;
    }
    format = format.toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("json")) {
      throw Problem.badRequest("format must be 'csv' or 'json', not '" + format + "'");
    }
    return format;
  }

  /** Sends {@code rows}: JSON as {"items": rows}, or a CSV file named {@code name}.csv. */
  static void send(Site site, Context ctx, List<?> rows, String name) {
    String format = format(ctx);
    if ("csv".equals(format)) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(csv(rows));
      return;
    }
    if ("json".equals(format)) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
    }
    site.json(ctx, new Items<>(rows));
  }

  /** A list answered whole. */
  record Items<T>(List<T> items) {}

  /** One claim value of one article with its group, a row of the claims CSV ({@code times}: how often the article gives it). */
  record ClaimRow(String group, String thing, String owner, String unit, boolean disagreement, String value, double low, double high,
      String source, String outlet, java.time.LocalDate published, String article, String modality, int times) {}

  /** Claim groups: JSON as they are, CSV as one row per value and article. */
  static void sendClaims(Site site, Context ctx, List<Views.ClaimGroupView> groups, String name) {
    if (!"csv".equals(format(ctx))) {
      send(site, ctx, groups, name);
      return;
    }
    List<ClaimRow> rows = new ArrayList<>();
    for (Views.ClaimGroupView g : groups) {
      for (Views.ClaimValue v : g.values()) {
        rows.add(new ClaimRow(g.id(), g.thing(), g.owner(), g.unit(), g.disagreement(), v.text(), v.low(), v.high(), v.source(),
            v.outlet(), v.published(), v.article(), v.modality(), v.times()));
      }
    }
    send(site, ctx, rows, name);
  }

  static String csv(List<?> rows) {
    List<JsonNode> nodes = rows.stream().map(r -> (JsonNode) Json.MAPPER.valueToTree(r)).toList();
    Set<String> columns = new LinkedHashSet<>();
    nodes.forEach(n -> n.fieldNames().forEachRemaining(columns::add));
    StringBuilder out = new StringBuilder();
    line(out, new ArrayList<>(columns));
    for (JsonNode n : nodes) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        cells.add(cell(n.get(c)));
      }
      line(out, cells);
    }
    return out.toString();
  }

  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
        JsonNode e = it.next();
        parts.add(e.isValueNode() ? e.asText() : e.toString());
      }
      return String.join("; ", parts);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells.get(i);
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+(E-?[0-9]+)?")) {
        c = "'" + c; // not a formula when the sheet opens it
      }
      out.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }
}
