package org.storyline.bench;

import java.util.Properties;

/**
 * The stages compared, each with CoreNLP's matching pipeline. CoreNLP's properties are those a
 * user sets for that job, prerequisites included.
 */
enum Stage {
  TOKENS("sentences and tokens", "tokenize,ssplit"),
  NER("named entities (CoNLL 4 classes)", "tokenize,ssplit,pos,lemma,ner",
      "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
      "ner.applyNumericClassifiers", "false", "ner.useSUTime", "false", "ner.applyFineGrained", "false"),
  TIME("time expressions (SUTime, document date set)", "tokenize,ssplit,pos,lemma,sutime",
      "customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator"),
  QUOTES("quotes with attribution", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote",
      "ner.applyFineGrained", "false"),
  PIPELINE("the whole pipeline", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");

  final String description;
  private final String annotators;
  private final String[] settings;

  Stage(String description, String annotators, String... settings) {
    this.description = description;
    this.annotators = annotators;
    this.settings = settings;
  }

  Properties coreNlpProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    for (int i = 0; i < settings.length; i += 2) {
      p.setProperty(settings[i], settings[i + 1]);
    }
    return p;
  }

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
