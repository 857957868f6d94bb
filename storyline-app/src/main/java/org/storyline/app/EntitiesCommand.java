package org.storyline.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.reconcile.entity.Entity;
import org.storyline.store.ArticleStore;
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
      "Mentions of articles stored since the last look are extracted first; entities are then resolved again."
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (ArticleStore articles = store.open()) {
      List<Entity> entities = EntityIndex.refresh(articles);
      Listing.print(spec.commandLine().getOut(), json, entities, EntityJson::brief,
          e -> String.format(Locale.ROOT, "%5d  %-12s %s%s", e.mentionCount(), e.type(), e.canonicalName(),
              e.aliases().isEmpty() ? "" : "  (" + String.join(", ", e.aliases()) + ")"),
          "entity", "entities", store.file);
      return 0;
    }
  }
}
