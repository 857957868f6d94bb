package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.extract.Extraction;

/**
 * The story products on made-up stories of odd articles (titles of function words or figures
 * only, bodies of one word, quotes, days, dashes): a headline and a summary always come, and every
 * summary sentence is its article's text at its span, within the word budget. A title of function
 * words alone once stopped a whole run (TitleHeadliner compared with no candidate).
 */
class SummarizeFuzzTest {

  private static final List<String> WORDS = List.of("the", "what", "now", "?", "14:03", "GMT", "2009", "-", "—", "\"",
      "Talks", "troops", "Biden", "Putin", "will", "speak", "on", "Tuesday", "Dec.", "7", "said", "killed", "12",
      "people", "in", "Geneva", ",", ".", "U.S.", "100,000", "(", ")", "'", "|", "cents", "BST", "no", "a");

  @Property(tries = 60)
  void headlineAndSummary_alwaysCome_andEverySentenceIsSourced(@ForAll("stories") List<Extraction> story) {
    String headline = new TitleHeadliner().headline(story);
    assertThat(headline).isNotNull();

    int budget = 40;
    List<SourcedSentence> summary = new CoverageSummarizer().summarize(story, List.of(), budget);
    Map<String, Extraction> byId = story.stream()
        .collect(Collectors.toMap(x -> x.article().id().value(), Function.identity(), (a, b) -> a));
    int words = 0;
    for (SourcedSentence s : summary) {
      Extraction from = byId.get(s.articleId());
      assertThat(from).as("a sentence of one of the story's articles").isNotNull();
      assertThat(s.span().of(from.article().text())).isEqualTo(s.text());
      words += s.text().strip().split("\\s+").length;
    }
    assertThat(words).isLessThanOrEqualTo(budget);
  }

  @Provide
  Arbitrary<List<Extraction>> stories() {
    Arbitrary<String> title = phrase(1, 6);
    Arbitrary<String> body = phrase(1, 30).list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n\n", lines));
    Arbitrary<String> day = Arbitraries.integers().between(1, 28).map(d -> String.format("2021-12-%02d", d));
    Arbitrary<String> outlet = Arbitraries.of("Wire", "Daily", "BBC");
    Arbitrary<Extraction> article = Combinators.combine(title, outlet, day, body).as(Stories::extraction);
    return article.list().ofMinSize(1).ofMaxSize(6)
        .filter(l -> l.stream().map(x -> x.article().id()).distinct().count() == l.size());
  }

  private static Arbitrary<String> phrase(int min, int max) {
    return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
  }
}
