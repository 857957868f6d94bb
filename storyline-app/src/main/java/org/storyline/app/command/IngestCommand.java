package org.storyline.app.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.app.StorylineCommand;
import org.storyline.app.view.Summaries;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.kafka.DocumentPublisher;
import org.storyline.kafka.KafkaTarget;
import org.storyline.model.Problem;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles from files and folders into the store, analysing each new one once (extraction, stories,",
      "entities, dates, claims are updated in place).",
      "Re-running after an interruption completes the work: nothing is stored twice.",
      "With --to kafka://HOST:PORT/TOPIC the documents are published on the topic instead, for the Flink job."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input stored", "1:some inputs could not be stored (one line each on stderr)", "2:usage error"})
public final class IngestCommand implements Callable<Integer> {

  @ParentCommand StorylineCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin IngestLimits limits;
  @Mixin KafkaOption kafka;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (kafka.publishing()) {
      return publish();
    }
    try (Store s = store.open(); Engine engine = StoreOption.engine(s)) {
      RunSummary summary = IngestRun.run(engine, paths, limits.options(), parent.terminal(), spec.commandLine().getErr(), a -> {})
          .summary();
      spec.commandLine().getOut().println(Summaries.runLine(summary) + " Store: " + store.location + " (" + s.articleCount()
          + " articles, " + s.storyCount() + " stories).");
      return summary.clean() ? 0 : Main.EXIT_FAILED_INPUTS;
    }
  }

  /** Publishes every document read on the topic; problems one line each on stderr, the run going on. */
  private int publish() {
    KafkaTarget target = kafka.target(spec);
    Problems problems = new Problems(spec.commandLine().getErr());
    DocumentPublisher.Counts counts;
    try (DocumentPublisher publisher = DocumentPublisher.open(target)) {
      counts = publisher.publishFiles(paths, limits.options(), problems);
    }
    spec.commandLine().getOut().println("Published " + counts.acknowledged() + " of " + counts.sent() + " documents to "
        + target + "; " + problems.errors + (problems.errors == 1 ? " error." : " errors."));
    return problems.errors == 0 ? 0 : Main.EXIT_FAILED_INPUTS;
  }

  /** Each problem one line on stderr, as the engine's runs print them. */
  private static final class Problems implements PipelineListener {
    private final PrintWriter err;
    int errors;

    Problems(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void problem(Problem problem) {
      err.println(problem);
      err.flush();
      errors += problem.isError() ? 1 : 0;
    }
  }
}
