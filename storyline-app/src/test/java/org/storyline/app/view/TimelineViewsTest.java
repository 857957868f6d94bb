package org.storyline.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineEvent;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;
import org.storyline.reconcile.timeline.TimelineEvent.Source;

/** Two happenings told in one sentence are two lines that say which is which. */
class TimelineViewsTest {

  private static final String SENTENCE = "Records show Gordon was charged with kidnapping and assault in April.";
  private static final LocalDate APRIL = LocalDate.of(2016, 4, 1);
  private static final ArticleId ARTICLE = new ArticleId("00fbbd61c9bd9568");

  private static TimelineEvent event(String... words) {
    List<Source> sources = Arrays.stream(words).map(w -> {
      int at = SENTENCE.toLowerCase(Locale.ROOT).indexOf(w.toLowerCase(Locale.ROOT));
      return new Source(ARTICLE, Optional.of("AP"), Optional.of(APRIL.plusMonths(3)),
          Span.of(at, at + w.length()), w, Span.of(0, SENTENCE.length()), Modality.HAPPENED, Optional.empty());
    }).toList();
    return new TimelineEvent(SENTENCE, EventType.LEGAL_POLITICAL, new Dated(APRIL, APRIL.plusDays(29), Precision.MONTH),
        TimelineEvent.Status.HAPPENED, Optional.empty(), List.of(), sources, List.of());
  }

  @Test
  void eachLine_namesItsOwnWords_beforeTheSharedSentence() {
    String text = TimelineViews.text(new StoryTimeline(StoryId.startedBy(ARTICLE), List.of(event("charged", "Charged"), event("kidnapping", "assault"))));
    assertThat(text).contains("[charged] Records show").contains("[kidnapping, assault] Records show");
    assertThat(TimelineViews.markdown(new StoryTimeline(StoryId.startedBy(ARTICLE), List.of(event("charged"))))).contains("| [charged] Records show");
  }

  @Test
  void atMostThreeWords_areShown() {
    assertThat(event("charged", "kidnapping", "assault", "April").wordsAndLabel()).startsWith("[charged, kidnapping, assault] Records");
  }
}
