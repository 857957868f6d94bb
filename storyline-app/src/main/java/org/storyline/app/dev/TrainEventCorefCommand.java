package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.reconcile.event.EventCorefModel;
import org.storyline.reconcile.event.eval.EventCorefEval;
import org.storyline.reconcile.event.eval.EventCorpora;
import org.storyline.reconcile.event.eval.EventCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "event-coref",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the event coreference model from gold event mentions (ECB+ layout): the merge threshold",
      "by leave-one-topic-out cross-validation, then the weights from all the tuning topics. The untouched",
      "topics (numbers 3 modulo 4) are left out of both. Deterministic; a few seconds."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written", "1:the data could not be read", "2:usage error"})
final class TrainEventCorefCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Gold event mentions (e.g. ecbplus-dev).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the model (the shipped one is storyline-core/src/main/resources/org/storyline/reconcile/event/event-coref.model).")
  Path out;

  @Override
  public Integer call() throws IOException {
    EventCorpus corpus = EventCorpora.read(data);
    corpus.problems().forEach(p -> spec.commandLine().getErr().println(p));
    EventCorpus tuning = corpus.only(t -> !EventCorefEval.untouched(t));
    EventCorefModel model = EventCorefEval.train(tuning, spec.commandLine().getOut()::print);
    model.write(out);
    spec.commandLine().getOut().println("model written to " + out + " (" + tuning.topics().size() + " topics, "
        + tuning.mentions() + " mentions)");
    return 0;
  }
}
