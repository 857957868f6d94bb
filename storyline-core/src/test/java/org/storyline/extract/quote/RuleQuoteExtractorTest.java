package org.storyline.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.model.Quote;
import org.storyline.model.Speaker;

class RuleQuoteExtractorTest {

  private final QuoteExtractor extractor = new RuleQuoteExtractor();

  private Quote only(String text) {
    List<Quote> quotes = extractor.extract(text);
    assertThat(quotes).as("quotes of: %s", text).hasSize(1);
    return quotes.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // text | content | cue | speaker
      "“We are ready,” Kirby said.|“We are ready,”|said|Kirby",
      "“We are ready,” said John Kirby, the Pentagon spokesman.|“We are ready,”|said|John Kirby",
      "Kirby said, “We are ready.”|“We are ready.”|said|Kirby",
      "Kirby said Tuesday that the troops are ready.|that the troops are ready|said|Kirby",
      "According to Pentagon spokesman John Kirby, the troops are ready.|the troops are ready|According to|John Kirby",
      "The troops are ready, according to a senior defense official.|The troops are ready|according to|a senior defense official",
      "The troops are ready to go, Kirby said.|The troops are ready to go|said|Kirby",
      "Kirby told reporters the troops are ready.|the troops are ready|told|Kirby",
      "John Kirby, the Pentagon spokesman, said the troops are ready.|the troops are ready|said|John Kirby",
      "Sen. Claire McCaskill (D-Mo.) said the debate was over.|the debate was over|said|Claire McCaskill",
      "The UK Foreign Office said in a statement that Russia plans to “install a pro-Russian leader.”"
          + "|that Russia plans to “install a pro-Russian leader.”|said|UK Foreign Office",
      // lower-case modifiers before an inverted speaker; a relative clause ends the phrase
      "“It is a resurgence,” said former Obama adviser David Axelrod.|“It is a resurgence,”|said|David Axelrod",
      "“It is hard,” said a longtime GOP data expert who worked on it.|“It is hard,”|said|a longtime GOP data expert",
      // asides between speaker and verb: a time, lower-case words between commas, a long apposition
      "Sen. Dianne Feinstein last week said Clinton was not the “originator.”"
          + "|Clinton was not the “originator.”|said|Dianne Feinstein",
      "Proponents of the bill, however, say it keeps an “umpire.”|it keeps an “umpire.”|say|Proponents of the bill",
      "Ari Fleischer, a former Bush administration official who also sits on the board of the Republican Jewish "
          + "Coalition, said voters have “reasons to doubt him.”|voters have “reasons to doubt him.”|said|Ari Fleischer",
      // a "that" after a clause's own verb is not the cue's: the content starts after the time
      "Rep. Tom Cole said Thursday his worry is that he is “unpredictable.”"
          + "|his worry is that he is “unpredictable.”|said|Tom Cole",
      // a sentence without a reporting verb that introduces a quotation with a colon
      "Rubio fired back forcefully: “If they sue us, they’re going to lose.”|“If they sue us, they’re going to lose.”|:|Rubio",
      // the subject after an opening conjunction
      "And then Trump went on the attack, saying, “He should resign.”|“He should resign.”|saying|Trump",
      // cues that carry on what the subject does: "went on to say", "by saying"
      "Pence went on to say he is “confident.”|he is “confident.”|say|Pence",
      "Obama ended his list by saying “Too many.”|“Too many.”|saying|Obama",
      // no reporting verb: the subject's verb, whatever it is, before quoted words
      "Clinton supports “appropriate pay raises” for federal workers.|“appropriate pay raises” for federal workers|supports|Clinton",
      "Cruz is praising Bush as “a man who didn’t go to the gutter.”|Bush as “a man who didn’t go to the gutter.”|praising|Cruz",
      // a quotation ending in a comma, then a subject and any verb, or a past tense and a name
      "“You’ve called women fat pigs,” Kelly charged in her first question.|“You’ve called women fat pigs,”|charged|Kelly",
      "“It’s about time,” exhorted Jamie Lee Curtis.|“It’s about time,”|exhorted|Jamie Lee Curtis",
      // the subject after two introductory phrases
      "At a rally in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”|“a total stiff.”|calling|Trump",
  })
  void patterns_giveContentCueAndSpeaker(String text, String content, String cue, String speaker) {
    Quote q = only(text);
    assertThat(q.text(text)).isEqualTo(content);
    assertThat(q.cue().of(text)).isEqualTo(cue);
    assertThat(q.speaker().name()).isEqualTo(speaker);
  }

  @Test
  void partialQuotes_insideASentence_areOneMixedQuote() {
    String text = "The president plans to “make clear” that there will be “very real costs,” a senior administration official said.";
    Quote q = only(text);
    assertThat(q.kind()).isEqualTo(Quote.Kind.MIXED);
    assertThat(q.text(text)).isEqualTo("The president plans to “make clear” that there will be “very real costs,”");
    assertThat(q.speaker().name()).isEqualTo("a senior administration official");
    assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.DESCRIPTION);
  }

  @Test
  void quoteAroundItsAttribution_isOneQuoteInTwoParts() {
    String text = "“We are ready,” he said. “We are not deploying.”";
    Quote q = only(text);
    assertThat(q.content()).hasSize(2);
    assertThat(q.text(text)).isEqualTo("“We are ready,” … “We are not deploying.”");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
  }

  @Test
  void nestedSingleQuotes_stayInsideTheDoubleQuote() {
    String text = "“They keep saying ‘trust us,’ and we do not,” Peskov said.";
    assertThat(only(text).text(text)).isEqualTo("“They keep saying ‘trust us,’ and we do not,”");
  }

  @Test
  void straightQuotes_pairLikeCurlyOnes() {
    String text = "\"We wanted to make sure that we are ready,\" Kirby said.";
    assertThat(only(text).text(text)).isEqualTo("\"We wanted to make sure that we are ready,\"");
  }

  @Test
  void scareQuotesAndTitles_areNotSpeech() {
    assertThat(extractor.extract("Russian troops moved close to the so-called “red lines” in the region.")).isEmpty();
    assertThat(extractor.extract("“American Skin (41 Shots)” was written by Springsteen after the shooting.")).isEmpty();
    assertThat(extractor.extract("The troops were put on \"heightened alert\" for possible deployment.")).isEmpty();
  }

  @Test
  void colonIntroductions_needASubjectThatNamesSomeone() {
    assertThat(extractor.extract("The sign read: “Dump Trump.”")).isEmpty();
    String text = "Trump issued the following statement:\n“Our prayers are with all those affected.”";
    assertThat(only(text).speaker().name()).isEqualTo("Trump");
  }

  @Test
  void aCopulaOrSoCalled_beforeQuotedWords_isNoAttribution() {
    assertThat(extractor.extract("Her campaign slogan is “I’m with her.”")).isEmpty();
    assertThat(extractor.extract("Trump visited the so-called “Jungle” camp on Tuesday.")).isEmpty();
  }

  @Test
  void aReportingCueWhoseSubjectNamesNoOne_keepsTheSubjectAsWritten() {
    String text = "The email went on to say, “We will win.”";
    Quote q = only(text);
    assertThat(q.text(text)).isEqualTo("“We will win.”");
    assertThat(q.speaker().name()).startsWith("The email");
    assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.DESCRIPTION);
  }

  @Test
  void negatedAndPassiveCues_areNotAttributions() {
    assertThat(extractor.extract("The official did not say when the talks would begin.")).isEmpty();
    assertThat(extractor.extract("He was told the talks would begin.")).isEmpty();
  }

  @Test
  void quoteOverSeveralParagraphs_continuesWhereTheNextParagraphReopens() {
    String text = "Caddell said: “The health issue is partisan. But the numbers are close.\n\n"
        + "“Forty-three, yes; forty-four, no.”\n\nThe show airs weekdays.";
    Quote q = only(text);
    assertThat(q.content()).hasSize(2);
    assertThat(q.content().get(1).of(text)).isEqualTo("“Forty-three, yes; forty-four, no.”");
    assertThat(q.speaker().name()).isEqualTo("Caddell");
  }

  @Test
  void quoteOnlyParagraph_carriesTheSpeakerOfThePreviousParagraph() {
    String text = "“We are ready,” said State Department spokesman Ned Price.\n\n“Nothing about them without them.”";
    List<Quote> quotes = extractor.extract(text);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).cue()).isNull();
    assertThat(quotes.get(1).speaker().name()).isEqualTo("Ned Price");
  }

  @Test
  void pronouns_resolveToThePersonMentionedBefore() {
    String text = "Kremlin spokesman Dmitry Peskov spoke on Monday. “Tensions are rising,” he said.";
    Quote q = only(text);
    assertThat(q.speaker().mention().of(text)).isEqualTo("he");
    assertThat(q.speaker().name()).isEqualTo("Dmitry Peskov");
    assertThat(q.speaker().antecedent().of(text)).isEqualTo("Dmitry Peskov");
  }

  @Test
  void surnames_resolveToTheFullName() {
    String text = "Secretary of State Antony Blinken spoke with Lavrov.\n\n“We are ready,” Blinken said.";
    assertThat(only(text).speaker().name()).isEqualTo("Antony Blinken");
  }

  @Test
  void theOfficial_resolvesToTheDescribedSource_neverToANamedPerson() {
    String text = "A senior administration official said President Biden would call Vladimir Putin.\n\n"
        + "“All of this will be on the agenda,” the official said.";
    Quote q = extractor.extract(text).get(1);
    assertThat(q.speaker().name()).isEqualTo("A senior administration official");
    assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.DESCRIPTION);
    assertThat(q.speaker().mention().of(text)).isEqualTo("the official");
  }

  @Test
  void participles_shareTheSpeakerOfTheirClause() {
    String text = "Kremlin spokesman Dmitry Peskov confirmed the call, saying “the presidents will decide themselves.”";
    List<Quote> quotes = extractor.extract(text);
    assertThat(quotes).extracting(q -> q.speaker().name()).containsOnly("Dmitry Peskov");
    assertThat(quotes.get(quotes.size() - 1).text(text)).isEqualTo("“the presidents will decide themselves.”");
  }

  @Test
  void organisations_areNotPeople() {
    String text = "The Kremlin said the reports were “hysteria.”";
    Quote q = only(text);
    assertThat(q.speaker().name()).isEqualTo("Kremlin");
    assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.ORGANISATION);
  }

  @Test
  void dashAttributions_nameTheSpeakerAfterTheQuote() {
    String text = "“He is clueless about our struggles.” ― Stephanie Egan “We need law and order.” ― Carla Sanchez";
    List<Quote> quotes = extractor.extract(text);
    assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Stephanie Egan", "Carla Sanchez");
  }

  @Test
  void emptyAndQuotelessTexts_haveNoQuotes() {
    assertThat(extractor.extract("")).isEmpty();
    assertThat(extractor.extract("\n\n")).isEmpty();
    assertThat(extractor.extract("Russia has about 100,000 troops on the border.")).isEmpty();
  }

  @Test
  void verbsOfJudgment_countWithAQuotationAfterThem() {
    String text = "Christie blasted Clinton as a “disgrace.”";
    Quote q = only(text);
    assertThat(q.text(text)).isEqualTo("Clinton as a “disgrace.”");
    assertThat(q.cue().of(text)).isEqualTo("blasted");
    assertThat(q.speaker().name()).isEqualTo("Christie");
  }

  @Test
  void quotationAfterAnAside_carriesTheQuoteOn() {
    String text = "“I think Holt will be fair,” Trump said during a rally in Ohio, “but a lot of people are watching.”";
    Quote q = only(text);
    assertThat(q.content()).hasSize(2);
    assertThat(q.speaker().name()).isEqualTo("Trump");
  }

  @Test
  void cueInsideAReportedClause_belongsToTheOuterSpeaker() {
    String text = "Attorney General Loretta Lynch spoke to students. She said she recalls the colleague being “confused.”";
    Quote q = only(text);
    assertThat(q.cue().of(text)).isEqualTo("said");
    assertThat(q.speaker().mention().of(text)).isEqualTo("She");
    assertThat(q.speaker().name()).isEqualTo("Loretta Lynch");
  }

  @Test
  void sentenceAfterAQuestionMark_isNewWhenItQuotesAClauseOfItsOwn() {
    String text = "Seoul accused him of “recklessness.” President Park said Kim is “spiraling out of control.”";
    List<Quote> quotes = extractor.extract(text);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).text(text)).isEqualTo("Kim is “spiraling out of control.”");
    assertThat(quotes.get(1).speaker().name()).isEqualTo("Park");
    assertThat(quotes.get(0).speaker().name()).isNotEqualTo("Park");
  }

  @Test
  void toldIsNeverInverted_theListenerIsNoSpeaker() {
    String text = "“This narrative is in our institutions,” Malkia Cyril, the director of the center, told The Huffington Post.";
    assertThat(only(text).speaker().name()).isEqualTo("Malkia Cyril");
  }

  @Test
  void pronouns_resolveToAMentionOfTheirGender() {
    String text = "Senator John Smith met Governor Mary Jones on Monday. Jones said her plan works.\n\n"
        + "Smith said his plan costs less. “We will win,” she said.";
    List<Quote> quotes = extractor.extract(text);
    Quote last = quotes.get(quotes.size() - 1);
    assertThat(last.speaker().name()).isEqualTo("Mary Jones");
  }

  @Test
  void timesBeforeTheVerb_areSkippedToTheSubject() {
    String text = "Senate leader Mitch McConnell, who in 2010 said the goal was to make Obama a “one-term president.”";
    assertThat(only(text).speaker().name()).isEqualTo("Mitch McConnell");
  }

  @Test
  void glued_quotationMarks_areSplitOff() {
    String text = "”We are scared. We are angry.” ― Sonya Herridge";
    Quote q = only(text);
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Sonya Herridge");
  }
}
