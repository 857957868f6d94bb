package org.storyline.extract.event;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyline.extract.entity.WordClusters;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.Timex;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/**
 * The event detector of Storyline: a learned trigger tagger (an averaged perceptron over single
 * tokens, lexical features and word clusters, see {@link TriggerFeatures}) that finds TimeML
 * events, a second perceptron over the triggers found that gives their class, weighed over the
 * triggers of the same lemma in the document ({@link TriggerModel}), and rules over each
 * trigger's sentence for the rest: news type, nominal or verbal, tense and aspect, modality,
 * participants, place and time ({@link EventAttributes}).
 *
 * <p>{@link #shipped()} is the model that comes with Storyline, trained on TempEval-3's TimeBank
 * and AQUAINT by {@code storyline train events}. It reads the shipped word clusters, so it must be
 * trained again whenever they change. Usage:
 * <pre>{@code
 * List<EventMention> events = PerceptronEventDetector.shipped()
 *     .detect(text, new RuleTokenizer().sentences(text), timexes, mentions, Optional.of(date));
 * }</pre>
 */
public final class PerceptronEventDetector implements EventDetector {

  /** Where the shipped model lives on the class path. */
  public static final String RESOURCE = "/org/storyline/extract/event/events-tbaq-en.bin.gz";

  private final TriggerModel model;

  PerceptronEventDetector(TriggerModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  private static final class Shipped {
    static final PerceptronEventDetector INSTANCE = loadShipped();
  }

  /** The model shipped with Storyline, loaded once. */
  public static PerceptronEventDetector shipped() {
    return Shipped.INSTANCE;
  }

  private static PerceptronEventDetector loadShipped() {
    try (InputStream in = PerceptronEventDetector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the event model " + RESOURCE + " is missing from the class path");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a model written by {@link #save}. */
  public static PerceptronEventDetector load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  private static PerceptronEventDetector read(InputStream in, String name) throws IOException {
    return new PerceptronEventDetector(TriggerModel.read(
        new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), WordClusters.shipped(), name));
  }

  /** Writes the model, gzipped. */
  public void save(Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
      model.write(out);
    }
  }

  /**
   * The triggers of each sentence of a document, with their classes: a trigger's class also weighs
   * how its lemma's other triggers in the document score, so it may differ from what {@link
   * #triggers(Sentence)} gives the sentence alone.
   */
  public List<List<Trigger>> triggers(List<Sentence> sentences) {
    return tag(sentences).stream().map(Tagged::triggers).toList();
  }

  /** A sentence's triggers, with the lower-cased words and lemmas the tagger read. */
  private record Tagged(List<Trigger> triggers, String[] lower, String[] lemma, int[] lexicon) {}

  private List<Tagged> tag(List<Sentence> sentences) {
    List<String[]> words = new ArrayList<>();
    List<boolean[]> wanted = new ArrayList<>();
    for (Sentence s : sentences) {
      words.add(TriggerTrainer.words(s.tokens()));
      wanted.add(wanted(s.tokens()));
    }
    List<TriggerModel.Labels> labels = model.tagDocument(words, wanted);
    List<Tagged> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      TriggerModel.Labels l = labels.get(k);
      out.add(new Tagged(triggers(sentences.get(k).tokens(), l.labels()), l.lower(), l.lemma(), l.lexicon()));
    }
    return out;
  }

  /** The trigger of each event of a sentence, with its class: what TempEval-3 scores. */
  public List<Trigger> triggers(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    return triggers(tokens, model.labels(TriggerTrainer.words(tokens), wanted(tokens)));
  }

  /** Punctuation is never a trigger: it is not labelled. */
  private static boolean[] wanted(List<Token> tokens) {
    boolean[] wanted = new boolean[tokens.size()];
    for (int i = 0; i < wanted.length; i++) {
      wanted[i] = !tokens.get(i).isPunctuation();
    }
    return wanted;
  }

  private static List<Trigger> triggers(List<Token> tokens, int[] labels) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] > 0) {
        out.add(new Trigger(i, tokens.get(i).span(), EventClass.values()[labels[i] - 1]));
      }
    }
    return out;
  }

  /**
   * The items within each sentence's span, in their order: what {@link EventAttributes} keeps of the
   * document's, found in one pass rather than by every sentence going through all of them. Sentences
   * follow one another without overlapping, so only the last one starting at or before an item may
   * hold it (and the one before, for an empty item where two sentences touch).
   */
  private static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> items, Function<T, Span> spanOf) {
    List<List<T>> out = new ArrayList<>(sentences.size());
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      out.add(new ArrayList<>());
      starts[k] = sentences.get(k).span().start();
    }
    for (T item : items) {
      Span span = spanOf.apply(item);
      int at = Arrays.binarySearch(starts, span.start());
      int last = at >= 0 ? at : -at - 2;
      for (int k = Math.max(0, last - 1); k <= last; k++) {
        if (sentences.get(k).span().contains(span)) {
          out.get(k).add(item);
        }
      }
    }
    return out;
  }

  /** A trigger found by the tagger: the index of its token in the sentence, its span, its class. */
  public record Trigger(int token, Span span, EventClass timeMlClass) {}

  @Override
  public List<EventMention> detect(String text, List<Sentence> sentences, List<Timex> timexes,
      List<Mention> mentions, Optional<LocalDate> published) {
    List<EventMention> out = new ArrayList<>();
    List<Tagged> found = tag(sentences);
    List<List<Timex>> timexesOf = bySentence(sentences, timexes, Timex::span);
    List<List<Mention>> mentionsOf = bySentence(sentences, mentions, Mention::span);
    for (int k = 0; k < sentences.size(); k++) {
      Tagged tagged = found.get(k);
      if (tagged.triggers().isEmpty()) {
        continue;
      }
      EventAttributes attributes = new EventAttributes(text, sentences.get(k), tagged.lower(), tagged.lemma(),
          tagged.lexicon(), tagged.triggers(), timexesOf.get(k), mentionsOf.get(k), published);
      for (Trigger t : tagged.triggers()) {
        out.add(attributes.describe(t));
      }
    }
    return out;
  }
}
