package org.storyline.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of a seed input for fuzzing readers: bytes inserted, deleted, repeated, flipped or cut,
 * with a bias towards the characters parsers trip on (markup, quotes, escapes, invalid UTF-8,
 * surrogates, control characters, huge numbers). A mutation is a small record, so jqwik shows a
 * failing case as the list of edits that made it and shrinks it to fewer edits.
 */
public final class Mutator {

  /** Fragments that mean something to one of the readers. */
  private static final List<String> NASTY = List.of(
      "<", ">", "&", "&amp", "&#x", "&#9999999;", "\"", "'", "\\", "\\u", "\\ud800", "{", "}", "[", "]", ":", ",",
      "<![CDATA[", "]]>", "<!--", "-->", "<script>", "</script>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>",
      "&a;&a;&a;", "</", "/>", "\r\n", "\n\n", "\r", "\t", "\u0000", "\u0001", "\u001b[31m", "\u00a0", "\u200b", "\u202e", "\ufeff",
      "\ufffd", "\uD83D\uDE00", "\u0301", "WARC/1.0\r\n", "Content-Length: 99999999999\r\n", "Content-Length: -1\r\n",
      "HTTP/1.1 200 OK\r\n", "charset=", "<meta charset=\"utf-16\">", "9999999999999999999999", "-0", "1e309", "NaN",
      "2022-02-30", "31 December 9999", "Jan. 0", "$", "%", "million", "\"text\":", "\"published\":", "null", "-DOCSTART-",
      "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"XXXX-13-45\">", "</TIMEX3>", "<EVENT eid=\"e1\" class=\"OCCURRENCE\">", "</EVENT>",
      "<DCT>", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2014");

  private static final byte[][] RAW = {
    {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x1f, (byte) 0x8b}, {(byte) 0xfe, (byte) 0xff}, {0}
  };

  private Mutator() {}

  /** One edit at a relative position ({@code at} and {@code length} are scaled to the input). */
  public record Edit(Kind kind, double at, double length, int pick) {
    /** What an edit does. */
    public enum Kind { INSERT_FRAGMENT, INSERT_RAW, DELETE, REPEAT, FLIP, CUT, SWAP }

    byte[] apply(byte[] in) {
      int n = in.length;
      int pos = (int) (at * n);
      int len = Math.max(1, (int) (length * Math.min(n, 4096)));
      return switch (kind) {
        case INSERT_FRAGMENT -> insert(in, pos, NASTY.get(pick % NASTY.size()).getBytes(StandardCharsets.UTF_8));
        case INSERT_RAW -> insert(in, pos, RAW[pick % RAW.length]);
        case DELETE -> delete(in, pos, len);
        case REPEAT -> insert(in, pos, Arrays.copyOfRange(in, pos, Math.min(n, pos + len)), 1 + pick % 50);
        case FLIP -> flip(in, pos, pick);
        case CUT -> Arrays.copyOf(in, pos);
        case SWAP -> swap(in, pos);
      };
    }
  }

  /** Lists of 1 to {@code maxEdits} edits. */
  public static Arbitrary<List<Edit>> edits(int maxEdits) {
    Arbitrary<Edit> edit = Combinators.combine(
            Arbitraries.of(Edit.Kind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 0.2),
            Arbitraries.integers().between(0, 10_000))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(maxEdits);
  }

  /** The seed with the edits applied in order. */
  public static byte[] apply(byte[] seed, List<Edit> edits) {
    byte[] out = seed;
    for (Edit e : edits) {
      out = e.apply(out);
    }
    return out;
  }

  private static byte[] insert(byte[] in, int pos, byte[] what) {
    return insert(in, pos, what, 1);
  }

  private static byte[] insert(byte[] in, int pos, byte[] what, int times) {
    List<byte[]> parts = new ArrayList<>();
    parts.add(Arrays.copyOfRange(in, 0, pos));
    for (int i = 0; i < times; i++) {
      parts.add(what);
    }
    parts.add(Arrays.copyOfRange(in, pos, in.length));
    return concat(parts);
  }

  private static byte[] delete(byte[] in, int pos, int len) {
    int end = Math.min(in.length, pos + len);
    return concat(List.of(Arrays.copyOfRange(in, 0, pos), Arrays.copyOfRange(in, end, in.length)));
  }

  private static byte[] flip(byte[] in, int pos, int pick) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    int at = Math.min(pos, in.length - 1);
    out[at] = (byte) (out[at] ^ (1 << (pick % 8)));
    return out;
  }

  /** Exchanges the halves at {@code pos}: moves a document's tail in front of its head. */
  private static byte[] swap(byte[] in, int pos) {
    return concat(List.of(Arrays.copyOfRange(in, pos, in.length), Arrays.copyOfRange(in, 0, pos)));
  }

  private static byte[] concat(List<byte[]> parts) {
    int size = parts.stream().mapToInt(p -> p.length).sum();
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
