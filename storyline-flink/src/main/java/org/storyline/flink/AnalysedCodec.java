package org.storyline.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.Extraction;
import org.storyline.extract.ExtractionCodec;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/**
 * {@link Analysed} as bytes, the form it crosses the network in between the parallel per-article
 * stage and the stateful one, and is kept in Flink's state while its batch fills: the article
 * field by field, its extraction as the store keeps it ({@link ExtractionCodec}). Flink's own
 * serializers would need the model to be POJOs or fall back to Kryo, which cannot make immutable
 * lists.
 *
 * <p>Contract: {@code decode(encode(a)).equals(a)}.
 */
final class AnalysedCodec {

  private static final int VERSION = 1;

  private AnalysedCodec() {}

  static byte[] encode(Analysed a) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(a.partition());
      out.writeLong(a.offset());
      out.writeInt(a.problems().size());
      for (Problem p : a.problems()) {
        writeOrigin(out, p.origin());
        out.writeByte(p.severity().ordinal());
        writeString(out, p.reason());
      }
      out.writeBoolean(a.extraction().isPresent());
      if (a.extraction().isPresent()) {
        Extraction x = a.extraction().get();
        writeArticle(out, x.article());
        byte[] json = ExtractionCodec.encode(x);
        out.writeInt(json.length);
        out.write(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if {@code bytes} were not written by {@link #encode} of this version
   */
  static Analysed decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("an analysed article of format " + version + ", not " + VERSION);
      }
      int partition = in.readInt();
      long offset = in.readLong();
      int n = in.readInt();
      List<Problem> problems = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        problems.add(new Problem(readOrigin(in), Problem.Severity.values()[in.readByte()], readString(in)));
      }
      Optional<Extraction> extraction = Optional.empty();
      if (in.readBoolean()) {
        Article article = readArticle(in);
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        extraction = Optional.of(ExtractionCodec.decode(article, json));
      }
      return new Analysed(partition, offset, extraction, problems);
    } catch (IOException e) {
      throw new IllegalArgumentException("a truncated analysed article (" + bytes.length + " bytes): " + e, e);
    }
  }

  private static void writeArticle(DataOutputStream out, Article a) throws IOException {
    out.writeLong(a.id().bits());
    writeOrigin(out, a.origin());
    out.writeByte(a.format().ordinal());
    writeNullable(out, a.title());
    out.writeBoolean(a.published() != null);
    if (a.published() != null) {
      out.writeLong(a.published().date().toEpochDay());
      out.writeByte(a.published().source().ordinal());
      out.writeDouble(a.published().confidence());
    }
    writeNullable(out, a.outlet());
    writeNullable(out, a.url());
    writeString(out, a.text());
    Layout l = a.layout();
    writeSpan(out, l.headline());
    writeSpan(out, l.dateline());
    writeSpan(out, l.byline());
    out.writeInt(l.paragraphs().size());
    for (Span p : l.paragraphs()) {
      writeSpan(out, p);
    }
    writeString(out, a.source());
    int[] runs = a.sourceMap().toArray();
    out.writeInt(runs.length);
    for (int r : runs) {
      out.writeInt(r);
    }
    out.writeInt(a.sourceMap().derivedLength());
    out.writeInt(a.sourceMap().sourceLength());
    out.writeInt(a.removed().size());
    for (Removal r : a.removed()) {
      writeSpan(out, r.source());
      out.writeByte(r.reason().ordinal());
    }
  }

  private static Article readArticle(DataInputStream in) throws IOException {
    ArticleId id = ArticleId.ofBits(in.readLong());
    Origin origin = readOrigin(in);
    SourceFormat format = SourceFormat.values()[in.readByte()];
    String title = readNullable(in);
    PublicationDate published = in.readBoolean()
        ? new PublicationDate(LocalDate.ofEpochDay(in.readLong()), DateSource.values()[in.readByte()], in.readDouble())
        : null;
    String outlet = readNullable(in);
    String url = readNullable(in);
    String text = readString(in);
    Span headline = readSpan(in);
    Span dateline = readSpan(in);
    Span byline = readSpan(in);
    int n = in.readInt();
    List<Span> paragraphs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      paragraphs.add(readSpan(in));
    }
    String source = readString(in);
    int[] runs = new int[in.readInt()];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = in.readInt();
    }
    OffsetMap map = OffsetMap.fromArray(runs, in.readInt(), in.readInt());
    int removals = in.readInt();
    List<Removal> removed = new ArrayList<>(removals);
    for (int i = 0; i < removals; i++) {
      removed.add(new Removal(readSpan(in), RemovalReason.values()[in.readByte()]));
    }
    return new Article(id, origin, format, title, published, outlet, url, text, new Layout(headline, dateline, byline, paragraphs),
        source, map, removed);
  }

  private static void writeOrigin(DataOutputStream out, Origin o) throws IOException {
    writeString(out, o.file());
    out.writeLong(o.record());
  }

  private static Origin readOrigin(DataInputStream in) throws IOException {
    return new Origin(readString(in), in.readLong());
  }

  private static void writeSpan(DataOutputStream out, Span s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeInt(s.start());
      out.writeInt(s.end());
    }
  }

  private static Span readSpan(DataInputStream in) throws IOException {
    return in.readBoolean() ? new Span(in.readInt(), in.readInt()) : null;
  }

  /** Length and UTF-8 bytes: {@code writeUTF} stops at 64 KB, and articles are longer. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(out, s);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }
}
