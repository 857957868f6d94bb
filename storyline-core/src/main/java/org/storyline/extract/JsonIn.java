package org.storyline.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.storyline.model.Span;

/**
 * The typed reads of the extraction codec over a streaming parser.
 *
 * <p>Contract of every read method here and in the codec's {@code read} methods: on entry the
 * parser's current token is the first token of the value to read; on return it is the value's
 * last token. Errors are {@link IllegalArgumentException}s naming the field and what was expected;
 * {@link ExtractionCodec} adds the byte offset.
 */
final class JsonIn {

  /** Reads one value whose first token is current. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }

  private final JsonParser parser;

  JsonIn(JsonParser parser) {
    this.parser = parser;
  }

  /** Checks that an object starts here; {@code what} names it in errors ("a mention"). */
  void startObject(String what) throws IOException {
    expect(JsonToken.START_OBJECT, what);
  }

  /**
   * Moves to the next field of the current object and onto its value; returns the field's name, or
   * null at the end of the object.
   */
  String nextField() throws IOException {
    if (parser.nextToken() == JsonToken.END_OBJECT) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /** Skips the current value, an object or array whole; on return its last token is current. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /** Moves to the next token; null at the end of the input. */
  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  int integer(String field) throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, field);
    return parser.getIntValue();
  }

  /** A number written as an integer or a decimal, read exactly as it was written. */
  double number(String field) throws IOException {
    expectEither(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT, "a number", field);
    return parser.getDoubleValue();
  }

  String text(String field) throws IOException {
    expect(JsonToken.VALUE_STRING, field);
    return parser.getText();
  }

  boolean bool(String field) throws IOException {
    expectEither(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE, "true or false", field);
    return parser.currentToken() == JsonToken.VALUE_TRUE;
  }

  /** A constant by its name, e.g. {@code constant(Modality::valueOf, "modality")}. */
  <E extends Enum<E>> E constant(Function<String, E> valueOf, String field) throws IOException {
    String name = text(field);
    try {
      return valueOf.apply(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + field + " \"" + name + "\"");
    }
  }

  LocalDate date(String field) throws IOException {
    String iso = text(field);
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("\"" + field + "\" is not an ISO date: \"" + iso + "\"");
    }
  }

  /** A span written as {@code [start,end]}. */
  Span span(String field) throws IOException {
    expect(JsonToken.START_ARRAY, field);
    parser.nextToken();
    int start = integer(field);
    parser.nextToken();
    int end = integer(field);
    if (parser.nextToken() != JsonToken.END_ARRAY) {
      throw expected("[start,end]", field);
    }
    return new Span(start, end);
  }

  <T> List<T> list(Reader<T> element, String field) throws IOException {
    expect(JsonToken.START_ARRAY, field);
    List<T> out = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read(this));
    }
    return out;
  }

  List<Span> spans(String field) throws IOException {
    return list(in -> in.span(field), field);
  }

  List<String> texts(String field) throws IOException {
    return list(in -> in.text(field), field);
  }

  /** {@code value}, which a {@code what} must have: e.g. {@code required(span, "span", "a mention")}. */
  static <T> T required(T value, String field, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " has no \"" + field + "\"");
    }
    return value;
  }

  static IllegalArgumentException unknownField(String field, String what) {
    return new IllegalArgumentException("unknown field \"" + field + "\" in " + what);
  }

  /** Where the current token starts, in bytes from the start of the input; where reading stopped if there is none. */
  long byteOffset() {
    return (parser.currentToken() == null ? parser.currentLocation() : parser.currentTokenLocation()).getByteOffset();
  }

  private void expect(JsonToken token, String field) {
    if (parser.currentToken() != token) {
      throw expected(describe(token), field);
    }
  }

  private void expectEither(JsonToken one, JsonToken other, String expected, String field) {
    if (parser.currentToken() != one && parser.currentToken() != other) {
      throw expected(expected, field);
    }
  }

  private IllegalArgumentException expected(String expected, String field) {
    JsonToken found = parser.currentToken();
    String was = found == null ? "the end of the input" : describe(found);
    return new IllegalArgumentException("\"" + field + "\" should be " + expected + " but is " + was);
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }
}
