package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Amount;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Qualifier;
import org.storyline.extract.claim.Quantity;
import org.storyline.extract.claim.Subject;
import org.storyline.extract.event.Aspect;
import org.storyline.extract.event.EventClass;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.EventTime;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.extract.event.Participant;
import org.storyline.extract.event.Tense;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Span;

/** Which sentences report a happening (its agent and a figure) rather than give background: made-up articles, facts given by hand. */
class ReportsTest {

  /** An event mention of the {@code nth} (0-based) occurrence of {@code trigger}, with {@code agent} (or none) as its agent. */
  static EventMention event(String text, String trigger, int nth, Modality modality, String agent) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(trigger, at + 1);
    }
    List<Participant> who = agent == null ? List.of()
        : List.of(new Participant(Span.of(text.lastIndexOf(agent, at), text.lastIndexOf(agent, at) + agent.length()),
            Participant.Role.AGENT));
    return new EventMention(Span.of(at, at + trigger.length()), trigger, EventClass.OCCURRENCE, EventType.MILITARY_SECURITY, false,
        modality, Tense.PAST, Aspect.NONE, who, null, EventTime.unknown());
  }

  /** A claim of the figure {@code number} (its first occurrence) of troops. */
  static Claim figure(String text, String number, double value) {
    int at = text.indexOf(number);
    Span span = Span.of(at, at + number.length());
    return new Claim(new Quantity(span, new Amount.Exact(value), Qualifier.NONE, org.storyline.extract.claim.Unit.NONE,
        Optional.empty(), number), new Subject(Span.of(span.end(), span.end()), "", "", Optional.empty()), Optional.empty(),
        Optional.empty(), Optional.empty(), org.storyline.extract.claim.Modality.COUNT);
  }

  static Extraction with(Extraction x, List<EventMention> events, List<Claim> claims) {
    return new Extraction(x.article(), x.timeAnchor(), x.timexes(), x.mentions(), x.quotes(), claims, events);
  }

  private static Unit sentence(List<Unit> units, String start) {
    return units.stream().filter(u -> u.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void reports_aHappeningWithItsAgentAndAFigure_notBackgroundNorAnUnnamedDoer() {
    Extraction plain = Stories.extraction("Army on alert", "Wire", "2022-03-14",
        "Officials said the rebels hold about 9,000 fighters in the hills.\n"
            + "The army placed 3,000 soldiers on alert on Monday.\n"
            + "The army placed its reserve on alert as well.\n"
            + "Some 2,000 more were placed on alert later.");
    String text = plain.article().text();
    Extraction x = with(plain,
        List.of(event(text, "placed", 0, Modality.HAPPENED, "army"), event(text, "placed", 1, Modality.HAPPENED, "army"),
            event(text, "placed", 2, Modality.HAPPENED, null)),
        List.of(figure(text, "9,000", 9000), figure(text, "3,000", 3000), figure(text, "2,000", 2000)));
    List<Unit> units = new Units(new RuleTokenizer(), new RuleTimeTagger()).read(x);
    Reports reports = Reports.of(List.of(x));

    assertThat(reports.reports(sentence(units, "The army placed 3,000"))).isTrue();
    assertThat(reports.reports(sentence(units, "Officials said"))).as("a figure, no happening").isFalse();
    assertThat(reports.reports(sentence(units, "The army placed its reserve"))).as("a happening, no figure").isFalse();
    assertThat(reports.reports(sentence(units, "Some 2,000"))).as("a figure and a happening, no one doing it").isFalse();
    assertThat(Reports.none().reports(sentence(units, "The army placed 3,000"))).isFalse();
  }
}
