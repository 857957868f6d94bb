package org.storyline.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.storyline.model.Span;

/** The typed writes of the extraction codec over a streaming generator: the forms {@link JsonIn} reads. */
final class JsonOut {

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonOut out, T value) throws IOException;
  }

  /** Doubles up to this magnitude that are whole are written as integers: {@code 250000000}, not {@code 2.5E8}. */
  private static final double LARGEST_WHOLE = 1L << 53;

  private final JsonGenerator generator;

  JsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  void startObject() throws IOException {
    generator.writeStartObject();
  }

  void endObject() throws IOException {
    generator.writeEndObject();
  }

  /** {@code value} as an object, by {@code writer}; nothing when it is null. */
  <T> void object(String name, T value, Writer<T> writer) throws IOException {
    if (value != null) {
      generator.writeFieldName(name);
      writer.write(this, value);
    }
  }

  void integer(String name, int value) throws IOException {
    generator.writeNumberField(name, value);
  }

  /**
   * Written so that it reads back as the same double: whole values as integers (what an analyst
   * expects to see), others in Java's shortest round-tripping decimal form. Negative zero is not
   * whole here, as {@code 0} would read back as positive zero.
   */
  void number(String name, double value) throws IOException {
    generator.writeFieldName(name);
    boolean whole = value == Math.rint(value) && Math.abs(value) <= LARGEST_WHOLE
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
    if (whole) {
      generator.writeNumber((long) value);
    } else {
      generator.writeNumber(value);
    }
  }

  void text(String name, String value) throws IOException {
    generator.writeStringField(name, value);
  }

  /** Nothing when {@code value} is null: absent values are left out. */
  void optionalText(String name, String value) throws IOException {
    if (value != null) {
      generator.writeStringField(name, value);
    }
  }

  void bool(String name, boolean value) throws IOException {
    generator.writeBooleanField(name, value);
  }

  void constant(String name, Enum<?> value) throws IOException {
    generator.writeStringField(name, value.name());
  }

  /** {@code [start,end]}; nothing when {@code span} is null. */
  void span(String name, Span span) throws IOException {
    if (span != null) {
      generator.writeFieldName(name);
      spanValue(span);
    }
  }

  <T> void list(String name, List<T> values, Writer<T> element) throws IOException {
    generator.writeFieldName(name);
    generator.writeStartArray();
    for (T v : values) {
      element.write(this, v);
    }
    generator.writeEndArray();
  }

  void spans(String name, List<Span> spans) throws IOException {
    list(name, spans, (out, s) -> out.spanValue(s));
  }

  void texts(String name, List<String> texts) throws IOException {
    list(name, texts, (out, s) -> out.generator.writeString(s));
  }

  private void spanValue(Span span) throws IOException {
    generator.writeStartArray();
    generator.writeNumber(span.start());
    generator.writeNumber(span.end());
    generator.writeEndArray();
  }
}
