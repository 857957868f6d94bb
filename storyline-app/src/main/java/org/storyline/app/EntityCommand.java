package org.storyline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;
import org.storyline.reconcile.entity.Names;
import org.storyline.store.ArticleStore;
import org.storyline.store.EntityStore;
import org.storyline.store.SqliteArticleStore;
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
final class EntityCommand implements Callable<Integer> {

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
    try (ArticleStore articles = store.open()) {
      List<Entity> found = find(EntityIndex.refresh(articles), name);
      var out = spec.commandLine().getOut();
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("no entity is named '" + name + "' in " + store.file);
        return 1;
      }
      if (json) {
        out.println(ArticleJson.write(found.size() == 1 ? EntityJson.full(found.get(0)) : array(found)));
        return 0;
      }
      for (Entity e : found) {
        out.print(text(e));
      }
      return 0;
    }
  }

  private static Object array(List<Entity> found) {
    var a = ArticleJson.array();
    found.forEach(e -> a.add(EntityJson.full(e)));
    return a;
  }

  /** The entities named so: by id, else by canonical name, else by alias (folded). */
  static List<Entity> find(List<Entity> entities, String name) {
    String f = Names.fold(name);
    List<Entity> byCanonical = new ArrayList<>();
    List<Entity> byAlias = new ArrayList<>();
    for (Entity e : entities) {
      if (e.id().value().equals(name)) {
        return List.of(e);
      }
      if (Names.fold(e.canonicalName()).equals(f)) {
        byCanonical.add(e);
      } else if (e.aliases().stream().anyMatch(a -> Names.fold(a).equals(f))) {
        byAlias.add(e);
      }
    }
    if (!byCanonical.isEmpty() || !byAlias.isEmpty()) {
      return byCanonical.isEmpty() ? byAlias : byCanonical;
    }
    List<Entity> bySurname = new ArrayList<>(); // "Zelenskyy" finds "Volodymyr Zelensky"
    for (Entity e : entities) {
      if (e.names().stream().anyMatch(n -> n.contains(" ") && Names.fold(n).endsWith(" " + f))) {
        bySurname.add(e);
      }
    }
    return bySurname;
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

  /** Records a decision and shows what it did. */
  private static int decide(CommandSpec spec, StoreOption store, EntityDecision d, String what) {
    try (SqliteArticleStore articles = store.open()) {
      List<Entity> before = EntityIndex.refresh(articles);
      if (find(before, d.name()).isEmpty() || find(before, d.other()).isEmpty() && d.kind() == EntityDecision.Kind.MERGE) {
        spec.commandLine().getErr().println("no entity is named '" + (find(before, d.name()).isEmpty() ? d.name() : d.other())
            + "' in " + store.file + "; nothing recorded");
        return 1;
      }
      EntityStore.of(articles).addDecision(d);
      List<Entity> after = EntityIndex.refresh(articles);
      var out = spec.commandLine().getOut();
      out.println(what + "; kept in " + store.file + " and applied every time entities are resolved.");
      for (Entity e : find(after, d.name())) {
        out.print(text(e));
      }
      if (d.kind() == EntityDecision.Kind.SPLIT) {
        for (Entity e : find(after, d.other())) {
          if (!e.names().contains(d.name())) {
            out.print(text(e));
          }
        }
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
