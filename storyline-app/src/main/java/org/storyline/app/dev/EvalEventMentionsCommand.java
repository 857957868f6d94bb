package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.extract.event.EventAnchorEval;
import org.storyline.extract.event.EventMentionEval;
import org.storyline.extract.event.GoldEvents;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.event.TriggerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "event-mentions",
    mixinStandardHelpOptions = true,
    description = {
      "Score event detection on gold TimeML files as TempEval-3 Task B does: strict and relaxed",
      "P/R/F1 of EVENT mentions and the class attribute F1.",
      "By default: k-fold cross-validation by document over the training part of the folder",
      "(every file but the untouched fifth, chosen by a fixed rule on the file name).",
      "--untouched: train on the whole training part, score the untouched part (do it once, at the end).",
      "--model: score a trained model (FILE, or 'shipped') on every file of the folder (a held-out test set).",
      "--anchors: score which time of its sentence dates each gold event, against the gold event-time links."
    })
final class EvalEventMentionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder searched recursively for *.tml files.")
  Path data;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--no-event-bias", defaultValue = "5", paramLabel = "B", description = "Subtracted from the no-event score, for recall (default: ${DEFAULT-VALUE}).")
  float bias;

  @Option(names = "--bits", defaultValue = "19", paramLabel = "B", description = "2^B rows of feature weights (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Training passes (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--untouched", description = "Score the untouched part instead of cross-validating.")
  boolean untouched;

  @Option(names = "--model", paramLabel = "FILE", description = "Score this model ('shipped' for the shipped one) on the whole folder.")
  String model;

  @Option(names = "--anchors", description = "Score the dating of gold events by the times of their sentences instead.")
  boolean anchors;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    if (anchors) {
      EventAnchorEval.run(data, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
    long t0 = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldEvents> docs = GoldEvents.readAll(data);
    TriggerTrainer trainer;
    try {
      trainer = TriggerTrainer.defaults().epochs(epochs).noEventBias(bias).bits(bits);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (model != null) {
      PerceptronEventDetector d = model.equals("shipped") ? PerceptronEventDetector.shipped() : PerceptronEventDetector.load(Path.of(model));
      EventMentionEval.print("all files", EventMentionEval.score(d, docs), out);
    } else {
      EventMentionEval.Split split = EventMentionEval.split(docs);
      if (untouched) {
        PerceptronEventDetector d = trainer.train(split.train(), line -> { });
        EventMentionEval.print("untouched part", EventMentionEval.score(d, split.untouched()), out);
      } else {
        EventMentionEval.print(folds + "-fold cross-validation", EventMentionEval.crossValidate(split.train(), folds, trainer, line -> {
          err.println(line);
          err.flush();
        }), out);
      }
    }
    out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }
}
