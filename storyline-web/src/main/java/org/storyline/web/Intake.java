package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Problem.Severity;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * {@code POST /api/v1/articles}: a JSON array of articles with the fields of a JSONL input (text,
 * title, url, published, outlet, id: see the ingest documentation), read by the same JSONL reader
 * as a file, cleaned, and handed to the engine as one bounded batch. Items that cannot be read are
 * reported by their 1-based position; the others are stored.
 */
final class Intake {

  static final String ORIGIN = "POST /api/v1/articles";

  private final Site site;
  private final Cleaner cleaner = new BoilerplateCleaner();

  Intake(Site site) {
    this.site = site;
  }

  /** One stored (or already stored) item: its position in the array and its article id. */
  record Accepted(long item, String id) {}

  /** One problem with an item. */
  record ItemProblem(long item, String severity, String reason) {}

  /** The answer: how many items came, how many articles were new, and what went wrong. */
  record Receipt(int received, int stored, List<Accepted> articles, List<ItemProblem> problems) {}

  void post(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.startsWith("application/json")) {
      throw new Problem(415, "Unsupported media type", "send a JSON array with Content-Type: application/json, not '" + type + "'");
    }
    JsonNode body = parse(ctx.bodyAsBytes());
    List<SourceDocument> docs = new ArrayList<>();
    List<org.storyline.model.Problem> problems = new ArrayList<>();
    Ingestor.withDefaults().readStream(ORIGIN, new ByteArrayInputStream(lines(body)), SourceFormat.JSONL, docs::add, problems::add);
    List<Article> articles = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (SourceDocument d : docs) {
      Article a = cleaner.clean(d);
      articles.add(a);
      accepted.add(new Accepted(d.origin().record(), a.id().value()));
    }
    int stored = articles.isEmpty() ? 0 : site.writes.add(articles);
    List<ItemProblem> reported = problems.stream()
        .map(p -> new ItemProblem(p.origin().record(), p.severity() == Severity.ERROR ? "error" : "warning", p.reason()))
        .toList();
    ctx.status(accepted.isEmpty() ? 422 : 200);
    site.json(ctx, new Receipt(body.size(), stored, accepted, reported));
  }

  private JsonNode parse(byte[] bytes) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw Problem.badRequest("the body is not JSON: " + reason);
    }
    if (body == null || !body.isArray()) {
      throw Problem.badRequest("the body must be a JSON array of articles, not " + (body == null ? "empty" : body.getNodeType().name().toLowerCase()));
    }
    if (body.isEmpty()) {
      throw Problem.badRequest("the array holds no article");
    }
    if (body.size() > site.options.maxBatch()) {
      throw new Problem(413, "Content too large", "a batch holds at most " + site.options.maxBatch() + " articles, not " + body.size());
    }
    return body;
  }

  /** The array as JSON Lines: item n is line n, so that problems name the item. */
  private static byte[] lines(JsonNode array) {
    StringBuilder out = new StringBuilder();
    for (JsonNode item : array) {
      out.append(item.toString().replace('\n', ' ')).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
