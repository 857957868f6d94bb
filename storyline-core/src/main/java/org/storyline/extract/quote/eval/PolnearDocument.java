package org.storyline.extract.quote.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One PolNeAR article: its text and the attributions of one annotator.
 *
 * @param name the text file's name without {@code .txt}
 * @param text the article
 * @param annotations the {@code .ann} file the attributions were read from
 * @param attributions in file order
 */
public record PolnearDocument(String name, String text, Path annotations, List<GoldAttribution> attributions) {

  public PolnearDocument {
    attributions = List.copyOf(attributions);
  }
}
