package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.extract.Extraction;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.model.Span;
import org.storyline.reconcile.timeline.TimelineEvent;

/** The story summary with the story's timeline events: made-up articles, events given by hand as the timeline would give them. */
class HappeningsSummaryTest {

  private static final LocalDate MONDAY = LocalDate.of(2022, 3, 14);

  /** An event of {@code day}, one source per (article, trigger word, modality) given. */
  private static TimelineEvent event(LocalDate day, Object... articleTriggerModality) {
    List<TimelineEvent.Source> sources = new ArrayList<>();
    TimelineEvent.Dated when = new TimelineEvent.Dated(day, day, Precision.DAY);
    for (int i = 0; i < articleTriggerModality.length; i += 3) {
      Extraction x = (Extraction) articleTriggerModality[i];
      String trigger = (String) articleTriggerModality[i + 1];
      String text = x.article().text();
      int at = text.indexOf(trigger);
      assertThat(at).as(trigger).isNotNegative();
      sources.add(new TimelineEvent.Source(x.article().id(), x.article().outletOpt(), Optional.of(x.article().published().date()),
          Span.of(at, at + trigger.length()), trigger, Span.of(0, text.length()), (Modality) articleTriggerModality[i + 2],
          Optional.of(when)));
    }
    return new TimelineEvent(sources.get(0).text(), EventType.COMMUNICATION, when, TimelineEvent.Status.HAPPENED,
        Optional.empty(), List.of(), sources, List.of());
  }

  private static List<String> texts(List<SourcedSentence> summary) {
    return summary.stream().map(SourcedSentence::text).toList();
  }

  @Test
  void summarize_anAnnouncementGivesWayToTheLaterReportOfTheEvent() {
    Extraction morning = Stories.extraction("Ministers to meet", "Wire", "2022-03-14",
        "The foreign ministers of both countries will hold their first meeting in Ankara today, officials confirmed.");
    Extraction report = Stories.extraction("Ministers met", "Paper", "2022-03-15",
        "Talks in Ankara between the two ministers on Monday ended without a ceasefire agreement.");
    List<Extraction> story = List.of(morning, report);
    List<TimelineEvent> events = List.of(event(MONDAY, morning, "meeting", Modality.PLANNED, report, "Talks", Modality.HAPPENED));

    assertThat(texts(new CoverageSummarizer().summarize(story, List.of(), List.of(), 150)))
        .as("without the timeline the announcement of the same day is kept").anyMatch(t -> t.contains("will hold"));
    List<String> withEvents = texts(new CoverageSummarizer().summarize(story, List.of(), events, 150));
    assertThat(withEvents).noneMatch(t -> t.contains("will hold"));
    assertThat(withEvents).anyMatch(t -> t.contains("ended without a ceasefire"));
  }

  @Test
  void summarize_tellsTwoHappeningsOfOneDayWhenTheBudgetAllows() {
    Extraction a = Stories.extraction("Alert and call", "Wire", "2022-03-14",
        "Officials said soldiers and armour kept gathering in the border region this week.\n"
            + "The government put 3,000 soldiers on alert on Monday.\n"
            + "The president held a video call with allied leaders on Monday.");
    Extraction b = Stories.extraction("Allies agree sanctions", "Paper", "2022-03-14",
        "Soldiers and armour kept gathering in the border region, officials said this week.\n"
            + "Also on Monday, 3,000 soldiers were placed on alert.\n"
            + "On Monday the president agreed on sanctions with allied leaders in a video call.");
    Extraction c = Stories.extraction("More armour arrives", "Radio", "2022-03-14",
        "Officials said more soldiers and armour arrived in the border region this week.");
    List<Extraction> story = List.of(a, b, c);
    List<TimelineEvent> events = List.of(
        event(MONDAY, a, "alert", Modality.HAPPENED, b, "placed", Modality.HAPPENED),
        event(MONDAY, a, "held", Modality.HAPPENED, b, "agreed", Modality.HAPPENED));

    assertThat(texts(new CoverageSummarizer().summarize(story, List.of(), List.of(), 45)))
        .as("by days alone the day counts once, and the alert told twice and the build-up take the words")
        .noneMatch(t -> t.contains("video call"));
    List<String> s = texts(new CoverageSummarizer().summarize(story, List.of(), events, 45));
    assertThat(s).anyMatch(t -> t.contains("alert"));
    assertThat(s).anyMatch(t -> t.contains("video call"));
  }

