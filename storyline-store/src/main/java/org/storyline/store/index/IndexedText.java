package org.storyline.store.index;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * An article's text with its sentence boundaries, as the index keeps it (in doc values, uncompressed,
 * so that a hit's snippets read one value and split nothing). The boundaries are found once, when
 * the article is indexed, by the JDK's sentence iterator walking forward (the rules Lucene's
 * highlighter uses); a search looks them up.
 *
 * <p>Encoded as the number of boundaries after the start, their gaps (variable-length integers),
 * then the text in UTF-8.
 */
final class IndexedText {

  private final String text;
  private final int[] boundaries; // 0, then each sentence's end, the last being text.length()

  private IndexedText(String text, int[] boundaries) {
    this.text = text;
    this.boundaries = boundaries;
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
    int at = in.getPosition();
    String text = new String(encoded.bytes, at, encoded.offset + encoded.length - at, StandardCharsets.UTF_8);
    return new IndexedText(text, boundaries);
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
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
    return after < boundaries.length ? boundaries[after] : text.length();
  }

  /** The end of the first sentence. */
  int firstSentenceEnd() {
    return boundaries.length > 1 ? boundaries[1] : text.length();
  }

  private int search(int offset) {
    return Arrays.binarySearch(boundaries, offset);
  }
}
