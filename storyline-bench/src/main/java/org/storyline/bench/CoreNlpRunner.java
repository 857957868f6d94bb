package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/** Stanford CoreNLP running the pipeline of one {@link Stage}: the baseline we beat. */
final class CoreNlpRunner implements Runner {

  private final Stage stage;
  private StanfordCoreNLP pipeline;

  CoreNlpRunner(Stage stage) {
    this.stage = stage;
  }

  @Override
  public void load() {
    pipeline = new StanfordCoreNLP(stage.coreNlpProperties());
  }

  @Override
  public int process(BenchArticle article) {
    Annotation doc = new Annotation(article.text());
    doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    return (sentences == null ? 0 : sentences.size()) + (quotes == null ? 0 : quotes.size());
  }
}
