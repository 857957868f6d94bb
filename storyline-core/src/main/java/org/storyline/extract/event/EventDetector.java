package org.storyline.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.Timex;
import org.storyline.model.Mention;

/**
 * Finds the event mentions of one article.
 *
 * <p>Contract: {@code sentences} are the tokenised sentences of {@code text}, in order, as
 * {@link org.storyline.extract.text.Tokenizer} gives them; {@code timexes} and {@code mentions}
 * are the time expressions and entity mentions found in the same text (spans into it, possibly
 * empty lists); {@code published} is the article's date, if known. The result is in text order,
 * triggers do not overlap, each trigger is one token of {@code sentences}, and every span
 * (trigger, participant, place, linked time expression) lies in the trigger's sentence.
 * Implementations are stateless and thread-safe.
 */
public interface EventDetector {

  List<EventMention> detect(String text, List<Sentence> sentences, List<Timex> timexes,
      List<Mention> mentions, Optional<LocalDate> published);
}
