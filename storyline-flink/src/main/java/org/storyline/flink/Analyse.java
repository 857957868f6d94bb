package org.storyline.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.java.tuple.Tuple3;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.clean.Cleaner;
import org.storyline.engine.AnalysisFailure;
import org.storyline.extract.Extractor;
import org.storyline.ingest.DocumentJson;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * The per-article part of the engine, at the job's parallelism: reads a message's document, cleans
 * it and extracts it with the classes the engine uses ({@link BoilerplateCleaner}, {@link
 * Extractor}). A message that cannot be read or cleaned gives its problem, naming the input (its
 * origin, or else the topic, partition and offset), and no article; an article the extractors fail on
 * is kept with nothing found and a warning ({@link AnalysisFailure}); the stream goes on.
 *
 * <p>Input: (partition, offset, JSON) of one message. Output: {@link AnalysedCodec} bytes.
 */
final class Analyse extends RichMapFunction<Tuple3<Integer, Long, String>, byte[]> {

  private final String topic;
  private transient Cleaner cleaner;
  private transient Extractor extractor;

  Analyse(String topic) {
    this.topic = topic;
  }

  /** With the stages given rather than loaded by {@link #open} (tests: a stage that fails). */
  Analyse(String topic, Cleaner cleaner, Extractor extractor) {
    this(topic);
    this.cleaner = cleaner;
    this.extractor = extractor;
  }

  @Override
  public void open(OpenContext context) {
    cleaner = new BoilerplateCleaner();
    extractor = Extractor.withDefaults(); // once per subtask: the models are the costly part to load
  }

  @Override
  public byte[] map(Tuple3<Integer, Long, String> message) {
    return AnalysedCodec.encode(analyse(message.f0, message.f1, message.f2));
  }

  Analysed analyse(int partition, long offset, String json) {
    Origin at = new Origin(topic + "-" + partition, offset + 1);
    List<Problem> problems = new ArrayList<>();
    Optional<SourceDocument> doc = DocumentJson.read(json, at, problems::add);
    if (doc.isEmpty()) {
      return new Analysed(partition, offset, Optional.empty(), problems);
    }
    Article article;
    try {
      article = cleaner.clean(doc.get());
    } catch (RuntimeException e) {
      // a cleaner bug must not stop the stream: say which input it was and go on, as the engine's pipeline does
      problems.add(Problem.error(doc.get().origin(), "could not clean: " + oneLine(e)));
      return new Analysed(partition, offset, Optional.empty(), problems);
    }
    try {
      return new Analysed(partition, offset, Optional.of(extractor.extract(article)), problems);
    } catch (RuntimeException | StackOverflowError e) {
      // as in the embedded engine: stored with nothing found (a stream would restart on the same message for ever)
      problems.add(AnalysisFailure.unanalysed(article, e));
      return new Analysed(partition, offset, Optional.of(AnalysisFailure.nothingFound(article)), problems);
    }
  }

  private static String oneLine(RuntimeException e) {
    return (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ").strip();
  }
}
