package org.storyline.app.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.ClaimJson;
import org.storyline.app.view.Summaries;
import org.storyline.extract.Extractor;
import org.storyline.engine.Store;
import org.storyline.model.Article;
import org.storyline.model.Story;
import org.storyline.model.ArticleId;
import org.storyline.model.PublicationDate;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.RuleClaimGrouper;
import org.storyline.reconcile.claim.SourcedClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "List the numeric claims of the stored articles, grouped by what they count (same thing, owner, modality,",
      "unit and a compatible place): each value with its source, outlet and date; groups whose values cannot all",
      "hold, their qualifiers applied, are flagged DISAGREE. Counts and plans are never in one group."
    })
public final class ClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Paging paging;

  @Parameters(arity = "0..1", paramLabel = "STORY",
      description = "A story id (or unique prefix, see 'storyline stories'): that story's claims only (default: every story's, largest group first).")
  String story;

  @Option(names = "--json", description = "Print a JSON array of groups instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      List<ClaimGroup> groups = story == null ? paging.read(articles::claims) : paging.of(articles.claims(storyOf(articles).id()));
      Set<ArticleId> sources = new HashSet<>();
      int claims = 0;
      for (ClaimGroup g : groups) {
        claims += g.members().size();
        g.members().forEach(m -> sources.add(m.article()));
      }
      if (json) {
        // offsets into the source text need each article's source map: read only for JSON
        Map<ArticleId, Article> byId = new LinkedHashMap<>();
        sources.forEach(id -> byId.put(id, articles.article(id).orElseThrow()));
        out.println(ArticleJson.write(ClaimJson.groups(groups, byId)));
      } else {
        for (ClaimGroup g : groups) {
          out.printf(Locale.ROOT, "%s%s  %s  %s%s%n", g.thing(), g.owner().map(o -> " (" + o + ")").orElse(""), g.modality(),
              g.unit(), g.disagreement() ? "  DISAGREE" : "");
          for (SourcedClaim m : g.members()) {
            out.printf(Locale.ROOT, "  %-40s %-10s %-18s %s%n", Summaries.clip(ClaimJson.line(m.claim(), m.assertedBy()), 120),
                m.published().map(Object::toString).orElse("undated"), Summaries.clip(m.outlet().orElse("-"), 18),
                m.article().value().substring(0, Math.min(12, m.article().value().length())));
          }
        }
        out.println(claims + " claims in " + groups.size() + " groups" + paging.part(groups.size(), "groups") + ", from " + sources.size() + " articles");
      }
      out.flush();
      return 0;
    }
  }

  /** The story the user named; a usage error when there is none. */
  private Story storyOf(Store articles) {
    try {
      return articles.story(story.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no story '" + story + "' in " + store.location));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
