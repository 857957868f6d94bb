package org.storyline.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.NerEvaluation;
import org.storyline.extract.entity.PerceptronRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "tag-entities",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the tokens of a CoNLL file (token in the first column) with named entities:",
      "writes the same rows, sentences and documents in the same order, with the predicted tag as a new last column."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:tagged", "1:a file could not be read or written", "2:usage error"})
public final class TagEntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "A CoNLL file.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write the tagged file.")
  Path out;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train ner' (default: the shipped one).")
  Path model;

  @Option(names = "--scheme", defaultValue = "IOB1", paramLabel = "SCHEME",
      description = "Tags to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, as CoNLL-2003).")
  NerEvaluation.Scheme scheme;

  @Override
  public Integer call() throws IOException {
    EntityRecognizer recognizer = model == null ? PerceptronRecognizer.shipped() : PerceptronRecognizer.load(model);
    Conll.write(NerEvaluation.tag(recognizer, Conll.read(in), scheme), out);
    return 0;
  }
}
