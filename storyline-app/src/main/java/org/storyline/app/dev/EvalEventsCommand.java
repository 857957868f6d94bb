package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.CorefScores;
import org.storyline.reconcile.event.EventCorefModel;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;
import org.storyline.reconcile.event.SameLemmaCoreferencer;
import org.storyline.reconcile.event.eval.EventCorefEval;
import org.storyline.reconcile.event.eval.EventCorpora;
import org.storyline.reconcile.event.eval.EventCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score cross-document event coreference of gold event mentions (ECB+ layout, or MEANTIME XML):",
      "MUC, B3, CEAF-e and CoNLL F1 over all topics at once, response restricted to the key's mentions",
      "(as coref_eval.py --restrict-to-key), for the model and the same-lemma baseline; then by part:",
      "the untouched topics (numbers 3 modulo 4, never trained or tuned on) and the tuning topics."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the data could not be read", "2:usage error"})
final class EvalEventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Gold event mentions.")
  Path data;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train event-coref' (default: the shipped one).")
  Path model;

  @Option(names = "--cross-validate", description = "Also cross-validate over the tuning topics (leave one topic out).")
  boolean crossValidate;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    EventCorpus corpus = EventCorpora.read(data);
    corpus.problems().forEach(p -> spec.commandLine().getErr().println(p));
    EventCoreferencer learned = new PairwiseEventCoreferencer(model == null ? EventCorefModel.shipped() : EventCorefModel.read(model));
    EventCoreferencer baseline = new SameLemmaCoreferencer();
    out.printf(Locale.ROOT, "%s: %d documents, %d topics, %d gold event mentions (%d skipped)%n", corpus.name(),
        corpus.documents(), corpus.topics().size(), corpus.mentions(), corpus.problems().size());
    out.println("all topics, response restricted to the key's mentions:");
    detail(out, "model", EventCorefEval.score(corpus, learned));
    detail(out, "baseline (same topic, same head lemma)", EventCorefEval.score(corpus, baseline));
    EventCorpus untouched = corpus.only(EventCorefEval::untouched);
    EventCorpus tuning = corpus.only(t -> !EventCorefEval.untouched(t));
    if (!untouched.topics().isEmpty()) {
      out.printf(Locale.ROOT, "by part (CoNLL F1)%n  %-44s %8s %8s%n", "", "model", "baseline");
      part(out, "untouched topics " + ids(untouched), untouched, learned, baseline);
      part(out, "tuning topics " + ids(tuning) + " (model in-sample)", tuning, learned, baseline);
    }
    if (crossValidate) {
      out.print(EventCorefEval.crossValidate(tuning).format());
    }
    return 0;
  }

  private static void detail(PrintWriter out, String name, CorefScores s) {
    out.println("  " + name);
    prf(out, "MUC", s.muc());
    prf(out, "B3", s.bCubed());
    prf(out, "CEAF-e", s.ceafE());
    out.printf(Locale.ROOT, "    CoNLL F1 %.2f%n", 100 * s.conllF1());
  }

  private static void prf(PrintWriter out, String name, CorefScores.Prf x) {
    out.printf(Locale.ROOT, "    %-7s R %6.2f  P %6.2f  F1 %6.2f%n", name, 100 * x.recall(), 100 * x.precision(), 100 * x.f1());
  }

  private static void part(PrintWriter out, String name, EventCorpus part, EventCoreferencer learned, EventCoreferencer baseline) {
    out.printf(Locale.ROOT, "  %-44s %8.2f %8.2f%n", name, 100 * EventCorefEval.score(part, learned).conllF1(),
        100 * EventCorefEval.score(part, baseline).conllF1());
  }

  private static String ids(EventCorpus c) {
    return String.join(" ", c.topics().stream().map(EventCorpus.Topic::id).toList());
  }
}
