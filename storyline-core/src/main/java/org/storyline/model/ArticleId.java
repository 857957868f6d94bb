package org.storyline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Storyline's id of an article: 16 lowercase hex digits of a SHA-256 over what makes the article
 * itself (its address, headline, date and cleaned text, with white space folded), so the same
 * article read twice, from any file, gets the same id.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {


  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (!HexId.is(value, 16)) {
      throw new IllegalArgumentException("an article id is 16 lowercase hex digits, not '" + value + "'");
    }
  }

  /** The id of an article with these parts; any of the first three may be null. */
  public static ArticleId derive(String url, String title, PublicationDate published, String text) {
    MessageDigest sha = sha256();
    for (String part : new String[] {
        url, title, published == null ? null : published.date().toString(), text}) {
      String folded = part == null ? "" : Spaces.fold(part.strip());
      sha.update(folded.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0); // keeps ("ab","c") apart from ("a","bc")
    }
    return new ArticleId(HexFormat.of().formatHex(sha.digest(), 0, 8));
  }

  /** The id whose 16 hex digits are those of {@code bits}: the inverse of {@link #bits}. */
  public static ArticleId ofBits(long bits) {
    return new ArticleId(HexFormat.of().toHexDigits(bits));
  }

  /** The 64 bits the 16 hex digits stand for, for compact binary forms (checkpoints). */
  public long bits() {
    return Long.parseUnsignedLong(value, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public int compareTo(ArticleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
