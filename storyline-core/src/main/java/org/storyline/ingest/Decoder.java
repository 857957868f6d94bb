package org.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Origin;
import org.storyline.model.Problem;

/**
 * Turns the bytes of one input into text, or says why it cannot, for every format.
 *
 * <ul>
 *   <li>No bytes, or only white space: ERROR {@code "empty file"}.
 *   <li>A byte order mark decides the encoding (UTF-8, UTF-16BE, UTF-16LE) and is not part of the
 *       text. Invalid UTF-16 is an ERROR.
 *   <li>Binary content, sniffed in the first {@value #SNIFF_BYTES} bytes: a NUL byte, or more than
 *       one in ten bytes a control character other than tab, line feed, form feed and carriage
 *       return. ERROR {@code "binary content (NUL byte at offset 123), not a text article"}.
 *   <li>Otherwise strict UTF-8. Bytes that are not UTF-8 are read as windows-1252 (or, for HTML,
 *       the charset the page declares in {@code <meta charset>} or {@code http-equiv}) with a
 *       WARNING {@code "not valid UTF-8 (byte 0xE9 at offset 1234); read as windows-1252"}.
 * </ul>
 *
 * Offsets are byte offsets in the input (after gzip decompression), BOM included.
 */
final class Decoder {

  /** How many leading bytes are looked at to tell binary content from text. */
  static final int SNIFF_BYTES = 8192;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Labels that browsers read as windows-1252 (WHATWG Encoding Standard). */
  private static final Set<String> READ_AS_1252 =
      Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252");

  private static final int CHARSET_SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)");

  private Decoder() {}

  /**
   * The text of a whole input, or {@code null} after an ERROR to {@code problems}.
   *
   * @param html whether a charset declared in the page is honoured when the bytes are not UTF-8
   */
  static String decode(byte[] bytes, Origin origin, boolean html, Consumer<Problem> problems) {
    if (bytes.length == 0) {
      problems.accept(Problem.error(origin, "empty file"));
      return null;
    }
    String text = decodeNonEmpty(bytes, origin, html, problems);
    if (text != null && text.isBlank()) {
      problems.accept(Problem.error(origin, "empty file"));
      return null;
    }
    return text;
  }

  private static String decodeNonEmpty(byte[] bytes, Origin origin, boolean html, Consumer<Problem> problems) {
    Charset utf16 = utf16ByBom(bytes);
    if (utf16 != null) {
      return decodeUtf16(bytes, utf16, origin, problems);
    }
    int from = hasUtf8Bom(bytes) ? 3 : 0;
    String binary = binaryReason(bytes, from, Math.min(bytes.length, from + SNIFF_BYTES));
    if (binary != null) {
      problems.accept(Problem.error(origin, binary));
      return null;
    }
    return decodeUtf8OrFallback(bytes, from, bytes.length, 0, origin, html, problems);
  }

  /**
   * One JSONL line: strict UTF-8, else windows-1252 with a WARNING.
   *
   * @param fileOffset the byte offset of {@code bytes[0]} in the file, for the warning
   */
  static String decodeLine(byte[] bytes, int length, long fileOffset, Origin origin, Consumer<Problem> problems) {
    return decodeUtf8OrFallback(bytes, 0, length, fileOffset, origin, false, problems);
  }

  /** Why the bytes look binary, or {@code null} when they look like text. */
  static String binaryReason(byte[] bytes, int from, int to) {
    int controls = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + "), not a text article";
      }
      if (isControl(b)) {
        controls++;
      }
    }
    int sniffed = to - from;
    if (controls * 10 > sniffed) {
      return "binary content (" + Messages.count(controls) + " of the first " + Messages.count(sniffed)
          + " bytes are control characters), not a text article";
    }
    return null;
  }

  static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** UTF-16BE or UTF-16LE when the bytes open with its byte order mark, else {@code null}. */
  static Charset utf16ByBom(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
  }

  private static String decodeUtf16(byte[] bytes, Charset charset, Origin origin, Consumer<Problem> problems) {
    Strict result = strict(charset, bytes, 2, bytes.length);
    if (result.text == null) {
      problems.accept(Problem.error(origin, "not valid " + charset.name() + " after its byte order mark (byte "
          + Messages.hexByte(bytes[result.badOffset]) + " at offset " + result.badOffset + ")"));
      return null;
    }
    String text = result.text;
    int controls = 0;
    int sniffed = Math.min(text.length(), SNIFF_BYTES / 2);
    for (int i = 0; i < sniffed; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        problems.accept(Problem.error(origin, "binary content (NUL character at offset " + (2 + 2 * i)
            + "), not a text article"));
        return null;
      }
      controls += isControl(c) ? 1 : 0;
    }
    if (controls * 10 > sniffed) {
      problems.accept(Problem.error(origin, "binary content (" + Messages.count(controls) + " of the first "
          + Messages.count(sniffed) + " characters are control characters), not a text article"));
      return null;
    }
    return text;
  }

  private static String decodeUtf8OrFallback(
      byte[] bytes, int from, int to, long fileOffset, Origin origin, boolean html, Consumer<Problem> problems) {
    Strict utf8 = strict(StandardCharsets.UTF_8, bytes, from, to);
    if (utf8.text != null) {
      return utf8.text;
    }
    Charset declared = html ? declaredCharset(bytes, to) : null;
    Charset fallback = declared != null ? declared : WINDOWS_1252;
    problems.accept(Problem.warning(origin, "not valid UTF-8 (byte " + Messages.hexByte(bytes[utf8.badOffset])
        + " at offset " + (fileOffset + utf8.badOffset) + "); read as " + fallback.name()
        + (declared != null ? ", the charset the page declares" : "")));
    return new String(bytes, from, to - from, fallback);
  }

  /** The non-UTF-8 charset an HTML page declares in its first bytes, or {@code null}. */
  static Charset declaredCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (READ_AS_1252.contains(label)) {
      return WINDOWS_1252;
    }
    try {
      Charset charset = Charset.forName(label);
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Decoded text, or the array index of the first byte that does not decode. */
  private record Strict(String text, int badOffset) {}

  private static Strict strict(Charset charset, byte[] bytes, int from, int to) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Strict(null, Math.min(in.position(), to - 1));
    }
    return new Strict(out.flip().toString(), -1);
  }
}
