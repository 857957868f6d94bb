package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** The server's JSON: dates as ISO days, empty optionals as null. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /**
   * JSON that can stand inside a {@code <script type="application/json">} block: {@code <}, {@code >},
   * {@code &} and the line separators are written as {@code \\u} escapes, so no text of an article
   * can close the block ({@code </script>}) or open a comment.
   */
  private static final ObjectMapper SCRIPT_SAFE = MAPPER.copy();

  static {
    SCRIPT_SAFE.getFactory().setCharacterEscapes(new ScriptEscapes());
  }

  private Json() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as JSON for a script block of type application/json (see {@link #SCRIPT_SAFE}). */
  static ScriptJson forPage(Object value) {
    try {
      return new ScriptJson(SCRIPT_SAFE.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON made by {@link #forPage}; the one text a template writes unescaped. */
  record ScriptJson(String text) {}

  private static final class ScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptEscapes() {
      for (char c : new char[] {'<', '>', '&', '\'', '/'}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
