package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.extract.event.GoldEvents;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.event.TriggerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Train the event trigger tagger on TimeML files with gold EVENTs (TempEval-3's TimeBank and AQUAINT).",
      "The shipped model was built with: storyline train events --data tempeval3-train "
          + "--out storyline-core/src/main/resources/org/storyline/extract/event/events-tbaq-en.bin.gz"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:trained and written", "1:a file could not be read or written", "2:usage error"})
final class TrainEventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder searched recursively for *.tml files.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--no-event-bias", defaultValue = "5", paramLabel = "B", description = "Subtracted from the no-event score, for recall (default: ${DEFAULT-VALUE}).")
  float bias;

  @Option(names = "--bits", defaultValue = "19", paramLabel = "B", description = "2^B rows of feature weights (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), data + ": not a folder");
    }
    TriggerTrainer trainer;
    try {
      trainer = TriggerTrainer.defaults().epochs(epochs).noEventBias(bias).bits(bits).seed(seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long t0 = System.nanoTime();
    var err = spec.commandLine().getErr();
    PerceptronEventDetector model = trainer.train(GoldEvents.readAll(data), line -> {
      err.println(line);
      err.flush();
    });
    ModelOutput.write(out, model::save, spec.commandLine().getOut(), t0);
    return 0;
  }
}
