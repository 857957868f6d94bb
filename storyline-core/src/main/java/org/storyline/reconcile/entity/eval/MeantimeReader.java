package org.storyline.reconcile.entity.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads MEANTIME (NewsReader) XML: {@code <token t_id sentence number>} elements, {@code
 * <ENTITY_MENTION m_id syntactic_type>} markables anchored to tokens, {@code <ENTITY m_id ent_type
 * instance_id>} entities and {@code <REFERS_TO>} relations from mentions (sources) to an entity
 * (target).
 *
 * <p>Given a folder, it reads the {@code .xml} files below it, in name order; when the folder has
 * an {@code intra_cross-doc_annotation} folder (the corpus release layout), only that one, since
 * it holds the cross-document instances. A mention that refers to no entity, spans two sentences
 * or has gaps is skipped and counted in {@link Result#skipped()}.
 */
public final class MeantimeReader {

  /** The documents read and how many mentions were skipped. */
  public record Result(List<MeantimeDocument> documents, int skipped) {}

  private MeantimeReader() {}

  public static Result read(Path data) throws IOException {
    Path root = Files.isDirectory(data.resolve("intra_cross-doc_annotation")) ? data.resolve("intra_cross-doc_annotation") : data;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(data + ": no MEANTIME .xml files below it");
    }
    List<MeantimeDocument> docs = new ArrayList<>();
    int[] skipped = {0};
    for (Path f : files) {
      docs.add(readFile(f, skipped));
    }
    return new Result(docs, skipped[0]);
  }

  static MeantimeDocument readFile(Path file, int[] skipped) throws IOException {
    Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = f.newDocumentBuilder().parse(in);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(file + ": not MEANTIME XML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String docId = root.getAttribute("doc_id").isEmpty() ? file.getFileName().toString() : root.getAttribute("doc_id");
    Map<String, int[]> tokenAt = new HashMap<>(); // t_id -> {sentence, index}
    Map<Integer, List<String>> sentences = new LinkedHashMap<>();
    NodeList tokens = root.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int sentence = parseInt(t.getAttribute("sentence"), file, "sentence");
      List<String> s = sentences.computeIfAbsent(sentence, k -> new ArrayList<>());
      tokenAt.put(t.getAttribute("t_id"), new int[] {sentence, s.size()});
      s.add(t.getTextContent());
    }
    Map<String, Element> entities = new HashMap<>();
    for (Element e : children(root, "ENTITY")) {
      entities.put(e.getAttribute("m_id"), e);
    }
    Map<String, String> refersTo = new HashMap<>();
    for (Element r : children(root, "REFERS_TO")) {
      NodeList targets = r.getElementsByTagName("target");
      if (targets.getLength() == 0) {
        continue;
      }
      String target = ((Element) targets.item(0)).getAttribute("m_id");
      if (!entities.containsKey(target)) {
        continue;
      }
      NodeList sources = r.getElementsByTagName("source");
      for (int i = 0; i < sources.getLength(); i++) {
        refersTo.putIfAbsent(((Element) sources.item(i)).getAttribute("m_id"), target);
      }
    }
    List<Integer> order = new ArrayList<>(sentences.keySet());
    List<MeantimeDocument.GoldMention> mentions = new ArrayList<>();
    for (Element m : children(root, "ENTITY_MENTION")) {
      String id = m.getAttribute("m_id");
      String target = refersTo.get(id);
      NodeList anchors = m.getElementsByTagName("token_anchor");
      int[] first = null;
      int[] last = null;
      boolean ok = target != null && anchors.getLength() > 0;
      for (int i = 0; ok && i < anchors.getLength(); i++) {
        int[] at = tokenAt.get(((Element) anchors.item(i)).getAttribute("t_id"));
        if (at == null || (last != null && (at[0] != last[0] || at[1] != last[1] + 1))) {
          ok = false;
        } else {
          if (first == null) {
            first = at;
          }
          last = at;
        }
      }
      if (!ok) {
        skipped[0]++;
        continue;
      }
      Element e = entities.get(target);
      String instance = e.getAttribute("instance_id").isEmpty() ? docId + "#" + target : e.getAttribute("instance_id");
      mentions.add(new MeantimeDocument.GoldMention(id, order.indexOf(first[0]), first[1], last[1] + 1,
          m.getAttribute("syntactic_type"), e.getAttribute("ent_type"), instance));
    }
    List<List<String>> byIndex = new ArrayList<>(sentences.values());
    return new MeantimeDocument(docId, file.toString(), byIndex, mentions);
  }

  private static List<Element> children(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList list = root.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      Node n = list.item(i);
      out.add((Element) n);
    }
    return out;
  }

  private static int parseInt(String s, Path file, String what) throws IOException {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IOException(file + ": token attribute " + what + " is not a number: '" + s + "'", e);
    }
  }
}
