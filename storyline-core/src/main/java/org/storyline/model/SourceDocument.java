package org.storyline.model;

import java.util.Objects;

/**
 * One article as an input gave it, before cleaning: the output of the ingest stage.
 *
 * @param origin where it came from (file, and record number for multi-record files)
 * @param format the kind of input
 * @param source the decoded text of the input the offsets refer to: the whole file for a text or
 *     HTML file, the text field of a JSONL record
 * @param content the article's text as read from {@code source}: the same text less a leading
 *     {@code  date} line, or an HTML page's visible text with blocks separated by blank lines
 * @param contentMap maps offsets of {@code content} to offsets of {@code source}
 * @param metadata what the input says about the article besides its text
 */
public record SourceDocument(
    Origin origin,
    SourceFormat format,
    String source,
    String content,
    OffsetMap contentMap,
    DocumentMetadata metadata) {

  public SourceDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentMap, "contentMap");
    Objects.requireNonNull(metadata, "metadata");
    if (contentMap.derivedLength() != content.length() || contentMap.sourceLength() != source.length()) {
      throw new IllegalArgumentException(origin + ": content map does not fit its texts (" + contentMap
          + ", content " + content.length() + ", source " + source.length() + " chars)");
    }
  }

  /** A document whose content is its whole source. */
  public static SourceDocument of(Origin origin, SourceFormat format, String source, DocumentMetadata metadata) {
    return new SourceDocument(origin, format, source, source, OffsetMap.identity(source.length()), metadata);
  }

  /**
   * A digest of everything cleaning reads (the format, the text as read and as extracted, the
   * metadata), 32 hex digits: two inputs with one fingerprint clean into one article.
   */
  public String fingerprint() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      String date = metadata.publishedOpt().map(p -> p.date() + " " + p.source() + " " + p.confidence()).orElse(null);
      for (String part : new String[] {format.name(), source, metadata.externalId(), metadata.title(), metadata.url(),
          metadata.outlet(), date}) {
        digest(sha, part);
      }
      if (content.equals(source)) {
        sha.update((byte) 1); // most inputs: the text is the input, hashed once
      } else {
        digest(sha, content);
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A part as its length and characters (null apart), so that no two lists of parts give one stream of bytes. */
  private static void digest(java.security.MessageDigest sha, String part) {
    String framed = part == null ? "-" : part.length() + ":" + part;
    sha.update(framed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

}
