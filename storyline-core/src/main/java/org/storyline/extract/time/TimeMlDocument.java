package org.storyline.extract.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * A TimeML (TempEval-3) document as read: its creation time, the plain text of its {@code <TEXT>}
 * element with all tags removed and entities decoded, and the TIMEX3 elements inside TEXT with
 * spans into that plain text.
 *
 * @param origin where the document was read from, for messages
 * @param creationDate the day of the DCT's TIMEX3 value
 * @param text the plain text of TEXT
 * @param timexes the TIMEX3 elements of TEXT, in text order
 */
public record TimeMlDocument(String origin, LocalDate creationDate, String text, List<Timex> timexes) {

  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][\\w:.-]*)\\s*=\\s*\"([^\"]*)\"");

  public TimeMlDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }

  /** Reads a TimeML file (UTF-8). */
  public static TimeMlDocument read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads TimeML from a string; {@code origin} names it in error messages. */
  public static TimeMlDocument parse(String timeMl, String origin) {
    LocalDate dct = creationDate(timeMl, origin);
    TimeMlText t = TimeMlText.parse(timeMl, origin);
    List<Timex> timexes = new ArrayList<>();
    int depth = 0;
    TimeMlText.Tag open = null;
    for (TimeMlText.Tag tag : t.tags) {
      if (!tag.name().equals("TIMEX3") || tag.kind() == TimeMlText.TagKind.EMPTY) {
        continue;
      }
      if (tag.kind() == TimeMlText.TagKind.OPEN) {
        if (depth++ == 0) {
          open = tag;
        }
      } else if (--depth == 0 && open != null) {
        timexes.add(timex(open, tag, t.plain, origin));
      } else if (depth < 0) {
        throw new TimeMlException(origin, tag.rawStart(), "expected an open TIMEX3 before </TIMEX3>");
      }
    }
    return new TimeMlDocument(origin, dct, t.plain, timexes);
  }

  static Map<String, String> attributes(String s) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private static LocalDate creationDate(String timeMl, String origin) {
    Matcher m = DCT.matcher(timeMl);
    if (!m.find()) {
      throw new TimeMlException(origin, 0, "expected <DCT><TIMEX3 ... value=\"YYYY-MM-DD...\">");
    }
    String value = attributes(m.group(1)).get("value");
    if (value == null || value.length() < 10) {
      throw new TimeMlException(origin, m.start(), "expected a DCT value of the form YYYY-MM-DD, got " + value);
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      throw new TimeMlException(origin, m.start(), "expected a DCT value of the form YYYY-MM-DD, got " + value);
    }
  }

  private static Timex timex(TimeMlText.Tag open, TimeMlText.Tag close, String plain, String origin) {
    Map<String, String> a = attributes(open.attributes());
    String type = a.get("type");
    String value = a.get("value");
    if (type == null || value == null || value.isBlank()) {
      throw new TimeMlException(origin, open.rawStart(), "expected TIMEX3 attributes type and value");
    }
    try {
      Span span = Span.of(open.plainOffset(), close.plainOffset());
      String mod = a.get("mod");
      return new Timex(span, TimexType.fromTimeML(type), TimexValue.parse(value),
          mod == null || mod.isBlank() ? null : TimexMod.fromTimeML(mod), span.of(plain));
    } catch (IllegalArgumentException e) {
      throw new TimeMlException(origin, open.rawStart(), e.getMessage());
    }
  }
}
