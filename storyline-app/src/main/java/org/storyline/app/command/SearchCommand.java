package org.storyline.app.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.app.StorylineCommand;
import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.SearchView;
import org.storyline.engine.Store;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.search.SearchSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the stored articles: the best matches with their passages, and counts by outlet, entity and month.",
      "QUERY: words (all must match), \"a phrase\", AND / OR / NOT, title:, outlet:, entity:, date:2021-12,"
          + " date:[2021-12-01 TO 2021-12-31]; empty: every article, newest first."
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand StorylineCommand parent;
  @Mixin StoreOption store;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The query (default: every article).")
  String query = "";

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
  LocalDate to;

  @Option(names = "--outlet", paramLabel = "O", description = "Only articles of this outlet (repeat for any of several).")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "E", description = "Only articles naming this entity, by its name in the counts (repeat: all of them).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--stories", description = "Group the results by story.")
  boolean stories;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Results to show, 1 to 500 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    SearchQuery q = query();
    try (Store s = store.open()) {
      SearchResult r;
      try {
        r = s.search().search(q);
      } catch (SearchSyntaxException e) {
        spec.commandLine().getErr().println("storyline: search: " + e.getMessage());
        return 2; // a usage error, without the usage: the message says what to change
      }
      if (json) {
        spec.commandLine().getOut().println(ArticleJson.write(SearchView.json(r)));
      } else {
        spec.commandLine().getOut().print(SearchView.text(r, offset, parent.terminal().interactive(), s));
      }
      return 0;
    }
  }

  private SearchQuery query() {
    try {
      return new SearchQuery(query, Optional.ofNullable(from), Optional.ofNullable(to), outlets, entities,
          stories ? SearchQuery.Grouping.STORIES : SearchQuery.Grouping.ARTICLES, offset, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
