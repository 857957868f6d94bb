package org.storyline.reconcile.event.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.storyline.model.Span;
import org.storyline.reconcile.event.EventLemmas;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.LabelledMention;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads MEANTIME's event annotation: {@code <EVENT_MENTION m_id pred>} markables anchored to
 * tokens, {@code <REFERS_TO>} from mentions to an {@code <EVENT instance_id>}. The cross-document
 * instance is the gold event; an event without one is its own document's. Each folder of files is
 * one topic (MEANTIME's corpora: {@code corpus_apple}); when the folder has an
 * {@code intra_cross-doc_annotation} folder, only that one is read.
 *
 * <p>The text of a document is rebuilt from its tokens, joined by spaces, one sentence a line:
 * offsets are into that text. A mention that refers to no event or spans two sentences is reported
 * and left out.
 */
final class MeantimeEventReader {

  private MeantimeEventReader() {}

  static EventCorpus read(Path data) throws IOException {
    Path root = Files.isDirectory(data.resolve("intra_cross-doc_annotation")) ? data.resolve("intra_cross-doc_annotation") : data;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(data + ": neither ECB+ JSONL (documents.jsonl, event_mentions.jsonl) nor MEANTIME .xml files");
    }
    Map<String, List<LabelledMention>> topics = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      String topic = f.getParent().getFileName().toString();
      topics.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(readFile(f, problems));
    }
    List<EventCorpus.Topic> out = new ArrayList<>();
    topics.forEach((id, ms) -> out.add(new EventCorpus.Topic(id, ms)));
    return new EventCorpus(data.toString(), out, files.size(), problems);
  }

  /** A token's place: sentence, index in it, and offsets in the rebuilt text. */
  private record Token(int sentence, int index, Span chars) {}

  static List<LabelledMention> readFile(Path file, List<String> problems) throws IOException {
    Element root = parse(file);
    String docId = root.getAttribute("doc_id").isEmpty() ? file.getFileName().toString() : root.getAttribute("doc_id");
    Map<String, Token> tokens = new HashMap<>();
    Map<Integer, List<String>> sentences = new LinkedHashMap<>();
    int offset = 0;
    int lastSentence = -1;
    NodeList list = root.getElementsByTagName("token");
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      List<String> words = sentences.computeIfAbsent(sentence, k -> new ArrayList<>());
      offset += lastSentence < 0 ? 0 : 1; // a space, or the newline between sentences
      lastSentence = sentence;
      String word = t.getTextContent();
      tokens.put(t.getAttribute("t_id"), new Token(sentences.size() - 1, words.size(), new Span(offset, offset + word.length())));
      words.add(word);
      offset += word.length();
    }
    Optional<LocalDate> published = creationTime(root);
    Map<String, String> events = new HashMap<>();
    for (Element e : elements(root, "EVENT")) {
      String instance = e.getAttribute("instance_id");
      events.put(e.getAttribute("m_id"), instance.isEmpty() ? docId + "#" + e.getAttribute("m_id") : instance);
    }
    Map<String, String> refersTo = refersTo(root, events);
    List<List<String>> byIndex = new ArrayList<>(sentences.values());
    List<LabelledMention> out = new ArrayList<>();
    for (Element m : elements(root, "EVENT_MENTION")) {
      String where = file + ": event mention " + m.getAttribute("m_id");
      String event = refersTo.get(m.getAttribute("m_id"));
      List<Token> anchors = new ArrayList<>();
      for (Element a : elements(m, "token_anchor")) {
        Token t = tokens.get(a.getAttribute("t_id"));
        if (t != null) {
          anchors.add(t);
        }
      }
      if (event == null || anchors.isEmpty()) {
        problems.add(where + ": refers to no event or has no tokens");
        continue;
      }
      Token first = anchors.get(0);
      Token last = anchors.get(anchors.size() - 1);
      if (first.sentence != last.sentence) {
        problems.add(where + ": spans two sentences");
        continue;
      }
      List<String> sentence = byIndex.get(first.sentence);
      List<String> trigger = sentence.subList(first.index, last.index + 1);
      String lemma = m.getAttribute("pred").isEmpty() ? EventLemmas.head(trigger) : m.getAttribute("pred");
      EventMention mention = EventMention.of(docId, first.sentence, new Span(first.index, last.index + 1),
          new Span(first.chars.start(), last.chars.end()), String.join(" ", trigger), lemma, sentence).withPublished(published);
      out.add(new LabelledMention(mention, event));
    }
    return out;
  }

  private static Map<String, String> refersTo(Element root, Map<String, String> events) {
    Map<String, String> out = new HashMap<>();
    for (Element r : elements(root, "REFERS_TO")) {
      List<Element> targets = elements(r, "target");
      String event = targets.isEmpty() ? null : events.get(targets.get(0).getAttribute("m_id"));
      if (event != null) {
        elements(r, "source").forEach(s -> out.putIfAbsent(s.getAttribute("m_id"), event));
      }
    }
    return out;
  }

  private static Optional<LocalDate> creationTime(Element root) {
    for (Element t : elements(root, "TIMEX3")) {
      if (t.getAttribute("functionInDocument").equals("CREATION_TIME")) {
        try {
          return Optional.of(LocalDate.parse(t.getAttribute("value")));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Element parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document xml = f.newDocumentBuilder().parse(in);
      return xml.getDocumentElement();
    } catch (SAXException | ParserConfigurationException | NumberFormatException e) {
      throw new IOException(file + ": not MEANTIME XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> elements(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList list = parent.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
