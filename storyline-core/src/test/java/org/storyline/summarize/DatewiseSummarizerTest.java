package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatewiseSummarizerTest {

  /** A flood story: March 3 is named by many articles; other days once or twice. */
  private static List<DatedText> flood() {
    List<DatedText> out = new ArrayList<>();
    out.add(Stories.text("a1", "wire", "2021-03-03",
        "Heavy rain flooded the river valley on Wednesday, forcing thousands of residents to leave their homes.\n"
            + "Emergency crews rescued families trapped on rooftops in three villages."));
    out.add(Stories.text("a2", "paper", "2021-03-04",
        "The floods that hit the valley on Wednesday killed at least twelve people, officials said on Thursday.\n"
            + "Rescue teams were still searching flooded houses near the river."));
    out.add(Stories.text("a3", "wire", "2021-03-06",
        "The government declared a state of emergency on Saturday after the floods of March 3.\n"
            + "Officials said the river had burst its banks on March 3 after a week of heavy rain."));
    out.add(Stories.text("a4", "radio", "2021-03-10",
        "Ten days after the March 3 floods, schools in the valley reopened on Monday for most pupils.\n"
            + "Some roads in the valley remained closed because of damage caused by the water."));
    out.add(Stories.text("a5", "paper", "2021-03-20",
        "Insurers estimated the cost of the March 3 floods at 40 million dollars on Saturday.\n"
            + "Farmers said the water destroyed much of the winter crop in the valley."));
    return out;
  }

  @Test
  void summarize_keepsToTheRequest() {
    TimelineRequest request = new TimelineRequest(3, 2, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 12));
    Timeline t = new DatewiseSummarizer().summarize(flood(), request);
    assertThat(t.entries()).hasSizeBetween(1, 3);
    Map<String, DatedText> byId = flood().stream().collect(Collectors.toMap(DatedText::id, Function.identity()));
    List<String> texts = new ArrayList<>();
    for (Timeline.Entry e : t.entries()) {
      assertThat(request.contains(e.date())).isTrue();
      assertThat(e.sentences()).hasSizeBetween(1, 2);
      for (SourcedSentence s : e.sentences()) {
        assertThat(s.span().of(byId.get(s.articleId()).text())).isEqualTo(s.text());
        assertThat(s.published()).isBetween(request.from(), request.to());
        texts.add(s.text());
      }
    }
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void summarize_choosesTheDayMostArticlesPointAt() {
    Timeline t = new DatewiseSummarizer().summarize(flood(), new TimelineRequest(1, 1, null, null));
    assertThat(t.entries()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 3));
      SourcedSentence s = e.sentences().get(0);
      // a sentence of that day: published on it, or naming it
      assertThat(s.published().equals(e.date()) || s.text().contains("March 3") || s.text().contains("Wednesday"))
          .as(s.toString()).isTrue();
    });
  }

  @Test
  void summarize_countsAnArticleOncePerDay() {
    // one listing names its own day in every sentence; three later reports name March 3 once each
    List<DatedText> articles = new ArrayList<>(flood().subList(2, 5));
    articles.add(Stories.text("listing", "radio", "2021-03-09",
        "The valley choir sings on March 9 at 7pm in the town hall.\n"
            + "On March 9 the bakery opens its doors to visitors at noon.\n"
            + "The March 9 market runs until 6pm near the river bridge.\n"
            + "Tickets for the show on March 9 are sold at the station."));
    Timeline t = new DatewiseSummarizer().summarize(articles, new TimelineRequest(1, 1, null, null));
    assertThat(t.entries()).singleElement().extracting(Timeline.Entry::date).isEqualTo(LocalDate.of(2021, 3, 3));
  }

  @Test
  void summarize_doesNotDependOnInputOrder() {
    List<DatedText> shuffled = new ArrayList<>(flood());
    Collections.reverse(shuffled);
    TimelineRequest request = new TimelineRequest(4, 2, null, null);
    assertThat(new DatewiseSummarizer().summarize(shuffled, request))
        .isEqualTo(new DatewiseSummarizer().summarize(flood(), request));
  }

  @Test
  void summarize_withNothingInRange_isEmpty() {
    Timeline t = new DatewiseSummarizer().summarize(flood(),
        new TimelineRequest(3, 2, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)));
    assertThat(t.entries()).isEmpty();
  }

  @Test
  void readExtracted_usesTheStoredTimeExpressions() {
    DatewiseSummarizer s = new DatewiseSummarizer();
    var corpus = s.readExtracted(List.of(
        Stories.extraction("Floods hit the valley", "wire", "2021-03-04",
            "The floods that hit the valley on Wednesday killed at least twelve people, officials said."),
        Stories.extraction("Emergency declared", "paper", "2021-03-06",
            "The government declared a state of emergency after the floods of March 3 killed twelve people.")));
    Timeline t = s.summarize(corpus, new TimelineRequest(1, 1, null, null));
    assertThat(t.entries()).singleElement().extracting(Timeline.Entry::date).isEqualTo(LocalDate.of(2021, 3, 3));
  }
}
