package org.storyline.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Article;
import org.storyline.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List the stored articles: id, date, outlet, words and headline, by date (undated last).")
final class ArticlesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--json", description = "Print a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    try (ArticleStore articles = store.open()) {
      List<Article> all = articles.all();
      Listing.print(spec.commandLine().getOut(), json, all, ArticleJson::brief, Summaries::listLine,
          "article", "articles", store.file);
      return 0;
    }
  }
}
