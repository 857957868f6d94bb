package org.storyline.extract.quote;

import org.storyline.model.Span;
import org.storyline.model.Speaker;

/**
 * Someone the article mentions who may be referred to again: a titled name ("Kremlin spokesman
 * Dmitry Peskov"), an introduced description ("a senior administration official") or a speaker.
 *
 * @param name the resolved name, as a speaker would carry it
 * @param kind person, organisation or description
 * @param head the lower-case head noun of a description, or the title words before a name
 * @param span where it is mentioned
 * @param plural whether it is a group ("U.S. officials")
 * @param speaker whether it is the speaker of a quote
 */
record Mention(String name, Speaker.Kind kind, String head, Span span, boolean plural, boolean speaker) {

  boolean fits(String head) {
    return this.head.equals(head) || (" " + this.head + " ").contains(" " + head + " ");
  }
}
