package org.storyline.model;

/** Why the cleaner dropped a piece of the source. */
public enum RemovalReason {
  /** The {@code  date YYYY-MM-DD} line, kept as the publication date instead. */
  DATE_LINE,
  /** "You can now listen to ... articles!", "CLICK HERE TO GET THE ... APP". */
  APP_PROMO,
  /** Newsletter and sign-up boxes, "Subscribe", "Sign Up Now". */
  SIGNUP_BOX,
  /** The title of an embedded video followed by its running time ("... 0:58"). */
  VIDEO_CAPTION,
  /** A photo caption, recognised by the credit that follows it or by being repeated. */
  PHOTO_CAPTION,
  /** A photo credit such as "(Demetrius Freeman/Washington Post)". */
  PHOTO_CREDIT,
  /** An all-capitals headline of another article, linked from this one. */
  RELATED_HEADLINE,
  /** A line that repeats the line before it. */
  REPEATED_LINE,
  /** Blank lines beyond one between paragraphs, and white space at line ends. */
  WHITESPACE,
  /**
   * A sentence the article already gave, repeated within a kept line (a gallery's captions, a
   * teaser flattened into the page's text). Last, so that the values before it keep their ordinals.
   */
  REPEATED_SENTENCE
}
