package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.eval.semeval.TaskFiles;
import org.storyline.eval.semeval.TaskTimeline;
import org.storyline.eval.semeval.TemporalAwareness;
import org.storyline.extract.time.CatDocument;
import org.storyline.reconcile.timeline.entity.EntityTimeline;
import org.storyline.reconcile.timeline.entity.EntityTimelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "SemEval-2015 Task 4 Track A: builds the entity timelines of the task's data (as tag-timeline does, the",
      "targets read from the gold timelines' first lines) and scores them with the task's metric, TempEval-3",
      "temporal awareness over each timeline's BEFORE and SIMULTANEOUS links, micro-averaged over the timelines",
      "(the figure of the task's own scorer, semeval2015_eval.sh GOLD_DIR SYS_DIR, on the same timelines).",
      "Layouts: DIR holds a CAT folder (Corpus-trial-data_task4) and a TimeLines* folder of gold *.txt (the trial",
      "data), or corpus_N/ folders each with a CAT folder and TimeLines_Gold_Standard/ (the evaluation data)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the data could not be read", "2:usage error"})
final class EvalTimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The task's data.")
  Path data;

  @Option(names = "--system", paramLabel = "DIR", description = "Score these timelines (same layout as the gold) instead of building them.")
  Path system;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the built timelines go (default: a new temporary folder, printed).")
  Path out;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "PARTICIPANT",
      description = "Which events are the target's: PARTICIPANT (default) or SENTENCE.")
  EntityTimelineBuilder.Scope scope;

  @Option(names = "--reporting", paramLabel = "DATE", defaultValue = "LINKED_TIME",
      description = "The date of a reporting event beside a time expression: REPORT_DAY or LINKED_TIME (default).")
  EntityTimelineBuilder.Reporting reporting;

  @Option(names = "--names", paramLabel = "NAMES", defaultValue = "RECOGNISER_AND_TARGETS", description = {
      "The names the event detector sees: RECOGNISER (the entity recogniser's) or RECOGNISER_AND_TARGETS",
      "(also the targets' words where the recogniser found no name; the default, chosen on the trial timelines)."})
  EntityTimelineBuilder.Names names;

  @Option(names = "--folds", description = {
      "Also choose the settings (scope, reporting, names) by leave-one-timeline-out: each timeline scored with the",
      "settings that do best on the others; the held-out figure is printed beside each setting's in-sample one."})
  boolean folds;

  /** The settings a run builds with. */
  private record Settings(EntityTimelineBuilder.Scope scope, EntityTimelineBuilder.Reporting reporting,
      EntityTimelineBuilder.Names names) {
    @Override
    public String toString() {
      return scope + "/" + reporting + "/" + names;
    }
  }

  /** One corpus of the data: its CAT documents and its gold timelines; {@code label} prefixes file names when there are several. */
  private record Corpus(String label, Path cat, Path gold) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Corpus> corpora = corpora(data);
    Map<String, TaskTimeline> gold = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Corpus c : corpora) {
      TaskFiles.timelines(c.gold(), problems::add).forEach((name, t) -> gold.put(c.label() + name, t));
    }
    problems.forEach(p -> err.println("storyline: error: " + p));
    if (gold.isEmpty()) {
      err.println("storyline: error: no gold timeline in " + data);
      return 1;
    }
    if (system != null) {
      Map<String, TaskTimeline> sys = new LinkedHashMap<>();
      for (Corpus c : corpora) {
        Path dir = c.label().isEmpty() ? system : system.resolve(c.label().substring(0, c.label().length() - 2));
        if (Files.isDirectory(dir)) {
          TaskFiles.timelines(dir, p -> err.println("storyline: error: " + p)).forEach((name, t) -> sys.put(c.label() + name, t));
        }
      }
      print(o, TemporalAwareness.score(gold, sys));
      return 0;
    }
    Path where = out != null ? out : Files.createTempDirectory("storyline-timelines");
    Settings chosen = new Settings(scope, reporting, names);
    List<Settings> all = new ArrayList<>(List.of(chosen));
    if (folds) {
      for (EntityTimelineBuilder.Scope sc : EntityTimelineBuilder.Scope.values()) {
        for (EntityTimelineBuilder.Reporting r : EntityTimelineBuilder.Reporting.values()) {
          for (EntityTimelineBuilder.Names n : EntityTimelineBuilder.Names.values()) {
            if (!all.contains(new Settings(sc, r, n))) {
              all.add(new Settings(sc, r, n));
            }
          }
        }
      }
    }
    Map<Settings, Map<String, TaskTimeline>> built = new LinkedHashMap<>();
    for (Settings s : all) {
      long start = System.nanoTime();
      Path to = s.equals(chosen) ? where : where.resolve((s.scope() + "-" + s.reporting() + "-" + s.names()).toLowerCase(Locale.ROOT));
      built.put(s, build(corpora, gold, to, s));
      o.printf(Locale.ROOT, "%s: built in %.1f s%n", s, (System.nanoTime() - start) / 1e9);
    }
    o.println("timelines written to " + where + (folds ? " (" + chosen + "; the other settings in subfolders)" : ""));
    TemporalAwareness.Score main = TemporalAwareness.score(gold, built.get(chosen));
    print(o, main);
    if (folds) {
      heldOut(o, gold, built);
    }
    return 0;
  }

  private Map<String, TaskTimeline> build(List<Corpus> corpora, Map<String, TaskTimeline> gold, Path where,
      Settings s) throws IOException {
    Map<String, TaskTimeline> sys = new LinkedHashMap<>();
    EntityTimelineBuilder builder = EntityTimelineBuilder.withDefaults(s.scope(), s.reporting(), s.names());
    for (Corpus c : corpora) {
      List<CatDocument> docs = TaskFiles.documents(c.cat(), p -> spec.commandLine().getErr().println("storyline: error: " + p));
      List<String> targets = new ArrayList<>();
      gold.forEach((name, t) -> {
        if (name.startsWith(c.label())) {
          targets.add(t.target());
        }
      });
      Path dir = c.label().isEmpty() ? where : where.resolve(c.label().substring(0, c.label().length() - 2));
      List<EntityTimeline> timelines = builder.build(docs, targets);
      TaskFiles.write(timelines, dir);
      for (EntityTimeline t : timelines) {
        sys.put(c.label() + EntityTimeline.fileName(t.target()), TaskTimeline.parse(t.format(), t.target()));
      }
    }
    return sys;
  }

  /** Leave-one-timeline-out over the settings: each timeline gets the settings with the best micro F1 on the others. */
  private static void heldOut(PrintWriter o, Map<String, TaskTimeline> gold, Map<Settings, Map<String, TaskTimeline>> built) {
    Map<String, TaskTimeline> chosen = new LinkedHashMap<>();
    for (String name : gold.keySet()) {
      Map<String, TaskTimeline> others = new LinkedHashMap<>(gold);
      others.remove(name);
      Settings best = null;
      double bestF = -1;
      for (var e : built.entrySet()) {
        double f = TemporalAwareness.score(others, e.getValue()).f1();
        if (f > bestF) {
          bestF = f;
          best = e.getKey();
        }
      }
      o.printf(Locale.ROOT, "  held out %-26s chosen on the others: %s%n", name, best);
      chosen.put(name, built.get(best).get(name));
    }
    for (var e : built.entrySet()) {
      o.printf(Locale.ROOT, "in-sample, %-44s micro F1 %.2f%n", e.getKey(), TemporalAwareness.score(gold, e.getValue()).f1());
    }
    o.printf(Locale.ROOT, "held-out (leave one timeline out)  micro F1 %.2f%n", TemporalAwareness.score(gold, chosen).f1());
  }

  private static void print(PrintWriter o, TemporalAwareness.Score s) {
    s.timelines().forEach((name, c) -> o.printf(Locale.ROOT, "%-32s P %6.2f R %6.2f F1 %6.2f  (%d/%d system links right, %d/%d gold links found)%n",
        name, c.precision(), c.recall(), c.f1(), c.correct(), c.system(), c.found(), c.gold()));
    s.missing().forEach(m -> o.println(m + ": no system timeline, left out (as the official scorer does)"));
    o.printf(Locale.ROOT, "micro P %.4f R %.4f F1 %.4f%n", s.precision(), s.recall(), s.f1());
  }

  private List<Corpus> corpora(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), dir + ": not a folder");
    }
    List<Path> subs = subfolders(dir);
    List<Corpus> out = new ArrayList<>();
    for (Path c : subs) {
      if (c.getFileName().toString().startsWith("corpus_")) {
        out.add(layout(c, c.getFileName() + "__"));
      }
    }
    if (out.isEmpty()) {
      out.add(layout(dir, ""));
    }
    return out;
  }

  /** A gold folder (TimeLines*) and the CAT input folder beside it (not the one with the gold events, not TimeML). */
  private Corpus layout(Path dir, String label) throws IOException {
    Path gold = null;
    Path cat = null;
    for (Path p : subfolders(dir)) {
      String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.startsWith("timelines")) {
        gold = p;
      } else if (!n.contains("timeml") && !n.contains("timelines") && cat == null) {
        cat = p;
      }
    }
    if (gold == null || cat == null) {
      throw new ParameterException(spec.commandLine(), dir + ": expected a TimeLines* folder of gold timelines and a CAT folder beside it");
    }
    return new Corpus(label, cat, gold);
  }

  private static List<Path> subfolders(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }
}
