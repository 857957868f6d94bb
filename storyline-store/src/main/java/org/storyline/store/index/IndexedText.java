package org.storyline.store.index;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * An article's text with its sentence boundaries, as the index keeps it (in doc values, uncompressed,
 * so that a hit's snippets read one value and split nothing). The boundaries are found once, when
 * the article is indexed, by the JDK's sentence iterator walking forward (the rules Lucene's
 * highlighter uses); a search looks them up.
 *
 * <p>Encoded as the number of boundaries after the start, their gaps (variable-length integers),
 * then the text in UTF-8. A search reads only the characters of its snippets ({@link #slice}): decoding
 * a hit's whole text to UTF-16 was a tenth of a search's CPU, for the two sentences it shows.
 *
 * <p>Offsets are in UTF-16 units, as Lucene's and {@code String}'s. A decoded value reads the bytes
 * it was decoded from (a doc value's, valid until its reader moves on); not thread-safe.
 */
final class IndexedText {

  private static final long HIGH_BITS = 0x8080808080808080L; // the bit that marks a byte beyond ASCII, in each of eight

  private final byte[] bytes;
  private final int textStart; // the text's first byte in bytes
  private final int textEnd;
  private final int length; // in UTF-16 units
  private final int asciiPrefix; // the text's leading characters that are ASCII, one byte each: their offsets need no walk
  private final int[] boundaries; // 0, then each sentence's end, the last being length
  // where the last slice ended, as a character and a byte offset: slices asked in text order walk the bytes once
  private int cursorChar;
  private int cursorByte;

  private IndexedText(byte[] bytes, int textStart, int textEnd, int[] boundaries) {
    this.bytes = bytes;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.asciiPrefix = asciiPrefix(bytes, textStart, textEnd);
    this.length = asciiPrefix + utf16Length(bytes, textStart + asciiPrefix, textEnd);
    this.boundaries = boundaries;
    this.cursorByte = textStart;
  }

  /** {@code text} and its sentence boundaries, encoded. */
  static BytesRef encode(String text) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    BytesRefBuilder gaps = new BytesRefBuilder();
    int count = 0;
    int last = sentences.first();
    for (int next = sentences.next(); next != BreakIterator.DONE; next = sentences.next()) {
      writeVInt(gaps, next - last);
      last = next;
      count++;
    }
    BytesRefBuilder out = new BytesRefBuilder();
    writeVInt(out, count);
    out.append(gaps);
    out.append(new BytesRef(text));
    return out.toBytesRef();
  }

  private static void writeVInt(BytesRefBuilder out, int i) {
    while ((i & ~0x7F) != 0) {
      out.append((byte) ((i & 0x7F) | 0x80));
      i >>>= 7;
    }
    out.append((byte) i);
  }

  static IndexedText decode(BytesRef encoded) {
    ByteArrayDataInput in = new ByteArrayDataInput(encoded.bytes, encoded.offset, encoded.length);
    int[] boundaries = new int[in.readVInt() + 1];
    for (int i = 1; i < boundaries.length; i++) {
      boundaries[i] = boundaries[i - 1] + in.readVInt();
    }
    return new IndexedText(encoded.bytes, in.getPosition(), encoded.offset + encoded.length, boundaries);
  }

  /** The whole text (the tests'; a search asks for slices). */
  String text() {
    return new String(bytes, textStart, textEnd - textStart, StandardCharsets.UTF_8);
  }

  /** Its length in UTF-16 units. */
  int length() {
    return length;
  }

  /**
   * The characters {@code [start, end)}, as {@code text().substring(start, end)}, decoding only them
   * (and walking the bytes before them once, when slices are asked in text order).
   */
  String slice(int start, int end) {
    if (start < cursorChar) {
      cursorChar = 0;
      cursorByte = textStart;
    }
    int from = advance(start);
    int to = advance(end);
    if (from < 0 || to < 0) { // an offset inside a surrogate pair: never one of Lucene's, but answer as substring would
      return text().substring(start, end);
    }
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** Moves the cursor to the character {@code target} and returns its byte; -1 when it falls inside a character's two units. */
  private int advance(int target) {
    if (cursorChar < asciiPrefix) { // no walk up to the first character beyond ASCII
      cursorChar = Math.min(target, asciiPrefix);
      cursorByte = textStart + cursorChar;
    }
    while (cursorChar < target && cursorByte < textEnd) {
      if (cursorChar + Long.BYTES <= target && ascii(bytes, cursorByte, textEnd)) {
        cursorChar += Long.BYTES;
        cursorByte += Long.BYTES;
        continue;
      }
      int lead = bytes[cursorByte] & 0xFF;
      cursorByte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      cursorChar += lead < 0xF0 ? 1 : 2;
    }
    return cursorChar == target ? cursorByte : -1;
  }

  /** Whether the eight bytes from {@code at} are all before {@code to} and all ASCII (one test for the eight). */
  private static boolean ascii(byte[] bytes, int at, int to) {
    return at + Long.BYTES <= to && ((long) BitUtil.VH_LE_LONG.get(bytes, at) & HIGH_BITS) == 0;
  }

  /** The number of bytes before the first that is not ASCII. */
  private static int asciiPrefix(byte[] bytes, int from, int to) {
    int i = from;
    while (ascii(bytes, i, to)) {
      i += Long.BYTES;
    }
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i - from;
  }

  /** The UTF-16 length of valid UTF-8: one unit a character, two for a character beyond the first plane. */
  private static int utf16Length(byte[] bytes, int from, int to) {
    int units = 0;
    for (int i = from; i < to; i++) {
      if (ascii(bytes, i, to)) {
        units += Long.BYTES;
        i += Long.BYTES - 1;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) { // not a continuation byte
        units += b >= 0xF0 ? 2 : 1;
      }
    }
    return units;
  }

  /** The last boundary before {@code offset} (0 when none is), as {@code BreakIterator.preceding}. */
  int preceding(int offset) {
    int i = search(offset);
    int before = i >= 0 ? i - 1 : -i - 2; // the boundary at or just below offset, then strictly below
    return before < 0 ? 0 : boundaries[before];
  }

  /** The first boundary after {@code offset} (the text's end when none is), as {@code BreakIterator.following}. */
  int following(int offset) {
    int i = search(offset);
    int after = i >= 0 ? i + 1 : -i - 1;
    return after < boundaries.length ? boundaries[after] : length;
  }

  /** The end of the first sentence. */
  int firstSentenceEnd() {
    return boundaries.length > 1 ? boundaries[1] : length;
  }

  private int search(int offset) {
    return Arrays.binarySearch(boundaries, offset);
  }
}
