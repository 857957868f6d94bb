package org.storyline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.reconcile.Evidence.Kind;

/** One kind of evidence at a time, on small made-up articles. */
class ArticleDaterTest {

  private static final ArticleDater DATER = ArticleDater.standard();

  private static DateEstimate date(Article a, Article... peers) {
    Optional<DateEstimate> e = DATER.estimate(a, List.of(peers));
    assertThat(e).as("an estimate").isPresent();
    return e.get();
  }

  private static List<Kind> kinds(DateEstimate e) {
    return e.evidence().stream().map(Evidence::kind).toList();
  }

  @Test
  void estimate_pastAndFutureFullDates_boundTheDate() {
    DateEstimate e = date(Articles.undated(
        "Officials met in Stockholm on December 1, 2021. Talks will be held in Geneva on December 3, 2021."));
    assertThat(e.date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 3));
    assertThat(kinds(e)).contains(Kind.ABSOLUTE_DATE_PAST, Kind.ABSOLUTE_DATE_FUTURE);
    assertThat(e.evidence()).allSatisfy(ev -> assertThat(ev.peerOpt()).isEmpty());
  }

  @Test
  void estimate_aBirthDate_saysNothingOfWhenTheReportWasWritten() {
    Article obituary = Articles.undated("Her agent said she died yesterday at a hospital. "
        + "She was born Betty Mae Page in Nashville, Tennessee on April 22, 1923. Born in 1923, she began modelling as a student.");
    assertThat(DATER.estimate(obituary, List.of())).as("a birth alone dates nothing").isEmpty();
    // the same sentence about an opening, not a birth, still dates the report
    DateEstimate opened = date(Articles.undated("The plant opened in Nashville, Tennessee on April 22, 1923."));
    assertThat(opened.date()).isAfterOrEqualTo(LocalDate.of(1923, 4, 22));
    assertThat(kinds(opened)).contains(Kind.ABSOLUTE_DATE_PAST);
  }

  @Test
  void estimate_aYearNamingAThing_saysNothingOfWhenTheReportWasWritten() {
    // "the 1918 pandemic", "1968 flu": when the thing was, not when the report on it was written
    assertThat(DATER.estimate(Articles.undated("Experts compare it with the 1918 pandemic."), List.of())).isEmpty();
    assertThat(DATER.estimate(Articles.undated("Experts compare it with 1968 flu outbreaks."), List.of())).isEmpty();
    // a year said as a time still dates the report
    assertThat(date(Articles.undated("Elections will be held in 2024.")).date().getYear()).isBetween(2023, 2024);
  }

  @Test
  void estimate_ownPastDate_winsTheTieOverTheMiddleOfThePeers() {
    // "on April 26" in the past tense holds on every later day of the story; the report was most
    // likely written on it, not on the middle day of its peers (May 10 here)
    Article undated = Articles.undated("The first cases were confirmed on April 26, 2009, officials said.");
    List<Article> peers = List.of(Articles.dated(LocalDate.of(2009, 4, 20), "The committee met."),
        Articles.dated(LocalDate.of(2009, 5, 10), "The committee met again."),
        Articles.dated(LocalDate.of(2009, 5, 20), "The committee adjourned."));
    assertThat(DATER.estimate(undated, peers).orElseThrow().date()).isEqualTo(LocalDate.of(2009, 4, 26));
  }

  @Test
  void estimate_weekdayInBothTenses_isThatWeekday() {
    DateEstimate e = date(Articles.undated("The talks ended on January 20, 2022. On Monday, the minister said the plan was ready. "
        + "The minister will meet allies Monday in Brussels."));
    assertThat(e.date()).isEqualTo(LocalDate.of(2022, 1, 24));
    assertThat(e.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(kinds(e)).contains(Kind.WEEKDAY_BOTH_TENSES, Kind.ABSOLUTE_DATE_PAST);
    Evidence both = e.evidence().stream().filter(ev -> ev.kind() == Kind.WEEKDAY_BOTH_TENSES).findFirst().orElseThrow();
    assertThat(both.text()).isEqualTo("Monday");
    assertThat(both.explanation()).contains("past tense", "future tense", "written on a Monday");
  }

  @Test
  void estimate_weekdayInOneTenseOnly_isNoEvidence() {
    DateEstimate e = date(Articles.undated("The talks ended on January 20, 2022. The minister will meet allies Monday in Brussels."));
    assertThat(kinds(e)).doesNotContain(Kind.WEEKDAY_BOTH_TENSES);
  }

  @Test
  void estimate_nextMonthAndAMonthName_giveTheMonth() {
    DateEstimate e = date(Articles.undated("U.S. officials say an offensive is possible in early 2022. "
        + "Ukrainian officials have said Russia could invade by next month. An escalation is possible in January."));
    assertThat(e.date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));
    assertThat(kinds(e)).contains(Kind.MONTH_NAMED_RELATIVELY, Kind.YEAR);
  }

  @Test
  void estimate_sharedEvent_alignsARelativeWeekdayWithAPeersDate() {
    Article peer = Articles.dated(LocalDate.of(2021, 12, 30),
        "Secretary of State Antony Blinken spoke Wednesday with Ukrainian President Volodymyr Zelenskyy.");
    Article undated = Articles.undated("Antony Blinken spoke with Volodymyr Zelenskiy on Wednesday about the talks.");
    DateEstimate e = date(undated, peer);
    assertThat(e.date()).isEqualTo(LocalDate.of(2021, 12, 29));
    Evidence shared = e.evidence().stream().filter(ev -> ev.kind() == Kind.SHARED_EVENT).findFirst().orElseThrow();
    assertThat(shared.text()).isEqualTo("Wednesday");
    assertThat(shared.peerOpt()).hasValueSatisfying(p -> {
      assertThat(p.article()).isEqualTo(peer.id());
      assertThat(p.text()).isEqualTo("Wednesday");
      assertThat(p.date()).isEqualTo(LocalDate.of(2021, 12, 29));
    });
    assertThat(kinds(e)).contains(Kind.PEER_RANGE);
  }

  @Test
  void estimate_sharedEvent_withAFullDateInThePeer() {
    Article peer = Articles.dated(LocalDate.of(2021, 12, 29),
        "The talks follow a Dec. 7 Biden-Putin phone call about Ukraine.");
    Article undated = Articles.undated("Biden is expected to conduct Tuesday's call with Putin from the Situation Room.");
    DateEstimate e = date(undated, peer);
    assertThat(e.date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 7));
    assertThat(e.evidence().get(0).kind()).isEqualTo(Kind.SHARED_EVENT);
  }

  @Test
  void estimate_oneSharedName_isNotASharedEvent() {
    Article peer = Articles.dated(LocalDate.of(2021, 12, 30), "Blinken spoke Wednesday with reporters in Washington.");
    Article undated = Articles.undated("Blinken met Lavrov on Wednesday. Talks will be held on January 10, 2022.");
    DateEstimate e = date(undated, peer);
    assertThat(kinds(e)).doesNotContain(Kind.SHARED_EVENT);
  }

  @Test
  void estimate_sharedNamesWithoutAnEvent_isNotASharedEvent() {
    Article peer = Articles.dated(LocalDate.of(2021, 12, 30), "Antony Blinken praised Volodymyr Zelenskyy on Wednesday.");
    Article undated = Articles.undated("Antony Blinken praised Volodymyr Zelenskiy on Wednesday. Talks will be held on January 10, 2022.");
    assertThat(kinds(date(undated, peer))).doesNotContain(Kind.SHARED_EVENT);
  }

  @Test
  void estimate_peersAlone_bindTheRange() {
    Article peer = Articles.dated(LocalDate.of(2022, 1, 24), "NATO put forces on standby.");
    DateEstimate e = date(Articles.undated("On Monday, the minister said the plan was ready. The minister will meet allies Monday."), peer);
    assertThat(e.date()).isEqualTo(LocalDate.of(2022, 1, 24));
    assertThat(kinds(e)).containsExactlyInAnyOrder(Kind.WEEKDAY_BOTH_TENSES, Kind.PEER_RANGE);
  }

  @Test
  void estimate_nothingThatBoundsTheDate_isEmpty() {
    assertThat(DATER.estimate(Articles.undated("The minister spoke on Monday. In 2014, Russia annexed Crimea."), List.of())).isEmpty();
    assertThat(DATER.estimate(Articles.undated("No dates here at all."), List.of())).isEmpty();
  }

  @Test
  void estimate_ignoresTheArticlesOwnDate() {
    Article dated = Articles.dated(LocalDate.of(2030, 1, 1),
        "Officials met in Stockholm on December 1, 2021. Talks will be held in Geneva on December 3, 2021.");
    assertThat(date(dated).date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 3));
  }

  @Test
  void estimate_confidence_isHigherWhenTheEvidencePinsADay() {
    DateEstimate loose = date(Articles.undated("Officials met on December 1, 2021. Talks will be held on December 20, 2021."));
    DateEstimate pinned = date(Articles.undated("Officials met on December 1, 2021. Talks will be held on December 20, 2021. "
        + "On Monday, the minister said the plan was ready. The minister will meet allies Monday. "
        + "The minister said Monday that Russia will respond today."));
    assertThat(pinned.confidence()).isGreaterThanOrEqualTo(loose.confidence());
  }

  @Test
  void batch_undatedArticleDatedByInference_datesAnother() {
    Article dated = Articles.dated(LocalDate.of(2021, 12, 30),
        "President Joe Biden and Vladimir Putin will speak today. Antony Blinken spoke Wednesday with Volodymyr Zelenskyy.");
    Article first = Articles.undated("President Joe Biden plans to talk with Vladimir Putin on Thursday. "
        + "Antony Blinken spoke with Volodymyr Zelenskiy Wednesday. The talks follow a Dec. 7 Biden-Putin phone call.");
    Article second = Articles.undated("A senior official previewed Biden's call with Putin, set for Tuesday evening. "
        + "US officials see an invasion in early 2022.");
    BatchDater.Result r = new BatchDater(DATER).date(List.of(second, dated, first));
    assertThat(r.estimates()).containsOnlyKeys(first.id(), second.id());
    assertThat(r.estimates().get(first.id()).date()).isBetween(LocalDate.of(2021, 12, 29), LocalDate.of(2021, 12, 30));
    assertThat(r.estimates().get(second.id()).date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 7));
    assertThat(r.articles()).extracting(Article::id).containsExactly(second.id(), dated.id(), first.id());
    assertThat(r.articles().get(0).published().isInferred()).isTrue();
    assertThat(r.articles().get(1).published().isInferred()).isFalse();
  }
}
