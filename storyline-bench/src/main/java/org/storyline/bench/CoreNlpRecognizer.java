package org.storyline.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * CoreNLP's CoNLL 4-class CRF ({@code english.conll.4class.distsim}) behind Storyline's {@link
 * EntityRecognizer} contract for CoNLL files, tagging sentence by sentence as CoreNLP's figure of
 * 0.891 was measured. Adjacent names of one type come out as one chunk: the CRF's labels carry no
 * boundary.
 */
final class CoreNlpRecognizer implements EntityRecognizer {

  private static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;

  CoreNlpRecognizer() {
    try {
      crf = CRFClassifier.getClassifier(MODEL);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load CoreNLP's " + MODEL + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Mention> mentions(String text, List<Sentence> sentences) {
    throw new UnsupportedOperationException("the baseline is scored on CoNLL files only");
  }

  @Override
  public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
    List<List<EntityChunk>> out = new ArrayList<>();
    for (List<String> words : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String w : words) {
        CoreLabel token = new CoreLabel();
        token.setWord(w);
        token.setValue(w);
        tokens.add(token);
      }
      List<CoreLabel> labelled = crf.classifySentence(tokens);
      out.add(chunksOf(labelled));
    }
    return out;
  }

  private static List<EntityChunk> chunksOf(List<CoreLabel> labelled) {
    List<EntityChunk> chunks = new ArrayList<>();
    int start = -1;
    EntityType current = null;
    for (int i = 0; i <= labelled.size(); i++) {
      EntityType type = i < labelled.size() ? type(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
      if (type != current) {
        if (current != null) {
          chunks.add(new EntityChunk(start, i, current));
        }
        start = i;
        current = type;
      }
    }
    return chunks;
  }

  private static EntityType type(String label) {
    return switch (label == null ? "O" : label) {
      case "PERSON", "PER" -> EntityType.PERSON;
      case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
      case "LOCATION", "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
