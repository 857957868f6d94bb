package org.storyline.reconcile.event;

/**
 * The features of a pair of event mentions, each in [0, 1]. Their names are the keys of the model
 * file; the order is the order of the weight vector.
 */
enum PairFeature {
  /** Always 1: the weight is the bias. */
  BIAS,
  /** The head lemmas' keys are equal. */
  SAME_LEMMA,
  /** The heads are in one group of the lexicon ("attack", "assault"). */
  LEXICON,
  /** The heads share a derivational stem ("announcement", "announce") without being equal. */
  DERIVATION,
  /** Cosine of the TF-IDF vectors of the two documents' words (as far as the mentions' sentences show them). */
  DOCUMENT_SIMILARITY,
  /** Cosine of the TF-IDF vectors of the two sentences. */
  SENTENCE_SIMILARITY,
  /** Share of the sentences' names and numbers (capitalised words, digits, participants) they have in common. */
  ARGUMENTS,
  /** Share of the words within three of the triggers that they have in common. */
  CONTEXT,
  /** Both in one document. */
  SAME_DOCUMENT,
  /** Both in one sentence (two mentions of one sentence rarely name one happening). */
  SAME_SENTENCE,
  /** The sentences name a common year, month or weekday, or the mentions' times agree. */
  TIME_AGREES,
  /** Both sentences name years (or the mentions carry times) and none agree. */
  TIME_CONFLICTS,
  /** The documents were published more than a month apart. */
  PUBLISHED_APART,
  /** Both heads are words of saying. */
  REPORTING,
  /** Same lemma, weighted by document similarity: one lemma in one story. */
  SAME_LEMMA_X_DOCUMENT,
  /** Lexicon or derivational match, weighted by document similarity. */
  RELATED_X_DOCUMENT,
  /** Same lemma, weighted by argument overlap. */
  SAME_LEMMA_X_ARGUMENTS,
  /** Any lemma match, weighted by sentence similarity. */
  MATCH_X_SENTENCE,
  /** No lemma match at all, weighted by document similarity (pronouns and paraphrases in one story). */
  NO_MATCH_X_DOCUMENT,
  /** Character trigram overlap (Dice) of the two heads when they differ. */
  LEMMA_CHARACTERS,
  /** One document is among the third of the topic's documents most similar to the other (or they are one document). */
  NEAR_DOCUMENT,
  /** Same lemma and near documents. */
  SAME_LEMMA_X_NEAR,
  /** Lexicon or derivational match and near documents. */
  RELATED_X_NEAR,
  /** Same lemma, weighted by the overlap of the words around the triggers. */
  SAME_LEMMA_X_CONTEXT;

  static final int COUNT = values().length;
}
