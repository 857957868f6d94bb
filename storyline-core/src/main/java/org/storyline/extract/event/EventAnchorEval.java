package org.storyline.extract.event;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.TimeMlDocument;
import org.storyline.extract.time.TimeMlElement;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.model.Span;

/**
 * Scores which time expression of its sentence the detector dates an event by, against the
 * event–time links (TLINKs) of gold TimeML: given the gold events and time expressions, is the
 * time the detector links to an event one its gold links place the event in (IS_INCLUDED,
 * INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS and their inverses, IDENTITY)?
 *
 * <p>Counted: gold events with such a link to a DATE or TIME of their own sentence ("anchored");
 * of those, linked by the detector to one of their gold times (right), to another time of the
 * sentence (wrong) or to none. And events whose only gold links to a time of their sentence say
 * BEFORE or AFTER it: the detector dating them by that time is wrong too. Gold links are not
 * exhaustive, so an event without one that the detector dates is not counted either way.
 */
public final class EventAnchorEval {

  private static final Set<String> ANCHORING = Set.of("IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS",
      "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY");
  private static final Pattern INSTANCE = Pattern.compile("<MAKEINSTANCE[^>]*?eventID=\"(\\w+)\"[^>]*?eiid=\"(\\w+)\"");
  private static final Pattern TLINK = Pattern.compile("<TLINK([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private EventAnchorEval() {}

  /** The counts over a set of documents. */
  public record Counts(int anchored, int right, int wrong, int none, int unanchoredDated) {
    Counts plus(Counts o) {
      return new Counts(anchored + o.anchored, right + o.right, wrong + o.wrong, none + o.none,
          unanchoredDated + o.unanchoredDated);
    }
  }

  /** Scores the {@code *.tml} files under {@code dir}, the training part and the untouched part apart. */
  public static void run(Path dir, PrintWriter out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    Counts train = new Counts(0, 0, 0, 0, 0);
    Counts untouched = train;
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace('\\', '/');
      Counts c = score(Files.readString(f, StandardCharsets.UTF_8), name);
      if (EventMentionEval.isUntouched(name)) {
        untouched = untouched.plus(c);
      } else {
        train = train.plus(c);
      }
    }
    print("training part", train, out);
    print("untouched part", untouched, out);
  }

  private static void print(String title, Counts c, PrintWriter out) {
    out.printf(Locale.ROOT, "%s: anchored %d, right %d, wrong %d, none %d; precision %.3f, recall %.3f; "
        + "linked against a BEFORE/AFTER link %d%n", title, c.anchored, c.right, c.wrong, c.none,
        (double) c.right / Math.max(1, c.right + c.wrong + c.unanchoredDated), (double) c.right / Math.max(1, c.anchored),
        c.unanchoredDated);
  }

  /** One TimeML document's counts. */
  static Counts score(String timeMl, String name) {
    TimeMlDocument doc = TimeMlDocument.parse(timeMl, name);
    Map<String, Span> timexById = new HashMap<>();
    for (TimeMlElement t : TimeMlElement.read(timeMl, "TIMEX3", name)) {
      timexById.put(t.attributes().get("tid"), t.span());
    }
    Map<String, String> eventOfInstance = new HashMap<>();
    Matcher m = INSTANCE.matcher(timeMl);
    while (m.find()) {
      eventOfInstance.put(m.group(2), m.group(1));
    }
    Map<String, Set<Span>> anchors = new HashMap<>();
    Map<String, Set<Span>> ordered = new HashMap<>();
    Matcher l = TLINK.matcher(timeMl);
    while (l.find()) {
      Map<String, String> a = attributes(l.group(1));
      String instance = a.containsKey("eventInstanceID") ? a.get("eventInstanceID") : a.get("relatedToEventInstance");
      String time = a.containsKey("relatedToTime") ? a.get("relatedToTime") : a.get("timeID");
      if (instance == null || time == null || !timexById.containsKey(time) || !eventOfInstance.containsKey(instance)) {
        continue;
      }
      (ANCHORING.contains(a.get("relType")) ? anchors : ordered)
          .computeIfAbsent(eventOfInstance.get(instance), k -> new HashSet<>()).add(timexById.get(time));
    }
    List<TimeMlElement> events = TimeMlElement.read(timeMl, "EVENT", name);
    Counts out = new Counts(0, 0, 0, 0, 0);
    for (Sentence s : new RuleTokenizer().sentences(doc.text())) {
      out = out.plus(sentence(doc, s, events, anchors, ordered));
    }
    return out;
  }

  private static Counts sentence(TimeMlDocument doc, Sentence s, List<TimeMlElement> events,
      Map<String, Set<Span>> anchors, Map<String, Set<Span>> ordered) {
    List<Timex> times = doc.timexes().stream().filter(t -> s.span().contains(t.span())).toList();
    Set<Span> dating = new HashSet<>();
    times.stream().filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME).forEach(t -> dating.add(t.span()));
    List<PerceptronEventDetector.Trigger> triggers = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (TimeMlElement e : events) {
      int token = tokenAt(s.tokens(), e.span());
      if (token >= 0) {
        EventClass c = EventClass.fromTimeML(e.attributes().get("class"));
        triggers.add(new PerceptronEventDetector.Trigger(token, s.tokens().get(token).span(), c == null ? EventClass.OCCURRENCE : c));
        ids.add(e.attributes().get("eid"));
      }
    }
    if (dating.isEmpty() || triggers.isEmpty()) {
      return new Counts(0, 0, 0, 0, 0);
    }
    EventAttributes attributes = new EventAttributes(doc.text(), s, triggers, times, List.of(), Optional.of(doc.creationDate()));
    int anchored = 0, right = 0, wrong = 0, none = 0, against = 0;
    for (int k = 0; k < triggers.size(); k++) {
      EventTime t = attributes.describe(triggers.get(k)).time();
      Span linked = t.fromTimex() ? t.timex() : null;
      Set<Span> gold = inSentence(anchors.get(ids.get(k)), s);
      gold.retainAll(dating); // what can date an event
      if (!gold.isEmpty()) {
        anchored++;
        if (linked == null) {
          none++;
        } else if (gold.contains(linked)) {
          right++;
        } else {
          wrong++;
        }
      } else if (linked != null && inSentence(ordered.get(ids.get(k)), s).contains(linked)) {
        against++;
      }
    }
    return new Counts(anchored, right, wrong, none, against);
  }

  private static Set<Span> inSentence(Set<Span> spans, Sentence s) {
    Set<Span> out = new HashSet<>();
    if (spans == null) {
      return out;
    }
    spans.stream().filter(x -> s.span().contains(x)).forEach(out::add);
    return out;
  }

  /** The token an event's span starts in, or -1 when it lies outside the sentence. */
  private static int tokenAt(List<Token> tokens, Span span) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > span.start() && tokens.get(i).start() < span.end()) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }
}
