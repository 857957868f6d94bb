package org.storyline.app.command;

import org.storyline.app.view.EntityJson;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.reconcile.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "List every entity of the store: canonical name, type, aliases and mention count, most mentioned first.",
      "Entities are resolved within each story and joined across stories by their full name; read from the store."
    })
public final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Paging paging;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      List<EntitySummary> entities = paging.read(articles::entities);
      Listing.print(spec.commandLine().getOut(), json, entities, EntityJson::brief,
          EntitiesCommand::line,
          paging.count(entities.size(), paging.partial() ? articles.entityCount() : entities.size()), "entity", "entities", store.location);
      return 0;
    }
  }

  /**
   * An entity's line: mentions right-aligned in five places, the type left-aligned in twelve, the
   * name and its aliases (as {@code "%5d  %-12s %s%s"} would, without a format string: a store's
   * list is tens of thousands of lines).
   */
  static String line(EntitySummary e) {
    StringBuilder out = new StringBuilder(80);
    String mentions = Integer.toString(e.mentions());
    out.append(" ".repeat(Math.max(0, 5 - mentions.length()))).append(mentions).append("  ");
    String type = e.type().toString();
    out.append(type).append(" ".repeat(Math.max(0, 12 - type.length()))).append(' ').append(e.name());
    if (!e.aliases().isEmpty()) {
      out.append("  (").append(String.join(", ", e.aliases())).append(')');
    }
    return out.toString();
  }
}
