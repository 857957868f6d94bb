package org.storyline.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.eval.semeval.TaskFiles;
import org.storyline.extract.time.CatDocument;
import org.storyline.reconcile.timeline.entity.EntityTimeline;
import org.storyline.reconcile.timeline.entity.EntityTimelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "tag-timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Entity timelines as SemEval-2015 Task 4 Track A asks for them: reads the task's tokenised CAT XML",
      "documents (CAT_DIR, searched recursively for *.xml) and a list of target entities (one a line), and",
      "writes one file per target to DIR (lower case, spaces as _, .txt): the target, then",
      "order<TAB>date<TAB>docid-sentence-token[<TAB>more mentions of the same event] a line."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document read, every timeline written",
      "1:some documents could not be read (one line each on stderr), or none could",
      "2:usage error"
    })
public final class TagTimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CAT_DIR", description = "The task's CAT XML documents.")
  Path cat;

  @Option(names = "--targets", required = true, paramLabel = "LIST.txt", description = "The target entities, one a line.")
  Path targets;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the timelines go.")
  Path out;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "PARTICIPANT", description = {
      "Which events are the target's: PARTICIPANT (the target is one of the event's participants, the default)",
      "or SENTENCE (the target is named in the event's sentence)."})
  EntityTimelineBuilder.Scope scope;

  @Option(names = "--reporting", paramLabel = "DATE", defaultValue = "LINKED_TIME", description = {
      "The date of a reporting event (\"said\") beside a time expression: REPORT_DAY (the document's day) or LINKED_TIME",
      "(the time expression's, the default: chosen on the trial timelines, see docs/timeline.md)."})
  EntityTimelineBuilder.Reporting reporting;

  @Option(names = "--names", paramLabel = "NAMES", defaultValue = "RECOGNISER_AND_TARGETS", description = {
      "The names the event detector sees: RECOGNISER (the entity recogniser's) or RECOGNISER_AND_TARGETS",
      "(also the targets' words where the recogniser found no name; the default, chosen on the trial timelines)."})
  EntityTimelineBuilder.Names names;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(cat)) {
      throw new ParameterException(spec.commandLine(), cat + ": not a folder");
    }
    if (!Files.isRegularFile(targets)) {
      throw new ParameterException(spec.commandLine(), targets + ": not a file");
    }
    PrintWriter err = spec.commandLine().getErr();
    int[] problems = {0};
    List<CatDocument> docs = TaskFiles.documents(cat, p -> {
      problems[0]++;
      err.println("storyline: error: " + p);
    });
    List<String> targetNames = TaskFiles.targets(targets);
    if (docs.isEmpty()) {
      err.println("storyline: error: no CAT document could be read in " + cat);
      return Main.EXIT_FAILED_INPUTS;
    }
    long start = System.nanoTime();
    List<EntityTimeline> timelines = EntityTimelineBuilder.withDefaults(scope, reporting, names).build(docs, targetNames);
    TaskFiles.write(timelines, out);
    int events = timelines.stream().mapToInt(t -> t.lines().size()).sum();
    spec.commandLine().getOut().printf(Locale.ROOT, "%d timelines (%d events) from %d documents in %s (%.1f s)%n",
        timelines.size(), events, docs.size(), out, (System.nanoTime() - start) / 1e9);
    return problems[0] == 0 ? 0 : Main.EXIT_FAILED_INPUTS;
  }
}
