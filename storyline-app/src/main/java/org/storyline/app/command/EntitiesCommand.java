package org.storyline.app.command;

import org.storyline.app.view.EntityJson;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.List;
import java.util.Locale;
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
          e -> String.format(Locale.ROOT, "%5d  %-12s %s%s", e.mentions(), e.type(), e.name(),
              e.aliases().isEmpty() ? "" : "  (" + String.join(", ", e.aliases()) + ")"),
          paging.count(entities.size(), paging.partial() ? articles.entityCount() : entities.size()), "entity", "entities", store.location);
      return 0;
    }
  }
}
