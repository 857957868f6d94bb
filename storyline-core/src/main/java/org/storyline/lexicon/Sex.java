package org.storyline.lexicon;

/** A person's sex as a first name or a title tells it ({@link FirstNames#sexOf}). */
public enum Sex { FEMALE, MALE }
