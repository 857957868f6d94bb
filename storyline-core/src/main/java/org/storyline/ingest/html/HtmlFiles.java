package org.storyline.ingest.html;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one {@code .html} or {@code .html.gz} file as text, for tools that extract single pages
 * outside the ingest stage: UTF-8 when the bytes are UTF-8, else the charset the page declares,
 * else windows-1252. Each failure is an {@link IOException} whose message is one line saying what
 * is wrong ({@code "truncated gzip data"}, {@code "binary content, not HTML"}, {@code "no HTML
 * markup"}, {@code "empty file"}).
 */
public final class HtmlFiles {

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)");
  private static final Pattern MARKUP = Pattern.compile("(?i)<(?:!doctype|html|head|body|p|div|meta|title)\\b");

  private HtmlFiles() {}

  public static String read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream raw = Files.newInputStream(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(raw, 64 * 1024)) {
          bytes = in.readAllBytes();
        } catch (EOFException e) {
          throw new IOException("truncated gzip data (unexpected end of the compressed stream)");
        } catch (ZipException e) {
          throw new IOException("not gzip data or corrupt gzip data (" + e.getMessage() + ")");
        }
      } else {
        bytes = raw.readAllBytes();
      }
    } catch (NoSuchFileException e) {
      throw new IOException("no such file");
    }
    return decode(bytes);
  }

  /** The text of an HTML page's bytes; see the class comment. */
  public static String decode(byte[] bytes) throws IOException {
    if (bytes.length == 0) {
      throw new IOException("empty file");
    }
    int sniff = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < sniff; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new IOException("binary content (NUL byte at offset " + i + "), not HTML");
      }
      controls += (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') ? 1 : 0;
    }
    if (controls * 10 > sniff) {
      throw new IOException("binary content, not HTML");
    }
    String text = utf8(bytes);
    if (text == null) {
      text = new String(bytes, declared(bytes));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!MARKUP.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find()) {
      throw new IOException("no HTML markup, not an HTML page");
    }
    return text;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset charset = Charset.forName(m.group(1));
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.ISO_8859_1)
            && !charset.name().equals("US-ASCII")) {
          return charset;
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // not a charset Java knows: the default below
      }
    }
    return Charset.forName("windows-1252");
  }
}
