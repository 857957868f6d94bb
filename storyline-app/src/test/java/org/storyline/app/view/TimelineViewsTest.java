package org.storyline.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import com.fasterxml.jackson.databind.JsonNode;
import org.storyline.reconcile.timeline.EventSalience;
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

  private static final Function<ArticleId, String> NO_TITLES = id -> null;

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
    String text = TimelineViews.text(new StoryTimeline(StoryId.startedBy(ARTICLE), List.of(event("charged", "Charged"), event("kidnapping", "assault"))),
        NO_TITLES, true); // every event: these two, one article's and dated to a month, are not salient
    assertThat(text).contains("[charged] Records show").contains("[kidnapping, assault] Records show");
    assertThat(TimelineViews.markdown(new StoryTimeline(StoryId.startedBy(ARTICLE), List.of(event("charged"))), NO_TITLES, true))
        .contains("| [charged] Records show");
  }

  @Test
  void atMostThreeWords_areShown() {
    assertThat(event("charged", "kidnapping", "assault", "April").wordsAndLabel()).startsWith("[charged, kidnapping, assault] Records");
  }

  /** A story whose first event four outlets report, the rest each one article's "go" or "trying". */
  private static StoryTimeline crowded() {
    List<TimelineEvent> events = new java.util.ArrayList<>();
    List<Source> reported = IntStream.range(0, 4).mapToObj(i -> new Source(new ArticleId("00fbbd61c9bd956" + i),
        Optional.of("outlet" + i), Optional.of(APRIL), Span.of(27, 34), "charged", Span.of(0, SENTENCE.length()), Modality.HAPPENED,
        Optional.of(new Dated(APRIL, APRIL, Precision.DAY)))).toList();
    events.add(new TimelineEvent(SENTENCE, EventType.LEGAL_POLITICAL, new Dated(APRIL, APRIL, Precision.DAY),
        TimelineEvent.Status.HAPPENED, Optional.empty(), List.of("Gordon"), reported, List.of()));
    int weak = EventSalience.DEFAULT.minimum() + 3;
    for (int i = 0; i < weak; i++) {
      String word = i % 2 == 0 ? "go" : "trying";
      Source s = new Source(ARTICLE, Optional.of("AP"), Optional.of(APRIL), Span.of(900, 900 + word.length()), word,
          Span.of(880, 950), Modality.HAPPENED, Optional.empty());
      events.add(new TimelineEvent("Weak " + i + ".", EventType.OTHER, new Dated(APRIL.plusDays(i + 1), APRIL.plusDays(i + 1),
          Precision.DAY), TimelineEvent.Status.HAPPENED, Optional.empty(), List.of(), List.of(s), List.of()));
    }
    return new StoryTimeline(StoryId.startedBy(ARTICLE), events);
  }

  @Test
  void text_byDefault_listsTheSalientEvents_andSaysHowManyAreLeftOut() {
    StoryTimeline t = crowded();
    int listed = EventSalience.withDefaults().listed(t, NO_TITLES).size();
    String text = TimelineViews.text(t, NO_TITLES, false);
    assertThat(listed).isLessThan(t.events().size());
    assertThat(text).contains("[charged] Records show").contains(listed + " of " + t.events().size() + " events listed")
        .doesNotContain("Weak " + (t.events().size() - 2) + ".").doesNotContain("salience");
  }

  @Test
  void text_allEvents_listsEveryOne_withItsSalience() {
    StoryTimeline t = crowded();
    String text = TimelineViews.text(t, NO_TITLES, true);
    assertThat(text).contains("Weak " + (t.events().size() - 2) + ".").contains("not listed by default")
        .contains("salience ").doesNotContain("events listed");
    assertThat(TimelineViews.markdown(t, NO_TITLES, true)).contains("Weak " + (t.events().size() - 2) + ".");
    assertThat(TimelineViews.markdown(t, NO_TITLES, false)).doesNotContain("Weak " + (t.events().size() - 2) + ".")
        .contains("events listed");
  }

  @Test
  void json_holdsEveryEvent_eachMarkedListedOrNot_withItsPoints() {
    StoryTimeline t = crowded();
    JsonNode json = TimelineViews.json(t, NO_TITLES);
    assertThat(json).hasSize(t.events().size());
    assertThat(json.get(0).get("listed").asBoolean()).isTrue();
    assertThat(json.get(0).get("salience").get("points").get("articles").asInt()).isEqualTo(3);
    assertThat(json.get(t.events().size() - 1).get("listed").asBoolean()).isFalse();
    assertThat(json.get(t.events().size() - 1).get("salience").get("points").get("light").asInt()).isNegative();
  }
}
