package org.storyline.extract.time;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.storyline.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A document in the CAT XML of NewsReader (MEANTIME, SemEval-2015 Task 4): its tokens, numbered
 * and grouped in sentences, read back as one text our extractors can take, with each token's span
 * in it.
 *
 * <p>The text is the tokens in {@code t_id} order, one space apart, a blank line between sentences
 * (so that our sentence splitter ends a sentence where the corpus does). Example: tokens
 * {@code Apple(s0) launches(s0) June(s1)} give {@code "Apple launches\n\nJune"}.
 *
 * @param id the {@code doc_id} of the Document element ("12315")
 * @param name the {@code doc_name} ("12315-Apple_launches_3G"), or the id when absent
 * @param created the creation time (TIMEX3 {@code functionInDocument="CREATION_TIME"}), when it is a day
 * @param tokens the tokens in {@code t_id} order
 * @param text the tokens as text; every token's span indexes it
 */
public record CatDocument(String id, String name, Optional<LocalDate> created, List<Token> tokens, String text) {

  /**
   * One token of the document.
   *
   * @param id its {@code t_id}
   * @param sentence its {@code sentence} number, from 0 as the corpus counts
   * @param text the token as written
   * @param span where it stands in the document's text
   */
  public record Token(int id, int sentence, String text, Span span) {
    public Token {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
      if (span.length() != text.length()) {
        throw new IllegalArgumentException("token '" + text + "' does not fit its span " + span);
      }
    }
  }

  public CatDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(text, "text");
  }

  /**
   * Reads a CAT document.
   *
   * @param xml the file's bytes
   * @param origin what to name in errors (the file)
   * @throws CatException naming {@code origin} and the element when the file is not CAT XML: not
   *     well-formed, no Document element or doc_id, a token without a numeric t_id or sentence, two
   *     tokens with one t_id, an empty token, or sentence numbers going down in t_id order
   */
  public static CatDocument parse(byte[] xml, String origin) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(origin, "origin");
    Element root = root(xml, origin);
    if (!root.getTagName().equals("Document")) {
      throw new CatException(origin, root.getTagName(), "expected the root element Document");
    }
    String id = root.getAttribute("doc_id").strip();
    if (id.isEmpty()) {
      throw new CatException(origin, "Document", "no doc_id");
    }
    String name = root.getAttribute("doc_name").strip();
    List<RawToken> raw = rawTokens(root, origin);
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>(raw.size());
    RawToken previous = null;
    for (RawToken t : raw) {
      if (previous != null) {
        if (t.id == previous.id) {
          throw new CatException(origin, "token t_id=" + t.id, "t_id used twice");
        }
        if (t.sentence < previous.sentence) {
          throw new CatException(origin, "token t_id=" + t.id, "sentence " + t.sentence + " after sentence " + previous.sentence);
        }
        text.append(t.sentence == previous.sentence ? " " : "\n\n");
      }
      int start = text.length();
      text.append(t.text);
      tokens.add(new Token(t.id, t.sentence, t.text, Span.of(start, text.length())));
      previous = t;
    }
    return new CatDocument(id, name.isEmpty() ? id : name, created(root), tokens, text.toString());
  }

  /** The token whose span holds {@code offset} of the text, if any (none on the spaces between tokens). */
  public Optional<Token> tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = tokens.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(tokens.get(mid));
      }
    }
    return Optional.empty();
  }

  private record RawToken(int id, int sentence, String text) {}

  private static List<RawToken> rawTokens(Element root, String origin) {
    NodeList list = root.getElementsByTagName("token");
    List<RawToken> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      String element = "token " + (i + 1) + " (t_id=" + e.getAttribute("t_id") + ")";
      int id = number(e, "t_id", origin, element);
      int sentence = number(e, "sentence", origin, element);
      // a token is one word of the corpus: white space inside it would split it in our text
      String text = e.getTextContent().strip().replaceAll("\\s+", "_");
      if (text.isEmpty()) {
        throw new CatException(origin, element, "empty token");
      }
      out.add(new RawToken(id, sentence, text));
    }
    out.sort((a, b) -> Integer.compare(a.id, b.id));
    return out;
  }

  private static int number(Element e, String attribute, String origin, String element) {
    String v = e.getAttribute(attribute).strip();
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new CatException(origin, element, attribute + " is negative: " + v);
      }
      return n;
    } catch (NumberFormatException x) {
      throw new CatException(origin, element, attribute + " is not a number: '" + v + "'");
    }
  }

  private static Optional<LocalDate> created(Element root) {
    NodeList list = root.getElementsByTagName("TIMEX3");
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      if (t.getAttribute("functionInDocument").equals("CREATION_TIME")) {
        String v = t.getAttribute("value").strip();
        try {
          return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
          return Optional.empty(); // a creation time that is not a day: the document is dated by nothing
        }
      }
    }
    return Optional.empty();
  }

  private static Element root(byte[] xml, String origin) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors are thrown, not also printed
      Document doc = builder.parse(new ByteArrayInputStream(xml));
      return doc.getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new CatException(origin, "Document", "not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }
}
