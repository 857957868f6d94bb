package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.Span;

/**
 * CoreNLP's SUTime behind Storyline's {@link TimeTagger} contract, so both are scored by the same
 * scorer. A value our TimeML model cannot hold is dropped (the scorer would count it wrong anyway);
 * overlapping expressions keep the first.
 */
final class CoreNlpTimeTagger implements TimeTagger {

  private final StanfordCoreNLP sutime = new StanfordCoreNLP(Stage.TIME.coreNlpProperties());

  @Override
  public List<Timex> tag(String text, LocalDate documentDate) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    synchronized (sutime) {
      sutime.annotate(annotation);
    }
    List<Timex> out = new ArrayList<>();
    List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    int lastEnd = 0;
    for (CoreMap t : timexes) {
      edu.stanford.nlp.time.Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      int begin = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String value = timex == null ? null : timex.value() != null ? timex.value() : timex.altVal();
      if (value == null || begin < lastEnd || end > text.length()) {
        continue;
      }
      try {
        out.add(new Timex(Span.of(begin, end), TimexType.fromTimeML(timex.timexType()), TimexValue.parse(value), null,
            text.substring(begin, end)));
        lastEnd = end;
      } catch (RuntimeException unknownForm) {
        // not a TimeML value or type: left out
      }
    }
    return out;
  }
}
