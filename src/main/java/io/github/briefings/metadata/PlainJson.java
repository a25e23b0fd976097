package io.github.briefings.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes plain values as JSON with Jackson's streaming generator: maps (their keys as text, in
 * their own order), lists, text, whole numbers, booleans and null. The build's JSON (JSON-LD, the
 * build report) is made of nothing else, so it needs no object mapper, whose hundreds of classes a
 * build would load and compile for a few small documents.
 */
public final class PlainJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private PlainJson() {}

  /** {@code value} as compact JSON, each character {@code escapes} names escaped. */
  public static String compact(Object value, CharacterEscapes escapes) {
    return written(value, g -> g.setCharacterEscapes(escapes));
  }

  /** {@code value} as JSON indented by Jackson's default pretty printer. */
  public static String pretty(Object value) {
    return written(value, JsonGenerator::useDefaultPrettyPrinter);
  }

  private static String written(Object value, Consumer<JsonGenerator> setUp) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      setUp.accept(g);
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof String text) {
      g.writeString(text);
    } else if (value instanceof Integer number) {
      g.writeNumber(number);
    } else if (value instanceof Long number) {
      g.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      g.writeBoolean(flag);
    } else {
      throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }
  }
}
