package org.storyline.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.view.TimelineSummaryViews;
import org.storyline.summarize.DatedText;
import org.storyline.summarize.DatewiseSummarizer;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline tls INPUT.jsonl --dates T --sentences N}: a timeline summary of a set of articles. */
@Command(
    name = "tls",
    mixinStandardHelpOptions = true,
    description = "Summarise a JSONL file of articles as a timeline: the T most important dates, each with up to N sentences, every sentence sourced.")
public final class TlsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT.jsonl", description = "One article per line: id, date, source, title, text.")
  Path input;

  @Option(names = "--dates", required = true, paramLabel = "T", description = "How many dates.")
  int dates;

  @Option(names = "--sentences", required = true, paramLabel = "N", description = "At most this many sentences a date.")
  int sentences;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published and dates chosen from this day on.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published and dates chosen up to this day.")
  LocalDate to;

  @Option(names = "--json", description = "Write {\"timeline\": [{\"date\", \"sentences\", \"sources\"}]}.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TimelineRequest request;
    try {
      request = new TimelineRequest(dates, sentences, from, to);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!java.nio.file.Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(), input + ": not a file");
    }
    int[] problems = {0};
    List<DatedText> articles = TimelineInput.read(input, p -> {
      err.println(p);
      problems[0]++;
    });
    Timeline timeline = new DatewiseSummarizer().summarize(articles, request);
    if (json) {
      out.println(TimelineSummaryViews.json(timeline).toString());
    } else {
      TimelineSummaryViews.text(timeline, out);
    }
    return problems[0] == 0 ? 0 : 1;
  }
}
