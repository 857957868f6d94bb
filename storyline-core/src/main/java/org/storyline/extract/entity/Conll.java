package org.storyline.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes CoNLL files: one token a line with space- or tab-separated columns, a blank
 * line after each sentence, a {@code -DOCSTART-} row (followed by a blank line) opening each
 * document. Writing what was read gives the same rows in the same order, documents and sentences
 * kept; runs of blank lines become one.
 */
public final class Conll {

  private Conll() {}

  public static List<ConllDocument> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads CoNLL text; every row of a file must have the same number of columns.
   *
   * @param name the file's name, for error messages
   * @throws IllegalArgumentException naming the file and line of a row whose column count differs
   */
  public static List<ConllDocument> read(Reader in, String name) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<ConllDocument> docs = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<ConllToken> rows = new ArrayList<>();
    ConllToken docstart = null;
    int columns = -1;
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        endSentence(rows, sentences);
        continue;
      }
      List<String> cols = Arrays.asList(trimmed.split("[ \t]+"));
      if (columns < 0) {
        columns = cols.size();
      } else if (cols.size() != columns) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + columns + " columns, found " + cols.size());
      }
      ConllToken row = new ConllToken(cols);
      if (row.word().equals(ConllDocument.DOCSTART)) {
        endSentence(rows, sentences);
        if (docstart != null || !sentences.isEmpty()) {
          docs.add(new ConllDocument(docstart, sentences));
        }
        sentences = new ArrayList<>();
        docstart = row;
      } else {
        rows.add(row);
      }
    }
    endSentence(rows, sentences);
    if (docstart != null || !sentences.isEmpty()) {
      docs.add(new ConllDocument(docstart, sentences));
    }
    return docs;
  }

  private static void endSentence(List<ConllToken> rows, List<ConllSentence> sentences) {
    if (!rows.isEmpty()) {
      sentences.add(new ConllSentence(rows));
      rows.clear();
    }
  }

  /** Writes documents, columns separated by one space. */
  public static void write(List<ConllDocument> docs, Writer out) throws IOException {
    for (ConllDocument doc : docs) {
      if (doc.docstart() != null) {
        writeRow(doc.docstart(), out);
        out.write('\n');
      }
      for (ConllSentence s : doc.sentences()) {
        for (ConllToken t : s.tokens()) {
          writeRow(t, out);
        }
        out.write('\n');
      }
    }
  }

  public static void write(List<ConllDocument> docs, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(docs, out);
    }
  }

  private static void writeRow(ConllToken t, Writer out) throws IOException {
    out.write(String.join(" ", t.columns()));
    out.write('\n');
  }
}
