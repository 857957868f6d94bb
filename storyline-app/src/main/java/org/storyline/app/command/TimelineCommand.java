package org.storyline.app.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.TimelineViews;
import org.storyline.engine.EntityEvent;
import org.storyline.engine.Store;
import org.storyline.reconcile.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "The events an entity takes part in, across stories, in date order, each with its sources.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:shown", "1:no entity has that name", "2:usage error"})
public final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--entity", required = true, paramLabel = "NAME",
      description = "A name or alias of the entity (case and diacritics ignored), or its id.")
  String name;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit = 500;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      Optional<Entity> found = articles.entity(name);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("no entity is named '" + name + "' in " + store.location);
        return 1;
      }
      List<EntityEvent> events = eventsOf(articles, found.get());
      var out = spec.commandLine().getOut();
      out.print(json ? ArticleJson.write(TimelineViews.json(events)) + "\n" : TimelineViews.text(found.get().canonicalName(), events));
      return 0;
    }
  }

  /** The events naming the entity by any of its names (a story may have chosen another of them as canonical), in date order. */
  private List<EntityEvent> eventsOf(Store articles, Entity e) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.canonicalName());
    names.addAll(e.aliases());
    Set<EntityEvent> events = new LinkedHashSet<>();
    for (String n : names) {
      events.addAll(articles.eventsOf(n, limit));
    }
    List<EntityEvent> out = new ArrayList<>(events);
    out.sort(Comparator.comparing((EntityEvent x) -> x.event().when()).thenComparing(x -> x.story()));
    return out.subList(0, Math.min(limit, out.size()));
  }
}
