package org.storyline.extract.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlElement;
import org.storyline.extract.time.TimeMlException;
import org.storyline.model.Span;

/**
 * A TimeML document with its gold {@code EVENT}s (TempEval-3's TimeBank and AQUAINT), for training
 * and scoring the event detector.
 *
 * @param name the file's path relative to the folder it was read from, e.g. {@code TimeBank/wsj_0006.tml}
 * @param document the text, its creation date and its gold time expressions
 * @param events the gold events, in text order
 */
public record GoldEvents(String name, TimeMlDocument document, List<Event> events) {

  /** One gold event: its span in the document's plain text and its TimeML class. */
  public record Event(Span span, EventClass timeMlClass) {
    public Event {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(timeMlClass, "timeMlClass");
    }
  }

  public GoldEvents {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
  }

  /** Parses one TimeML string; {@code name} names it in messages. */
  public static GoldEvents parse(String timeMl, String name) {
    TimeMlDocument doc = TimeMlDocument.parse(timeMl, name);
    List<Event> events = new ArrayList<>();
    for (TimeMlElement e : TimeMlElement.read(timeMl, "EVENT", name)) {
      if (e.span().isEmpty()) {
        continue;
      }
      try {
        EventClass c = EventClass.fromTimeML(e.attributes().get("class"));
        events.add(new Event(e.span(), c == null ? EventClass.OCCURRENCE : c));
      } catch (IllegalArgumentException x) {
        throw new TimeMlException(name, 0, x.getMessage() + " (event at " + e.span() + ")");
      }
    }
    return new GoldEvents(name, doc, events);
  }

  /** Every {@code *.tml} file under {@code dir}, in name order. */
  public static List<GoldEvents> readAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no *.tml files under " + dir);
    }
    List<GoldEvents> out = new ArrayList<>(files.size());
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace('\\', '/');
      out.add(parse(Files.readString(f, StandardCharsets.UTF_8), name));
    }
    return out;
  }
}
