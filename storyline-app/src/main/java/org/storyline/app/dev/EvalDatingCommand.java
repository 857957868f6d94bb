package org.storyline.app.dev;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.storyline.app.command.ClusterInput;
import org.storyline.model.Problem;
import org.storyline.model.Article;
import org.storyline.reconcile.ArticleDater;
import org.storyline.reconcile.DatingEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "dating",
    mixinStandardHelpOptions = true,
    description = {
      "Score the dating of undated articles on dated ones: each dated article is dated again as if it",
      "had no date, from its text and the other dated articles of its group (its story or topic), as",
      "the engine dates an undated article of a story; or, with --alone, from its text only.",
      "DATA is a folder of <topic>/articles.jsonl (Timeline17's layout; a topic is a group) or a JSONL",
      "file with --label FIELD (records with one value are a group)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored", "1:the data could not be read", "2:usage error"})
final class EvalDatingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR|FILE.jsonl", description = "The dated articles.")
  Path data;

  @Option(names = "--label", paramLabel = "FIELD", description = "With a JSONL file: the field whose value tells the group.")
  String label;

  @Option(names = "--alone", description = "Date each article from its own text only, without its group's articles.")
  boolean alone;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also list the N articles dated furthest off.")
  int errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, List<Article>> groups = Files.isDirectory(data) ? topics(data) : labelled(data);
    // each group dated once, by one dater (its readings cached): the whole report is their outcomes together
    ArticleDater dater = ArticleDater.standard();
    Map<String, DatingEval.Report> byGroup = new LinkedHashMap<>();
    groups.forEach((name, articles) -> byGroup.put(name, DatingEval.run(List.of(articles), dater, !alone)));
    DatingEval.Report all = new DatingEval.Report(byGroup.values().stream().flatMap(r -> r.outcomes().stream()).toList());
    out.printf(Locale.ROOT, "%s, %d groups, %s%n", data, groups.size(), alone ? "each article alone" : "with its group's dated articles");
    out.print(all.format());
    if (byGroup.size() > 1 && byGroup.size() <= 20) {
      byGroup.forEach((name, r) -> out.printf(Locale.ROOT,
          "%s: %d articles, dated %d, the very day %d, within a week %d, over a year off %d%n",
          name, r.articles(), r.dated(), r.within(0), r.within(7), r.yearsOff()));
    }
    for (DatingEval.Outcome o : all.worst(errors)) {
      out.printf(Locale.ROOT, "%+6d days  gold %s  dated %s  %s  (%s)%n", o.error(), o.gold(), o.estimate().date(),
          o.article().origin(), o.estimate().evidence().get(0).explanation());
    }
    return 0;
  }

  private Map<String, List<Article>> topics(Path dir) throws IOException {
    Map<String, List<Article>> out = new LinkedHashMap<>();
    try (Stream<Path> topics = Files.list(dir)) {
      for (Path t : topics.filter(p -> Files.isRegularFile(p.resolve("articles.jsonl"))).sorted().toList()) {
        out.put(t.getFileName().toString(), read(t.resolve("articles.jsonl")).stream().map(ClusterInput.Item::article).toList());
      }
    }
    if (out.isEmpty()) {
      throw new ParameterException(spec.commandLine(), dir + ": no <topic>/articles.jsonl in it");
    }
    return out;
  }

  private Map<String, List<Article>> labelled(Path file) throws IOException {
    if (label == null) {
      throw new ParameterException(spec.commandLine(), "a JSONL file needs --label FIELD");
    }
    Map<Long, JsonNode> records = EvalClusterCommand.records(file);
    Map<String, List<Article>> out = new LinkedHashMap<>();
    for (ClusterInput.Item i : read(file)) {
      JsonNode record = records.get(i.record());
      JsonNode value = record == null ? null : record.get(label);
      if (value == null || value.isNull()) {
        throw new ParameterException(spec.commandLine(), file + ":" + i.record() + ": no '" + label + "' field");
      }
      out.computeIfAbsent(value.asText(), k -> new ArrayList<>()).add(i.article());
    }
    return out;
  }

  private List<ClusterInput.Item> read(Path file) {
    List<Problem> problems = new ArrayList<>();
    return ClusterInput.read(file, spec.commandLine().getErr(), problems, true);
  }
}
