package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.ConllDocument;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.NerEvaluation;
import org.storyline.extract.entity.NerScores;
import org.storyline.extract.entity.PerceptronRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score the named-entity recogniser on a CoNLL file (token first, gold tag last),",
      "entity by entity as conlleval does: exact span and type; overall and per type."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:a file could not be read", "2:usage error"})
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Gold data (CoNLL, IOB1 or IOB2).")
  Path data;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train ner' (default: the shipped one).")
  Path model;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    EntityRecognizer recognizer = model == null ? PerceptronRecognizer.shipped() : PerceptronRecognizer.load(model);
    long t1 = System.nanoTime();
    List<ConllDocument> docs = Conll.read(data);
    long t2 = System.nanoTime();
    NerScores scores = NerEvaluation.score(recognizer, docs);
    long t3 = System.nanoTime();
    var out = spec.commandLine().getOut();
    if (json) {
      var node = ArticleJson.object();
      node.put("tokens", scores.tokens());
      node.put("accuracy", scores.accuracy());
      node.set("overall", counts(scores.overall()));
      var types = node.putObject("types");
      scores.perType().forEach(c -> types.set(c.type(), counts(c)));
      out.println(ArticleJson.write(node));
    } else {
      out.print(scores.format());
      out.printf(Locale.ROOT, "model loaded in %.0f ms; tagged %d tokens in %.0f ms (%.0f tokens/s in a cold JVM; 'bench ner' measures warm)%n",
          (t1 - t0) / 1e6, scores.tokens(), (t3 - t2) / 1e6, scores.tokens() / ((t3 - t2) / 1e9));
    }
    return 0;
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode counts(NerScores.Counts c) {
    var node = ArticleJson.object();
    node.put("precision", c.precision());
    node.put("recall", c.recall());
    node.put("f1", c.f1());
    node.put("gold", c.gold());
    node.put("found", c.guessed());
    node.put("correct", c.correct());
    return node;
  }
}
