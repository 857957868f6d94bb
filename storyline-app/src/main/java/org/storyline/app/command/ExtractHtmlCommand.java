package org.storyline.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.app.Main;
import org.storyline.ingest.html.Extraction;
import org.storyline.ingest.html.HtmlExtractor;
import org.storyline.ingest.html.HtmlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract-html",
    mixinStandardHelpOptions = true,
    description = {
      "Print the main text and metadata of one HTML page (.html or .html.gz) as JSON:",
      "title, body, author, published {date, source, where}, site, url, language."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:extracted", "1:the file could not be read or has no article (one line on stderr)",
        "2:usage error"})
public final class ExtractHtmlCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "An HTML page, optionally gzipped.")
  Path file;

  @Override
  public Integer call() throws IOException {
    String html;
    try {
      html = HtmlFiles.read(file);
    } catch (IOException e) {
      spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
      return Main.EXIT_FAILED_INPUTS;
    }
    Extraction extraction = HtmlExtractor.withDefaults().extract(html);
    if (!extraction.hasBody()) {
      spec.commandLine().getErr().println(file + ": error: no article text in the page");
      return Main.EXIT_FAILED_INPUTS;
    }
    spec.commandLine().getOut().println(JSON.writeValueAsString(json(extraction)));
    return 0;
  }

  static ObjectNode json(Extraction e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("title", e.title());
    node.put("body", e.text());
    node.put("author", e.author());
    if (e.published() == null) {
      node.putNull("published");
    } else {
      ObjectNode published = node.putObject("published");
      published.put("date", e.published().date().toString());
      published.put("datetime", e.published().dateTime() == null ? null : e.published().dateTime().toString());
      published.put("source", e.published().source().name().toLowerCase(java.util.Locale.ROOT));
      published.put("where", e.published().where());
    }
    node.put("site", e.site());
    node.put("url", e.url());
    node.put("language", e.language());
    return node;
  }
}
