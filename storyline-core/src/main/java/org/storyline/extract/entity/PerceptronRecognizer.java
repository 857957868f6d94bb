package org.storyline.extract.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/**
 * The entity recogniser of Storyline: an averaged perceptron over BILOU tags, tagging each
 * sentence with a beam of tag sequences (trained greedily), each document twice: the second pass
 * also sees the first pass's tags of the whole document (see {@link NerTrainer} for how it is
 * trained). The model file carries the word clusters and name list it was trained with, so it
 * needs nothing else.
 *
 * <p>Rules stand over the model ({@link ChunkRepair}): pronouns are never mentions, edges that
 * cannot belong to a name are cut ("Putin Tuesday"), names with particles, titles and spelt-out
 * remits are put back together or apart.
 *
 * <p>{@link #shipped()} is the model that comes with Storyline, trained on CoNLL-2003 English by
 * {@code storyline train ner}. Usage:
 * <pre>{@code
 * String text = article.text();
 * List<Mention> names = PerceptronRecognizer.shipped().mentions(text, new RuleTokenizer().sentences(text));
 * }</pre>
 */
public final class PerceptronRecognizer implements EntityRecognizer {

  /** Where the shipped model lives on the class path. */
  public static final String RESOURCE = "/org/storyline/extract/entity/ner-conll2003-en.bin.gz";

  private final NerModel model;

  PerceptronRecognizer(NerModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The model behind this recogniser (for the tests of the package). */
  NerModel model() {
    return model;
  }

  private static final class Shipped {
    static final PerceptronRecognizer INSTANCE = loadShipped();
  }

  /** The model shipped with Storyline, loaded once. */
  public static PerceptronRecognizer shipped() {
    return Shipped.INSTANCE;
  }

  private static PerceptronRecognizer loadShipped() {
    try (InputStream in = PerceptronRecognizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the entity model " + RESOURCE + " is missing from the class path");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a model written by {@link #save}. */
  public static PerceptronRecognizer load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  private static PerceptronRecognizer read(InputStream in, String name) throws IOException {
    return new PerceptronRecognizer(NerModel.read(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), name));
  }

  /** Writes the model, gzipped. */
  public void save(Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
      model.write(out, 0f);
    }
  }

  @Override
  public List<Mention> mentions(String text, List<Sentence> sentences) {
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      words.add(s.tokens().stream().map(Token::text).toList());
    }
    List<List<EntityChunk>> chunks = chunks(words);
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (EntityChunk c : chunks.get(s)) {
        Span span = Span.of(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end());
        out.add(new Mention(span, c.type(), span.of(text)));
      }
    }
    return out;
  }

  @Override
  public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
    List<List<EntityChunk>> all = model.chunks(sentences);
    List<List<EntityChunk>> out = new ArrayList<>(all.size());
    for (int s = 0; s < all.size(); s++) {
      out.add(List.copyOf(ChunkRepair.repair(all.get(s), sentences.get(s))));
    }
    return out;
  }
}
