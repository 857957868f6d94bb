package org.storyline.app.command;

import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.Summaries;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List the stored articles: id, date, outlet, words and headline, by date (undated last).")
public final class ArticlesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Paging paging;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (Store articles = store.open()) {
      List<Article> shown = paging.read(articles::articles);
      Listing.print(spec.commandLine().getOut(), json, shown, ArticleJson::brief, Summaries::listLine,
          paging.count(shown.size(), paging.partial() ? articles.articleCount() : shown.size()), "article", "articles", store.location);
      return 0;
    }
  }
}
