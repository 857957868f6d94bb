package org.storyline.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.extract.time.RuleTimeTagger;

/** One test a quantity form, and the numbers that must not give claims. */
class QuantityFormsTest {

  private static final LocalDate DAY = LocalDate.of(2022, 1, 24);

  static List<Claim> claims(String text) {
    return new RuleClaimExtractor().claims(text, new RuleTimeTagger().tag(text, DAY), Optional.of(DAY));
  }

  static Claim only(String text) {
    List<Claim> claims = claims(text);
    assertThat(claims).as(text).hasSize(1);
    return claims.get(0);
  }

  @Test
  void digitsWithSeparators_areOneValue() {
    Claim c = only("Russia has approximately 100,000 troops on the border with Ukraine.");
    assertThat(c.quantity().amount()).isEqualTo(new Amount.Exact(100_000));
    assertThat(c.quantity().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(c.subject().head()).isEqualTo("troops");
    assertThat(c.subject().owner()).contains("Russia");
    assertThat(c.place()).get().extracting(Place::names).asList().containsExactly("Ukraine");
    assertThat(c.quantity().low()).isEqualTo(90_000);
  }

  @Test
  void decimalsAndScaleWords_multiply() {
    assertThat(only("The company lost 3.5 million customers.").quantity().amount()).isEqualTo(new Amount.Exact(3_500_000));
  }

  @Test
  void words_areNumbers() {
    assertThat(only("Police found four people with gunshot wounds.").quantity().amount()).isEqualTo(new Amount.Exact(4));
    assertThat(only("Officers seized a dozen rifles.").quantity().amount()).isEqualTo(new Amount.Exact(12));
    assertThat(only("Voters cast two hundred and five ballots.").quantity().amount()).isEqualTo(new Amount.Exact(205));
  }

  @Test
  void vagueWords_areRanges() {
    Claim c = only("Russia has concentrated tens of thousands of troops on the border.");
    assertThat(c.quantity().amount()).isEqualTo(new Amount.Vague(20_000, 99_999, "tens of thousands"));
    assertThat(c.subject().head()).isEqualTo("troops");
    assertThat(only("Hundreds of protesters marched.").quantity().amount().low()).isEqualTo(200);
  }

  @Test
  void ranges_haveLowAndHigh() {
    assertThat(only("The administration is considering moving 1,000 to 5,000 troops.").quantity().amount())
        .isEqualTo(new Amount.Range(1_000, 5_000));
    assertThat(only("Officials expect between 10 and 20 arrests.").quantity().amount()).isEqualTo(new Amount.Range(10, 20));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The 714 superdelegates are party leaders.|714",
    "The party has 714 superdelegates. The 714 superdelegates met.|714",
    "The roughly dozen kids played outside.|12",
    "The 70 or so orphans all survived.|70",
    "The patch covers more than half-a-dozen versions.|6",
    "Clinton leads Sanders by 271 pledged delegates.|271",
    "As of Friday, 34 officers had died from shootings.|34",
    "The poll of 2047 registered voters was released Wednesday.|2047"})
  void figuresGivenHere_areOneClaim(String textAndValue) {
    String[] parts = textAndValue.split("\\|");
    assertThat(only(parts[0]).quantity().amount()).isEqualTo(new Amount.Exact(Double.parseDouble(parts[1])));
  }

  @Test
  void scores_areNotRanges() {
    assertThat(claims("Trump leads Clinton 49% to 41% in the survey.")).extracting(c -> c.quantity().amount())
        .containsExactly(new Amount.Exact(49), new Amount.Exact(41));
  }