  @Test
  void summarize_aLongReportOfAHappeningIsQuotedUpToTheClauseThatTellsIt() {
    Extraction a = Stories.extraction("Port strike widens", "Wire", "2022-03-16",
        "The dock strike follows a Monday walkout in which crane drivers at all four container terminals stopped work"
            + " for six hours and union leaders warned that further stoppages would come before the end of the month.");
    Extraction b = Stories.extraction("Crane drivers walk out", "Paper", "2022-03-15",
        "Crane drivers walked out at the container terminals on Monday.");
    List<TimelineEvent> events = List.of(event(MONDAY, a, "walkout", Modality.HAPPENED, b, "walked", Modality.HAPPENED));

    List<String> s = texts(new CoverageSummarizer().summarize(List.of(a, b), List.of(), events, 25));
    assertThat(s).contains("The dock strike follows a Monday walkout");
    assertThat(texts(new CoverageSummarizer().summarize(List.of(a, b), List.of(), List.of(), 25)))
        .as("without the timeline no sentence is cut").noneMatch(t -> t.endsWith("walkout"));
  }

  /** An article of {@link #MONDAY}, one sentence a line. */
  private static Extraction onMonday(String title, String outlet, String... lines) {
    return Stories.extraction(title, outlet, MONDAY.toString(), String.join("\n", lines));
  }

  @Test
  void summarize_eachHappeningGetsASentenceBeforeAnyGetsASecond() {
    Extraction a = onMonday("Dockers walk out", "Wire", "Dockers walked out at every port on Monday in a row over pay.",
        "Shipping lines sent dozens of their vessels to harbours abroad.", "Union leaders met port managers for talks on Monday evening.");
    Extraction b = onMonday("Ports shut", "Paper", "The dock strike over pay shut every port in the country on Monday.",
        "Shipping lines sent their vessels to ports abroad.", "Talks between the union and the managers began on Monday evening.");
    Extraction c = onMonday("Ports closed", "Radio", "A strike by dockers over pay closed the ports on Monday.");
    Extraction d = onMonday("Ports idle", "TV", "Every port stood idle on Monday as the dockers' strike over pay began.");
    Extraction e = onMonday("Ports empty", "Web", "Dockers went on strike over pay on Monday, leaving the ports empty.");
    Extraction f = onMonday("Ports close", "Agency", "The strike over pay by the dockers closed the country's ports on Monday.");
    List<Extraction> story = List.of(a, b, c, d, e, f);
    Modality done = Modality.HAPPENED;
    List<TimelineEvent> events = List.of(
        event(MONDAY, a, "walked", done, b, "strike", done, c, "strike", done, d, "strike", done, e, "strike", done, f, "strike", done),
        event(MONDAY, a, "talks", Modality.HAPPENED, b, "Talks", Modality.HAPPENED));

    assertThat(texts(new CoverageSummarizer().summarize(story, List.of(), events, 40)))
        .as("the talks, told by two articles of six, before a second sentence on the strike or background")
        .anyMatch(t -> t.contains("Talks between") || t.contains("for talks"));
  }

  @Test
  void summarize_prefersTheReportOfAHappeningToBackground() {
    Extraction x = onMonday("Rebels in the hills", "Wire", "Troops and rebels faced each other in the hills near the town.",
        "The rebels have about 400 fighters in the hills near the town.", "The army sent 600 soldiers to the hills near the town.");
    String t = x.article().text();
    List<Extraction> story = List.of(ReportsTest.with(x, List.of(ReportsTest.event(t, "sent", 0, Modality.HAPPENED, "army")),
        List.of(ReportsTest.figure(t, "400", 400), ReportsTest.figure(t, "600", 600))));

    List<String> s = texts(new CoverageSummarizer().summarize(story, List.of(), List.of(), 28));
    assertThat(s).as("room for the lead and one more").hasSize(2);
    assertThat(s).anyMatch(u -> u.contains("600 soldiers")).noneMatch(u -> u.contains("400 fighters"));
  }
}
