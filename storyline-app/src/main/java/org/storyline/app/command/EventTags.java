package org.storyline.app.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.event.EventMentionEval;
import org.storyline.extract.event.GoldEvents;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.time.TimeMlWriter;
import org.storyline.model.Span;

/** The EVENT tags of {@code tag-time --events}: the shipped detector's triggers of a TimeML text, tagged in it. */
final class EventTags {

  private EventTags() {}

  /** {@code timeMl} (whose TEXT reads as {@code plain}) with an EVENT tag on each trigger found in {@code plain}. */
  static String insert(String timeMl, String plain, String origin, PrintWriter err) {
    List<GoldEvents.Event> found = EventMentionEval.system(PerceptronEventDetector.shipped(), plain);
    List<Span> spans = new ArrayList<>(found.size());
    List<String> classes = new ArrayList<>(found.size());
    for (GoldEvents.Event e : found) {
      spans.add(e.span());
      classes.add(e.timeMlClass().name());
    }
    return TimeMlWriter.insertEvents(timeMl, spans, classes, origin, skipped ->
        err.println(origin + ": warning: EVENT '" + skipped.of(plain) + "' would cross a tag; not written"));
  }
}
