package org.storyline.app.command;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.cluster.Clustering;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;
import org.storyline.model.StoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster the articles of a JSONL file into stories, without storing them.",
      "Articles are read as ingest reads them, processed as a stream in publication order (undated last),",
      "and one line 'id<TAB>story_id' is written per record, id being the record's own 'id' field."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every record clustered", "1:some records could not be read (one line each on stderr)", "2:usage error"})
public final class ClusterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.jsonl", description = "The articles, one JSON object a line.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "FILE.tsv", description = "Where to write the assignments.")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A clusterer setting (see 'eval cluster --help-settings').")
  Map<String, String> settings;

  @Override
  public Integer call() throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<ClusterInput.Item> items = ClusterInput.read(file, spec.commandLine().getErr(), problems);
    Clustering clustering = ClusterInput.cluster(items, ClusterInput.config(settings), null);
    Map<ArticleId, StoryId> story = clustering.assignments();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ClusterInput.Item i : items) {
        String id = i.externalId() != null ? i.externalId() : file + ":" + i.record();
        w.write(id + "\t" + story.get(i.article().id()) + "\n");
      }
    }
    spec.commandLine().getOut().printf("%d articles in %d stories (%d duplicates, %d merges) -> %s%n",
        items.size(), clustering.stories().size(), clustering.duplicates().size(), clustering.merges().size(), out);
    return problems.stream().anyMatch(Problem::isError) ? Main.EXIT_FAILED_INPUTS : 0;
  }
}
