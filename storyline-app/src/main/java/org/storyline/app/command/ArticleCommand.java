package org.storyline.app.command;

import org.storyline.app.view.ArticleJson;
import org.storyline.app.view.TextView;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.engine.EntitySummary;
import java.util.concurrent.Callable;
import org.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = "Show one stored article: its metadata, cleaned text and what cleaning dropped.")
public final class ArticleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "The article id, or an unambiguous prefix of at least 4 characters.")
  String id;

  @Option(names = "--json", description = "Print JSON with offsets into the cleaned and the source text.")
  boolean json;

  @Override
  public Integer call() {
    try (Store articles = store.open()) {
      Article article = articles.articleByPrefix(id.strip().toLowerCase(java.util.Locale.ROOT))
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no article with id '" + id + "' in " + store.location));
      if (json) {
        var node = ArticleJson.annotation(article, articles.origins(article.id()));
        ArticleJson.withDateEvidence(node, article, articles.dateEvidence(article.id()));
        spec.commandLine().getOut().println(ArticleJson.write(node));
      } else {
        spec.commandLine().getOut().print(TextView.article(article, articles.origins(article.id())));
      }
      return 0;
    }
  }
}
