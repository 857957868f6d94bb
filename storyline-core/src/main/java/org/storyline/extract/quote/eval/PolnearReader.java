package org.storyline.extract.quote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyline.model.Span;

/**
 * Reads a folder in PolNeAR's layout: {@code text/NAME.txt} and brat standoff files
 * {@code attributions/NAME_ANNOTATOR.ann}. When an article has several annotators' files, the
 * alphabetically first is read.
 *
 * <p>Brat lines: {@code T<TAB>Type start end[;start end...]<TAB>text} for text-bound
 * annotations (Source, Cue, Content, Attribution, ...), {@code E<TAB>Attribution:T4 Content:T3
 * Cue:T2 Source:T1} tying them together. An E line without Content is skipped; other lines
 * ({@code A}, {@code R}, {@code #}) are ignored, and so is a line that does not open with an
 * annotation id: the rest of a T line whose text runs over a line break. A malformed T or E line is
 * an error naming the file and line.
 */
public final class PolnearReader {

  private PolnearReader() {}

  public static List<PolnearDocument> read(Path folder) throws IOException {
    Path texts = folder.resolve("text");
    Path anns = folder.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(folder + ": expected the folders text/ and attributions/ of PolNeAR's layout");
    }
    List<Path> annFiles;
    try (Stream<Path> s = Files.list(anns)) {
      annFiles = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<PolnearDocument> docs = new ArrayList<>();
    try (Stream<Path> s = Files.list(texts)) {
      for (Path txt : s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path ann = annFiles.stream().filter(a -> annotates(a, name)).findFirst().orElse(null);
        if (ann != null) {
          String text = Files.readString(txt, StandardCharsets.UTF_8);
          docs.add(new PolnearDocument(name, text, ann, parse(ann, text)));
        }
      }
    }
    return docs;
  }

  private static boolean annotates(Path ann, String name) {
    String file = ann.getFileName().toString();
    return file.startsWith(name + "_") && file.indexOf('_', name.length() + 1) < 0 || file.equals(name + ".ann");
  }

  /** Parses one {@code .ann} file against its text. */
  public static List<GoldAttribution> parse(Path ann, String text) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      try {
        if (!line.matches("^[A-Z#]\\d*\t.*")) {
          continue; // the rest of a T line whose text holds a line break: the text is not used
        }
        if (line.startsWith("T")) {
          String[] cols = line.split("\t");
          String[] typeAndSpans = cols[1].split(" ", 2);
          spans.put(cols[0], spans(typeAndSpans[1], text.length()));
        } else if (line.startsWith("E")) {
          events.add(line.split("\t")[1].trim().split(" "));
        }
      } catch (RuntimeException e) {
        throw new IOException(ann + ":" + (i + 1) + ": expected 'T<TAB>Type start end<TAB>text' or "
            + "'E<TAB>Role:T...' but found '" + line + "' (" + e.getMessage() + ")", e);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] event : events) {
      Map<String, List<Span>> roles = new HashMap<>();
      for (String arg : event) {
        int colon = arg.indexOf(':');
        if (colon > 0 && spans.containsKey(arg.substring(colon + 1))) {
          roles.put(arg.substring(0, colon), spans.get(arg.substring(colon + 1)));
        }
      }
      List<Span> content = roles.get("Content");
      if (content == null) {
        continue;
      }
      List<Span> source = roles.getOrDefault("Source", List.of());
      StringBuilder sourceText = new StringBuilder();
      source.forEach(s -> sourceText.append(sourceText.length() > 0 ? " " : "").append(s.of(text)));
      out.add(new GoldAttribution(content, source, roles.getOrDefault("Cue", List.of()), sourceText.toString()));
    }
    return out;
  }

  private static List<Span> spans(String ranges, int textLength) {
    List<Span> out = new ArrayList<>();
    for (String range : ranges.split(";")) {
      String[] ends = range.trim().split(" ");
      Span s = Span.of(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
      if (s.end() > textLength) {
        throw new IllegalArgumentException("span " + s + " is past the end of the text (" + textLength + " chars)");
      }
      out.add(s);
    }
    out.sort(null);
    return out;
  }
}
