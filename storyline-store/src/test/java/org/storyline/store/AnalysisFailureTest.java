package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.extract.Extractor;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Problem;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;

/**
 * A stage that fails on one article (a bug met by odd text) costs that article its analysis, with a
 * warning naming it, and nothing else: the batch and the run go on, every article is stored once.
 */
class AnalysisFailureTest {

  private static final String MARK = "Kaboom Quarry";
  private static EntityRecognizer shipped;

  @TempDir Path dir;

  @BeforeAll
  static void loadModel() {
    shipped = PerceptronRecognizer.shipped();
  }

  @Test
  void anArticleTheExtractorsFailOn_isStoredWithoutAnalysis_andTheRunGoesOn() throws Exception {
    Path news = markedNews();
    Function<String, List<Mention>> failing = text -> {
      throw new IllegalStateException("no rule for this text");
    };
    List<Problem> heard = new ArrayList<>();
    String store = dir.resolve("s.db").toString();

    RunSummary first = ingest(store, news, failing, heard);

    assertThat(first.added()).isEqualTo(12);
    assertThat(heard).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.origin().file()).endsWith("00005.txt");
      assertThat(p.reason()).contains("stored without its analysis").contains("IllegalStateException: no rule for this text");
    });
    try (Store s = Stores.open(store)) {
      assertThat(s.problems()).contains(heard.get(0));
      Article marked = marked(s);
      assertThat(s.extraction(marked.id()).orElseThrow().mentions()).isEmpty();
      assertThat(s.storyOf(marked.id())).as("clustered on its text").isPresent();
      for (Article a : s.articles(0, 100)) {
        if (!a.equals(marked)) {
          assertThat(s.extraction(a.id()).orElseThrow().mentions()).as("mentions of %s", a.origin()).isNotEmpty();
        }
      }
    }
    List<Problem> again = new ArrayList<>();
    assertThat(ingest(store, news, failing, again).added()).isZero();
    assertThat(again).as("a stored article is not analysed again").isEmpty();
  }

  @Test
  void aStoryReconcileFailsOn_keepsWhatItHad_andTheOtherStoriesAreReconciled() throws Exception {
    Path news = markedNews();
    // a mention past the end of the text: extraction takes it, the story's entity resolution cannot
    Function<String, List<Mention>> outside = text -> List.of(new Mention(Span.of(text.length() + 5, text.length() + 10),
        EntityType.PERSON, "Ghost"));
    List<Problem> heard = new ArrayList<>();
    String store = dir.resolve("s.db").toString();

    assertThat(ingest(store, news, outside, heard).added()).isEqualTo(12);

    assertThat(heard).singleElement().satisfies(p -> {
      assertThat(p.reason()).startsWith("story ").contains("reconciling it failed");
      assertThat(p.origin().file()).endsWith("00005.txt");
    });
    try (Store s = Stores.open(store)) {
      Story failed = s.story(s.storyOf(marked(s).id()).orElseThrow().value()).orElseThrow();
      assertThat(heard.get(0).reason()).contains("story " + failed.id().value() + " ");
      List<Story> stories = s.stories(StoreReader.StoryOrder.LARGEST, 0, 100);
      assertThat(stories.stream().mapToInt(Story::size).sum()).isEqualTo(12);
      for (Story story : stories) {
        if (!story.id().equals(failed.id())) {
          assertThat(s.summary(story.id())).as("summary of %s", story.id()).isPresent();
        }
      }
    }
  }

  /** Four invented incidents of three reports; the sixth file names something the test's recognizer reacts to. */
  private Path markedNews() throws Exception {
    Path news = dir.resolve("news");
    List<Path> files = NewsFixture.write(news, 4, 3, 7);
    Files.writeString(files.get(5), "\n\nNeighbours said the shots echoed off the " + MARK + " walls.\n", StandardOpenOption.APPEND);
    return news;
  }

  private static Article marked(StoreReader s) {
    return s.articles(0, 100).stream().filter(a -> a.text().contains(MARK)).findFirst().orElseThrow();
  }

  /** Ingests with the shipped entity model, except that an article naming {@link #MARK} gets {@code odd}'s mentions. */
  private static RunSummary ingest(String store, Path news, Function<String, List<Mention>> odd, List<Problem> heard) {
    EntityRecognizer recognizer = new EntityRecognizer() {
      @Override
      public List<Mention> mentions(String text, List<Sentence> sentences) {
        return text.contains(MARK) ? odd.apply(text) : shipped.mentions(text, sentences);
      }

      @Override
      public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
        return shipped.chunks(sentences);
      }
    };
    EngineConfig config = EngineConfig.defaults().withBatchSize(5).withThreads(2).withExtractor(() -> new Extractor(
        new RuleTokenizer(), new RuleTimeTagger(), recognizer, new RuleQuoteExtractor(), new RuleClaimExtractor()));
    PipelineListener listener = new PipelineListener() {
      @Override
      public void problem(Problem problem) {
        heard.add(problem);
      }
    };
    try (Store s = Stores.open(store); Engine engine = Engine.open(s, config)) {
      return engine.ingest(List.of(news), IngestOptions.defaults(), listener, a -> {});
    }
  }
}
