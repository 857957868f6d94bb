package org.storyline.app.dev;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.reconcile.entity.RuleEntityResolver;
import org.storyline.eval.CorefScores;
import org.storyline.reconcile.entity.eval.EntityEval;
import org.storyline.reconcile.entity.eval.MeantimeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Score entities on MEANTIME XML (a corpus folder, or any folder of its .xml files):",
      "named-mention detection (NAM and PRE.NAM; exact span and type; PER, ORG, LOC, PRO, FIN) and",
      "cross-document coreference of the gold named mentions (MUC, B3, CEAF-e, CoNLL F1)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the data could not be read", "2:usage error"})
final class EvalEntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A MEANTIME folder.")
  Path data;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    MeantimeReader.Result read = MeantimeReader.read(data);
    EntityEval.Report r = EntityEval.run(read.documents(), read.skipped(), PerceptronRecognizer.shipped(), new RuleEntityResolver());
    if (!json) {
      spec.commandLine().getOut().print(r.format());
      return 0;
    }
    ObjectNode node = ArticleJson.object();
    node.put("documents", r.documents());
    node.put("named_mentions", r.namedMentions());
    node.put("instances", r.instances());
    node.put("skipped_mentions", r.skipped());
    ObjectNode types = node.putObject("mentions");
    r.perType().forEach(c -> types.set(c.type(), counts(c)));
    types.set("overall", counts(r.overall()));
    ObjectNode coref = node.putObject("coreference");
    coref.set("muc", prf(r.coref().muc()));
    coref.set("b3", prf(r.coref().bCubed()));
    coref.set("ceaf_e", prf(r.coref().ceafE()));
    coref.put("conll_f1", r.coref().conllF1());
    spec.commandLine().getOut().println(ArticleJson.write(node));
    return 0;
  }

  private static ObjectNode counts(EntityEval.Counts c) {
    ObjectNode n = ArticleJson.object();
    n.put("gold", c.gold()).put("found", c.found()).put("correct", c.correct());
    n.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
    return n;
  }

  private static ObjectNode prf(CorefScores.Prf s) {
    return ArticleJson.object().put("precision", s.precision()).put("recall", s.recall()).put("f1", s.f1());
  }
}