  @Test
  void percentagesAndShares_arePercent() {
    assertThat(only("Turnout rose to 53% this year.").quantity().unit()).isEqualTo(Unit.PERCENT);
    assertThat(only("Sanders won 7 in 10 of their votes.").quantity().amount()).isEqualTo(new Amount.Exact(70));
    Claim half = only("More than half of respondents disagreed.");
    assertThat(half.quantity().amount()).isEqualTo(new Amount.Exact(50));
    assertThat(half.quantity().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(half.subject().head()).isEqualTo("respondents");
  }

  @Test
  void money_hasItsCurrency() {
    Claim c = only("The developer invested about $250 million in the resort.");
    assertThat(c.quantity().amount()).isEqualTo(new Amount.Exact(250_000_000));
    assertThat(c.quantity().unit()).isEqualTo(Unit.MONEY);
    assertThat(c.quantity().currency()).contains(Currency.getInstance("USD"));
  }

  @Test
  void units_areKept() {
    assertThat(only("The trailer is about 100 yards east of the road.").quantity().unit()).isEqualTo(Unit.YARD);
  }

  @Test
  void qualifiers_areTypedBounds() {
    assertThat(only("Russia has deployed more than 127,000 troops.").quantity().high()).isInfinite();
    assertThat(only("The number of troops is estimated at 94,300.").quantity().qualifier()).isEqualTo(Qualifier.ESTIMATED);
    assertThat(only("Up to 50 people were hurt.").quantity().qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(only("As many as 300 homes burned.").quantity().qualifier()).isEqualTo(Qualifier.AS_MANY_AS);
    assertThat(only("At least 12 people died.").quantity().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("Nearly 900 workers struck.").quantity().qualifier()).isEqualTo(Qualifier.NEARLY);
  }

  @Test
  void sources_andModality() {
    Claim plan = only("A senior U.S. defense official confirmed that Putin plans to invade using 175,000 troops.");
    assertThat(plan.modality()).isEqualTo(Modality.PLAN);
    assertThat(plan.source()).get().extracting(Attribution::name).isEqualTo("A senior U.S. defense official");
    Claim said = only("Four people were wounded in the shooting, police said.");
    assertThat(said.source()).get().extracting(Attribution::name).isEqualTo("police");
    Claim according = only("Two sharks are pinging off the coast, according to OCEARCH.");
    assertThat(according.source()).get().extracting(Attribution::cue).isEqualTo(Attribution.Cue.ACCORDING_TO);
    assertThat(only("The share could reach 40 percent by 2050.").modality()).isEqualTo(Modality.POSSIBILITY);
  }

  @Test
  void pastFigures_areHistorical() {
    String text = "Russia conducted war games with Belarus in September that involved 200,000 troops.";
    LocalDate dct = LocalDate.of(2021, 12, 30);
    List<Claim> claims = new RuleClaimExtractor().claims(text, new RuleTimeTagger().tag(text, dct), Optional.of(dct));
    assertThat(claims).singleElement().extracting(Claim::modality).isEqualTo(Modality.HISTORICAL);
  }

  @Test
  void spans_indexTheText() {
    String text = "Intro line.\n\nOfficials said 8,500 troops are on alert.";
    Claim c = only(text);
    assertThat(c.quantity().span().of(text)).isEqualTo("8,500");
    assertThat(c.subject().span().of(text)).isEqualTo("troops");
    assertThat(c.source().get().span().of(text)).isEqualTo("Officials");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "In 2014, Russian troops marched into Crimea.",
    "Iran should return to the 2015 nuclear accord.",
    "The talks are set for Jan. 10 in Geneva.",
    "The talks are set for May 17 in Geneva.",
    "The 45-year-old man was arrested.",
    "Brian Harleman, 43, shot the child.",
    "He was elected at the age of 27.",
    "Millennials age 18-34 were polled.",
    "She won her 3rd title and his 21st.",
    "Call Crime Stoppers at 404-577-8477 with tips.",
    "NATO strengthens presence in Eastern Europe 0:58",
    "The shooting happened at about 11:30 p.m. on Friday.",
    "He has served 20 years in the Senate.",
    "The two leaders held a video call.",
    "All four were taken to the hospital.",
    "One man was pronounced dead at the scene.",
    "Police were called to the 2600 block of South Harwood Street.",
    "He was armed with a .45 caliber pistol.",
    "The shooting took place at 773 W. Main Street.",
    "He drove a four-door sedan to a two-story house.",
    "The show aired on AM 970 The Answer.",
    "He needs a stumble or two by his rivals.",
    // forms the held-out set's TUNE half showed (issue 21), in sentences of our own
    "I have talked about it hundreds of times.",
    "The farm had been in his family for three generations.",
    "Young voters under 29 backed him in the caucus.",
    "The bipartisan Gang of Eight pushed the bill.",
    "It was the worst recession since World War Two.",
    "At 4:00 pm on 01 Jun 2009, a reader wrote this.",
    "The Jays took a 7 - 0 lead.",
    "The team finished with an 8 - 8 record.",
    "He signed an eight - year deal.",
    "The cut began at 06 : 31 GMT.",
    "The woman was walking at about 7 p. m. near the park.",
    "The patch fixes only the 32 - bit version.",
    "The cable has failover on SAT - 3 during outages.",
    "He said he was 100 percent ready.",
    "Image 1 of 5 shows the scene."})
  void notClaims(String text) {
    assertThat(claims(text)).as(text).isEmpty();
  }
}
