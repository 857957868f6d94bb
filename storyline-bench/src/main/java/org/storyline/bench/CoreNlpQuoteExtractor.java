package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.quote.QuoteExtractor;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/**
 * CoreNLP's {@code quote} annotator, with its prerequisites and attribution, behind Storyline's
 * {@link QuoteExtractor} contract. A quote's speaker is CoreNLP's attributed mention (its token
 * span), named by the speaker CoreNLP resolved it to.
 */
final class CoreNlpQuoteExtractor implements QuoteExtractor {

  private final StanfordCoreNLP pipeline = new StanfordCoreNLP(Stage.QUOTES.coreNlpProperties());

  @Override
  public List<Quote> extract(String text) {
    Annotation doc = new Annotation(text);
    synchronized (pipeline) {
      pipeline.annotate(doc);
    }
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Quote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    int lastEnd = 0;
    for (CoreMap q : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin < lastEnd || end <= begin) {
        continue; // nested quotes: the outer one is kept
      }
      lastEnd = end;
      out.add(new Quote(List.of(Span.of(begin, end)), Quote.Kind.DIRECT, null, speaker(q, tokens)));
    }
    return out;
  }

  private static Speaker speaker(CoreMap quote, List<CoreLabel> tokens) {
    String name = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
    Integer first = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
    Integer last = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    if (name == null || name.isBlank() || first == null || last == null || tokens == null || last >= tokens.size()) {
      return null;
    }
    Span mention = Span.of(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    return new Speaker(name, Speaker.Kind.PERSON, mention, mention, null);
  }
}
