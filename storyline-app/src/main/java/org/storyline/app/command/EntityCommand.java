package org.storyline.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.EntityJson;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;
import org.storyline.reconcile.entity.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "One entity: its names, mentions and why its names were merged. NAME is its canonical name or any alias",
      "(case and diacritics ignored) or its id. 'entity merge A B' and 'entity split NAME --alias X' correct it;",
      "corrections are kept in the store and applied every time entities are resolved again."
    },
    subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:shown", "1:no entity has that name", "2:usage error"})
public final class EntityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A name or alias of the entity, or its id.")
  String name;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    if (name == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a NAME (or 'merge', 'split') is needed");
    }
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      Optional<Entity> found = articles.entity(name);
      var out = spec.commandLine().getOut();
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("no entity is named '" + name + "' in " + store.location);
        return 1;
      }
      out.print(json ? ArticleJson.write(EntityJson.full(found.get())) + "\n" : text(found.get()));
      return 0;
    }
  }

  static String text(Entity e) {
    StringBuilder b = new StringBuilder();
    b.append(e.canonicalName()).append("  ").append(e.type()).append("  ").append(e.id()).append('\n');
    b.append("  aliases: ").append(e.aliases().isEmpty() ? "none" : String.join(", ", e.aliases())).append('\n');
    b.append(String.format(Locale.ROOT, "  %d mentions in %d articles%n", e.mentionCount(), e.articleCount()));
    for (EntityMention m : e.mentions()) {
      b.append(String.format(Locale.ROOT, "    %s [%d, %d) %s%n", m.article(), m.span().start(), m.span().end(), m.text()));
    }
    if (!e.reasons().isEmpty()) {
      b.append("  merged because:\n");
      for (MergeReason r : e.reasons()) {
        b.append("    ").append(r.kind()).append(": ").append(r.explanation()).append('\n');
      }
    }
    return b.toString();
  }

  /** Records a decision, applies it to the stories naming either name, and shows the result. */
  private static int decide(CommandSpec spec, StoreOption store, EntityDecision d, String what) {
    try (Store articles = store.open()) {
      String missing = articles.entity(d.name()).isEmpty() ? d.name()
          : d.kind() == EntityDecision.Kind.MERGE && articles.entity(d.other()).isEmpty() ? d.other() : null;
      if (missing != null) {
        spec.commandLine().getErr().println("no entity is named '" + missing + "' in " + store.location + "; nothing recorded");
        return 1;
      }
      try (Engine engine = StoreOption.engine(articles)) {
        engine.decide(d);
      }
      var out = spec.commandLine().getOut();
      out.println(what + "; kept in " + store.location + " and applied every time entities are resolved.");
      articles.entity(d.name()).ifPresent(e -> out.print(text(e)));
      if (d.kind() == EntityDecision.Kind.SPLIT) {
        articles.entity(d.other()).filter(e -> !e.names().contains(d.name())).ifPresent(e -> out.print(text(e)));
      }
      return 0;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merge the entities named A and B into one (kept as a decision the resolver always applies).",
      exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:recorded", "1:no entity has one of the names", "2:usage error"})
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B") String b;

    @Override
    public Integer call() {
      return decide(spec, store, EntityDecision.merge(a, b), "Merged '" + b + "' into '" + a + "'");
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Take the mentions written X out of the entity NAME into an entity of their own (kept as a decision).",
      exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:recorded", "1:no entity has that name", "2:usage error"})
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--alias", required = true, paramLabel = "X", description = "The alias to take out.") String alias;

    @Override
    public Integer call() {
      return decide(spec, store, EntityDecision.split(name, alias), "Split '" + alias + "' from '" + name + "'");
    }
  }

}
