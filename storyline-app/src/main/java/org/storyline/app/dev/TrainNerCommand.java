package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.ConllDocument;
import org.storyline.extract.entity.NameList;
import org.storyline.extract.entity.NerCrossValidation;
import org.storyline.extract.entity.NerScores;
import org.storyline.extract.entity.NerTrainer;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the named-entity recogniser on a CoNLL-2003 style file (token first, gold IOB tag last).",
      "The shipped model was built with (docs/entities.md): storyline train ner --data eng.train --data eng.testa "
          + "--average-of 1 --out storyline-core/src/main/resources/org/storyline/extract/entity/ner-conll2003-en.bin.gz",
      "Settings are compared by cross-validation on the training data: storyline train ner --data eng.train --cv 3"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:trained and written", "1:a file could not be read or written", "2:usage error"})
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data (CoNLL); repeatable, the files' documents in the order given.")
  List<Path> data;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development data, scored after every epoch.")
  Path dev;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (needed unless --cv).")
  Path out;

  @Option(names = "--cv", paramLabel = "FOLDS", description = "Cross-validate on --data instead (document k in fold k %% FOLDS), print the summed scores, write no model.")
  Integer cv;

  @Option(names = "--epochs", defaultValue = "12", paramLabel = "N", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--bits", defaultValue = "20", paramLabel = "B", description = "2^B rows of feature weights (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters from 'train clusters', or 'none' (default: the shipped ones).")
  String clusters;

  @Option(names = "--vector-clusters", paramLabel = "FILE", description = "Clusters of word vectors from 'train vector-clusters', or 'none' (default: the shipped ones).")
  String vectorClusters;

  @Option(names = "--names", paramLabel = "FILE", description = "A name list from 'train names', or 'none' (default: the shipped one).")
  String names;

  @Option(names = "--passes", defaultValue = "2", paramLabel = "N", description = "1, or 2 for a second pass that sees the first's tags of the whole document (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--average-of", defaultValue = "3", paramLabel = "N", description = "Each pass the mean of N runs with seeds seed, seed+1, ... (default: ${DEFAULT-VALUE}).")
  int averageOf;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    NerTrainer trainer;
    try {
      trainer = NerTrainer.defaults().epochs(epochs).bits(bits).seed(seed).passes(passes).averageOf(averageOf);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (clusters == null) {
      trainer.clusters(WordClusters.shipped());
    } else if (!clusters.equals("none")) {
      trainer.clusters(WordClusters.read(Path.of(clusters)));
    }
    if (vectorClusters == null) {
      trainer.vectorClusters(WordClusters.shippedVectors());
    } else if (!vectorClusters.equals("none")) {
      trainer.vectorClusters(WordClusters.read(Path.of(vectorClusters)));
    }
    if (names == null) {
      trainer.names(NameList.shipped());
    } else if (!names.equals("none")) {
      trainer.names(NameList.read(Path.of(names)));
    }
    if ((out == null) == (cv == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --out or --cv");
    }
    List<ConllDocument> train = new java.util.ArrayList<>();
    for (Path file : data) {
      train.addAll(Conll.read(file));
    }
    if (cv != null) {
      return crossValidate(trainer, train);
    }
    List<ConllDocument> devDocs = dev == null ? List.of() : Conll.read(dev);
    long t0 = System.nanoTime();
    PerceptronRecognizer model = trainer.train(train, devDocs, line -> {
      err.println(line);
      err.flush();
    });
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    model.save(out);
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  private int crossValidate(NerTrainer trainer, List<ConllDocument> train) {
    var err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    NerScores scores;
    try {
      scores = NerCrossValidation.run(trainer, train, cv, line -> {
        err.println(line);
        err.flush();
      });
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(scores.format());
    spec.commandLine().getOut().printf(Locale.ROOT, "%d-fold cross-validation in %.1f s%n", cv, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
