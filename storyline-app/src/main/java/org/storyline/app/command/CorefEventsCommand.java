package org.storyline.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.app.view.ArticleJson;
import org.storyline.reconcile.event.EventCorefModel;
import org.storyline.reconcile.event.EventCoreferencer;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.PairwiseEventCoreferencer;
import org.storyline.reconcile.event.SameLemmaCoreferencer;
import org.storyline.reconcile.event.eval.EventCorpora;
import org.storyline.reconcile.event.eval.EventCorpus;
import org.storyline.reconcile.event.eval.EventCorefEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "coref-events",
    mixinStandardHelpOptions = true,
    description = {
      "Group gold event mentions into events across documents, topic by topic. DIR is laid out as ECB+",
      "(documents.jsonl, event_mentions.jsonl) or holds MEANTIME XML. Writes one JSON line per mention:",
      "doc_id, start, end, text, cluster_id (the scorer's input)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written", "1:the data could not be read, or some mentions were skipped", "2:usage error"})
public final class CorefEventsCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The documents and their gold event mentions.")
  Path data;

  @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "Where to write the mentions with their cluster ids.")
  Path out;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'train event-coref' (default: the shipped one).")
  Path model;

  @Option(names = "--baseline", description = "Same topic and same head lemma, instead of the model.")
  boolean baseline;

  @Override
  public Integer call() throws IOException {
    EventCorpus corpus = EventCorpora.read(data);
    corpus.problems().forEach(p -> spec.commandLine().getErr().println(p));
    EventCoreferencer coreferencer = baseline ? new SameLemmaCoreferencer()
        : new PairwiseEventCoreferencer(model == null ? EventCorefModel.shipped() : EventCorefModel.read(model));
    Map<EventMention, String> response = EventCorefEval.respond(corpus, coreferencer);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<EventMention, String> e : response.entrySet()) {
        ObjectNode line = ArticleJson.object();
        line.put("doc_id", e.getKey().document());
        line.put("start", e.getKey().chars().start());
        line.put("end", e.getKey().chars().end());
        line.put("text", e.getKey().trigger());
        line.put("cluster_id", e.getValue());
        w.write(JSON.writeValueAsString(line));
        w.newLine();
      }
    }
    return corpus.problems().isEmpty() ? 0 : 1;
  }
}
