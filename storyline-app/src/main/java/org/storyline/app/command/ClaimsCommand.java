package org.storyline.app.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.ClaimJson;
import org.storyline.app.view.ClaimText;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.engine.Store;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimValues;
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
      "unit and a compatible place). A group shows each distinct value once, with the articles giving it (one line",
      "an article, \"×2\" when it gives the value twice): its first " + ClaimValues.PAGE_VALUES + " values, "
          + ClaimValues.PAGE_SOURCES + " articles each, unless --all or",
      "a group is asked for by its id. Groups whose values cannot all hold, their qualifiers applied, are flagged",
      "DISAGREE, with the two values that show it. Counts and plans are never in one group."
    })
public final class ClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Paging paging;

  @Parameters(arity = "0..1", paramLabel = "STORY[/N]",
      description = {"A story id (or unique prefix, see 'storyline stories'): that story's groups only (default: every story's,",
        "largest group first); STORY/N: the story's group N, whole (the id each group's first line shows)."})
  String story;

  @Option(names = "--all", description = "Every value of each group and every article giving it.")
  boolean all;

  @Option(names = "--json", description = "Print a JSON array of groups instead of text (a story's groups and a group asked"
      + " for by id list their claims too, with offsets into each article).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store articles = store.open()) {
      StoreOption.noteOutdated(articles, spec.commandLine().getErr());
      Map<ClaimGroupId, ClaimGroup> whole = new LinkedHashMap<>(); // the groups read whole, for their claims in JSON
      List<ClaimSummary> groups = story == null ? page(articles, whole) : ofStory(articles, whole);
      if (json) {
        out.println(ArticleJson.write(ClaimJson.summaries(groups, whole, sourcesOf(articles, whole))));
      } else {
        groups.forEach(g -> ClaimText.lines(g).forEach(out::println));
        int claims = groups.stream().mapToInt(g -> g.values().claims()).sum();
        out.println(claims + " claims in " + groups.size() + " groups" + paging.part(groups.size(), "groups"));
      }
      out.flush();
      return 0;
    }
  }

  /** A page of every story's groups: their stored summaries, or with --all each group whole. */
  private List<ClaimSummary> page(Store articles, Map<ClaimGroupId, ClaimGroup> whole) {
    List<ClaimSummary> page = paging.read(articles::claims);
    if (!all) {
      return page;
    }
    List<ClaimSummary> out = new ArrayList<>();
    for (ClaimSummary g : page) {
      ClaimGroup group = articles.claimGroup(g.id()).orElseThrow();
      out.add(ClaimSummary.whole(g.id(), group));
    }
    return out;
  }

  /** The story's groups (bounded unless --all), or the one group STORY/N, whole. */
  private List<ClaimSummary> ofStory(Store articles, Map<ClaimGroupId, ClaimGroup> whole) {
    int slash = story.indexOf('/');
    Story s = storyOf(articles, slash < 0 ? story : story.substring(0, slash));
    List<ClaimSummary> out = new ArrayList<>();
    if (slash >= 0) {
      ClaimGroupId id = new ClaimGroupId(s.id(), number(story.substring(slash + 1)));
      ClaimGroup g = articles.claimGroup(id)
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no claim group '" + story + "' in " + store.location));
      whole.put(id, g);
      out.add(ClaimSummary.whole(id, g));
      return out;
    }
    List<ClaimGroup> groups = articles.claims(s.id());
    for (int i = 0; i < groups.size(); i++) {
      ClaimGroupId id = new ClaimGroupId(s.id(), i + 1);
      whole.put(id, groups.get(i));
      ClaimSummary g = ClaimSummary.whole(id, groups.get(i));
      out.add(all ? g : g.first(ClaimValues.PAGE_VALUES, ClaimValues.PAGE_SOURCES));
    }
    whole.keySet().retainAll(paging.of(out).stream().map(ClaimSummary::id).toList());
    return paging.of(out);
  }

  private int number(String n) {
    try {
      int number = Integer.parseInt(n.strip());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new ParameterException(spec.commandLine(), "a claim group is STORY/N with N a number from 1, not '" + story + "'");
  }

  /** The articles of the groups read whole, for the offsets of their claims in JSON. */
  private Map<ArticleId, Article> sourcesOf(Store articles, Map<ClaimGroupId, ClaimGroup> whole) {
    Set<ArticleId> ids = new HashSet<>();
    whole.values().forEach(g -> g.members().forEach(m -> ids.add(m.article())));
    Map<ArticleId, Article> byId = new LinkedHashMap<>();
    ids.forEach(id -> byId.put(id, articles.article(id).orElseThrow()));
    return byId;
  }

  /** The story the user named; a usage error when there is none. */
  private Story storyOf(Store articles, String prefix) {
    try {
      return articles.story(prefix.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no story '" + prefix + "' in " + store.location));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
