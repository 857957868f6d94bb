package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <TEXT>} element of a TimeML file taken apart: its plain text (tags removed, entities
 * decoded), the tags with their raw positions and the plain offset they stand at, and for each
 * plain char where it starts in the raw file.
 */
final class TimeMlText {

  enum TagKind {
    OPEN,
    CLOSE,
    EMPTY
  }

  /** One tag of the raw file; {@code plainOffset} is the plain-text position it stands at. */
  record Tag(int rawStart, int rawEnd, TagKind kind, String name, String attributes, int plainOffset) {}

  final String raw;
  final String plain;
  final List<Tag> tags;
  /** {@code rawStart[p]} is where plain char p starts in {@code raw}; index {@code plain.length()} is the end. */
  final int[] rawStart;
  final int[] rawEnd;

  private TimeMlText(String raw, String plain, List<Tag> tags, int[] rawStart, int[] rawEnd) {
    this.raw = raw;
    this.plain = plain;
    this.tags = tags;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  static TimeMlText parse(String raw, String origin) {
    int open = raw.indexOf("<TEXT>");
    int close = raw.lastIndexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new TimeMlException(origin, open < 0 ? 0 : close, "expected a <TEXT> ... </TEXT> element");
    }
    int from = open + "<TEXT>".length();
    StringBuilder plain = new StringBuilder(close - from);
    List<Tag> tags = new ArrayList<>();
    int[] starts = new int[close - from + 1];
    int[] ends = new int[close - from + 1];
    int i = from;
    while (i < close) {
      char c = raw.charAt(i);
      if (c == '<') {
        int j = raw.indexOf('>', i);
        if (j < 0 || j > close) {
          throw new TimeMlException(origin, i, "expected '>' closing the tag");
        }
        tags.add(tag(raw, i, j + 1, plain.length(), origin));
        i = j + 1;
      } else if (c == '&') {
        int j = raw.indexOf(';', i);
        if (j < 0 || j - i > 10) {
          throw new TimeMlException(origin, i, "expected an entity such as &amp;");
        }
        starts[plain.length()] = i;
        ends[plain.length()] = j + 1;
        plain.append(entity(raw.substring(i + 1, j), origin, i));
        i = j + 1;
      } else {
        starts[plain.length()] = i;
        ends[plain.length()] = i + 1;
        plain.append(c);
        i++;
      }
    }
    starts[plain.length()] = close;
    ends[plain.length()] = close;
    int n = plain.length() + 1;
    return new TimeMlText(raw, plain.toString(), List.copyOf(tags),
        java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
  }

  private static Tag tag(String raw, int start, int end, int plainOffset, String origin) {
    String body = raw.substring(start + 1, end - 1).trim();
    if (body.startsWith("!") || body.startsWith("?")) {
      return new Tag(start, end, TagKind.EMPTY, body, "", plainOffset);
    }
    TagKind kind = body.startsWith("/") ? TagKind.CLOSE : body.endsWith("/") ? TagKind.EMPTY : TagKind.OPEN;
    String inner = kind == TagKind.CLOSE ? body.substring(1) : kind == TagKind.EMPTY ? body.substring(0, body.length() - 1) : body;
    inner = inner.trim();
    int sp = 0;
    while (sp < inner.length() && !Character.isWhitespace(inner.charAt(sp))) {
      sp++;
    }
    if (sp == 0) {
      throw new TimeMlException(origin, start, "expected a tag name");
    }
    return new Tag(start, end, kind, inner.substring(0, sp), inner.substring(sp).trim(), plainOffset);
  }

  private static char entity(String name, String origin, int offset) {
    return switch (name) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      default -> {
        if (name.startsWith("#x")) {
          yield (char) Integer.parseInt(name.substring(2), 16);
        } else if (name.startsWith("#")) {
          yield (char) Integer.parseInt(name.substring(1));
        }
        throw new TimeMlException(origin, offset, "unknown entity &" + name + ";");
      }
    };
  }
}
