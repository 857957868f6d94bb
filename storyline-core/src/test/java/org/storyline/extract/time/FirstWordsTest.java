package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scan tries the rules only at tokens {@link FirstWords#mayStart} admits: this checks that no
 * rule (nor a modifier before one) can match at any other token, on texts made of the words the
 * rules read, calendar names, numbers in the forms dates take, punctuation and other words.
 */
class FirstWordsTest {

  /** Every word the rules compare a token with (their string literals), and some words they never read. */
  private static final String WORDS = """
      a a.m about additional after afternoon ago ahead almost am an and annually approximately around at autumn before
      beginning between billion bloody bst business by calendar can cars cases cdt cents centuries century cest cet
      christmas circa close coming could couple cst ct current currently daily day days deaths decade decades dollars
      dozen during each earlier early easter edition edt eighteen eighties election end ended ending est et eve evening
      every express extra fall feet few fifties final first fiscal followed following for forties from full further
      future gmt half halloween herald homes hour hourly hours hundred in independent into jobs labor last lasted late
      lately later latest least less level live local long magazine mail many mdt members memorial men meters mid
      midday middle midmorning midnight might miles million minute minutes mirror month monthly months more morning
      most mst mt must near nearly new next night nightly nineteen nineties no noon now nowadays numerous observer of
      old on once one or over overnight p.m past pdt people per percent period pm points post pre preceding presently
      previous pst pt quarter quarters recent recently rest roughly same school second seconds seventies several shall
      shares short should since sixties so soldiers someday soon spent sport spring star start students summer take
      telegraph term than thanksgiving that the these thirties this thousand through throughout till time times to
      today tomorrow tonight took trading tribune troops twelve twenties twenty twice two units until up utc valentine
      votes week weekend weekly weeks when will winter within women workers working would year yearly years yesterday
      zero Q1 Q3 Q5 said told is was had been will may police officers shot man killed city street Mr. U.S. say it 's
      """;

  private static final List<String> VOCABULARY = vocabulary();

  private static List<String> vocabulary() {
    List<String> words = new ArrayList<>(List.of(WORDS.trim().split("\\s+")));
    words.addAll(Lexicon.MONTHS.keySet());
    words.addAll(Lexicon.MONTH_ABBREVIATIONS.keySet());
    words.addAll(Lexicon.WEEKDAYS.keySet());
    words.addAll(Lexicon.ORDINALS.keySet());
    words.addAll(Lexicon.NUMBERS.keySet());
    words.addAll(Lexicon.PLURAL_UNITS.keySet());
    words.addAll(Lexicon.UNITS.keySet());
    words.addAll(Lexicon.SEASONS.keySet());
    words.addAll(Lexicon.PARTS_OF_DAY.keySet());
    words.addAll(Lexicon.SET_ADVERBS.keySet());
    for (String w : List.copyOf(words)) {
      words.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    words.addAll(List.of("Jan.", "Sept.", "Dec.", "10", "3", "24", "31", "1994", "2021", "1990s", "'90s", "10th", "1st",
        "3rd", "20th", "10:30", "15:00", "12/7/2021", "2021-12-07", "1/2", "500", "200,000", "$", "%", "#", ",", ".", "-",
        "'", "\u2019", "(", ")", ":", "\u2013", "\u201c", "\"", "mid-afternoon", "year-earlier", "third-quarter"));
    return List.copyOf(words);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> token = Arbitraries.of(VOCABULARY);
    Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "", "\n");
    return token.list().ofMinSize(1).ofMaxSize(12)
        .flatMap(words -> space.list().ofSize(words.size()).map(spaces -> {
          StringBuilder b = new StringBuilder();
          for (int k = 0; k < words.size(); k++) {
            b.append(words.get(k)).append(spaces.get(k));
          }
          return b.toString();
        }));
  }

  @Property(tries = 3000)
  void everyMatch_startsAtATokenTheScanTries(@ForAll("texts") String text) {
    assertEveryMatchStartsAtAFirstWord(text);
  }

  @Test
  void newsText_everyMatch_startsAtATokenTheScanTries() {
    assertEveryMatchStartsAtAFirstWord("""
        The company said Tuesday that third-quarter profit rose 12% from the year-earlier period, and that it
        expects to close the deal by the end of next month or early in 2022. Shares fell 3 percent in mid-afternoon
        trading on Friday, after more than two weeks of gains. The board meets every Monday; its chairman, who
        joined the firm in the 1990s, will step down on Jan. 10, 2022, at noon ET, a decade after he took over.
        Police said the shooting happened around 10:30 p.m. Sunday, the third this year, and that a suspect was
        arrested a few hours later. Christmas Eve, New Year's Day and Labor Day are holidays; so is the week of
        March 6. "We will one day be back," he said this morning, recently, in the near future, these days.
        """);
  }

  private static void assertEveryMatchStartsAtAFirstWord(String text) {
    List<Token> list = Tokenizer.tokenize(text);
    ScanTokens tokens = new ScanTokens(list);
    Grammar grammar = new Grammar(new ScanContext(tokens, LocalDate.of(2021, 12, 7), new TenseDetector(list)));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (grammar.matchAt(i) != null) {
        assertThat(FirstWords.mayStart(t)).as("a match starts at '%s' (token %d) of: %s", t.text(), i, text).isTrue();
      }
    }
  }
}
