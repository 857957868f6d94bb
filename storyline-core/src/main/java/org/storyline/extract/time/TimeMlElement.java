package org.storyline.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * One element of a TimeML file's {@code <TEXT>} other than TIMEX3 (an {@code EVENT}, a
 * {@code SIGNAL}), as read: its span in the plain text {@link TimeMlDocument#text()} and its
 * attributes as written.
 *
 * @param name the tag name, e.g. {@code EVENT}
 * @param span where it stands in the plain text of TEXT
 * @param attributes its attributes, in file order
 */
public record TimeMlElement(String name, Span span, Map<String, String> attributes) {

  public TimeMlElement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    attributes = Map.copyOf(attributes);
  }

  /**
   * The elements named {@code name} in the TEXT of a TimeML string, in text order; an element
   * nested in another of the same name is skipped (TimeML does not nest them).
   *
   * @throws TimeMlException naming {@code origin} and the offset, if TEXT is malformed
   */
  public static List<TimeMlElement> read(String timeMl, String name, String origin) {
    TimeMlText t = TimeMlText.parse(timeMl, origin);
    List<TimeMlElement> out = new ArrayList<>();
    int depth = 0;
    TimeMlText.Tag open = null;
    for (TimeMlText.Tag tag : t.tags) {
      if (!tag.name().equals(name) || tag.kind() == TimeMlText.TagKind.EMPTY) {
        continue;
      }
      if (tag.kind() == TimeMlText.TagKind.OPEN) {
        if (depth++ == 0) {
          open = tag;
        }
      } else if (--depth == 0 && open != null) {
        out.add(new TimeMlElement(name, Span.of(open.plainOffset(), tag.plainOffset()),
            TimeMlDocument.attributes(open.attributes())));
      } else if (depth < 0) {
        throw new TimeMlException(origin, tag.rawStart(), "expected an open " + name + " before </" + name + ">");
      }
    }
    return out;
  }
}
