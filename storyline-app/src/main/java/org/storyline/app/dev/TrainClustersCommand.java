package org.storyline.app.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.extract.entity.ClusterBuilder;
import org.storyline.extract.entity.Conll;
import org.storyline.extract.entity.ConllDocument;
import org.storyline.extract.entity.WordClusters;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster the words of unlabelled text, for the named-entity recogniser's word-cluster features.",
      "Text: *.txt files (plain text), *.jsonl (the 'title' and 'content' fields of each line),",
      "*.tml and *.xml (tags removed); folders are walked in name order. CoNLL files give their first column.",
      "The shipped clusters were built with (paths under shared/data/):",
      "  storyline train clusters --conll conll2003/eng.train --conll conll2003/eng.testa "
          + "--text polnear --text clustering/gva-dev.jsonl --text tempeval3-train "
          + "--out storyline-core/src/main/resources/org/storyline/extract/entity/word-clusters-en.tsv.gz"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:built and written", "1:a file could not be read or written", "2:usage error"})
final class TrainClustersCommand implements Callable<Integer> {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @Spec CommandSpec spec;

  @Option(names = "--text", paramLabel = "PATH", description = "Unlabelled text: a file or a folder (repeatable).")
  List<Path> text = new ArrayList<>();

  @Option(names = "--conll", paramLabel = "FILE", description = "A CoNLL file whose tokens are used, not its tags (repeatable).")
  List<Path> conll = new ArrayList<>();

  @Option(names = "--min-count", defaultValue = "3", paramLabel = "N", description = "Words seen fewer times are left out (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Mixin ClusterOptions options;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    ClusterBuilder builder = options.builder(spec);
    try {
      builder.minCount(minCount);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (text.isEmpty() && conll.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give some --text or --conll");
    }
    long t0 = System.nanoTime();
    List<List<String>> sentences = new ArrayList<>();
    for (Path c : conll) {
      for (ConllDocument d : Conll.read(c)) {
        sentences.addAll(d.words());
      }
    }
    RuleTokenizer tokenizer = new RuleTokenizer();
    ObjectMapper json = new ObjectMapper();
    for (Path root : text) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        for (String doc : documents(f, json)) {
          for (Sentence s : tokenizer.sentences(doc)) {
            sentences.add(s.tokens().stream().map(Token::text).toList());
          }
        }
      }
    }
    List<String> header = List.of(
        "Word clusters for Storyline's named-entity recogniser, built by 'storyline train clusters'",
        "(org.storyline.extract.entity.ClusterBuilder) from " + sources() + ".",
        "Derived statistics only (a vocabulary and cluster numbers), no text of the sources.",
        "Columns: word, then its cluster at each level, coarse to fine (" + options.sizesText() + " clusters).");
    WordClusters clusters = builder.build(sentences, header, line -> {
      err.println(line);
      err.flush();
    });
    options.write(clusters, spec, t0);
    return 0;
  }

  private String sources() {
    List<String> names = new ArrayList<>();
    conll.forEach(p -> names.add(p.getFileName().toString()));
    text.forEach(p -> names.add(p.getFileName().toString()));
    return String.join(", ", names);
  }

  /** The texts of one file: one for a text or XML file, one per line of a JSON-lines file. */
  private static List<String> documents(Path f, ObjectMapper json) throws IOException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return List.of(Files.readString(f));
    }
    if (name.endsWith(".tml") || name.endsWith(".xml")) {
      String plain = TAG.matcher(Files.readString(f)).replaceAll(" ");
      return List.of(plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
    }
    if (name.endsWith(".jsonl")) {
      List<String> docs = new ArrayList<>();
      try (BufferedReader lines = Files.newBufferedReader(f)) {
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = json.readTree(line);
          } catch (IOException e) {
            throw new IOException(f + ":" + number + ": not JSON: " + e.getMessage(), e);
          }
          docs.add(node.path("title").asText("") + "\n\n" + node.path("content").asText(""));
        }
      }
      return docs;
    }
    return List.of();
  }
}
