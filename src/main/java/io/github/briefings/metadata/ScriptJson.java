package io.github.briefings.metadata;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Serialises a value to JSON that is safe inside an HTML {@code <script>} element: {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 are written as JSON's six-character Unicode escapes
 * (backslash, {@code u}, four hex digits), so no value can close the script.
 */
public final class ScriptJson {

  /** The escapes, made once: they hold no state but their table. */
  private static final HtmlSafeEscapes ESCAPES = new HtmlSafeEscapes();

  private ScriptJson() {}

  /** Escapes the characters that matter to an HTML parser, on top of JSON's own. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }

  /**
   * The value as compact JSON, escaped for a {@code <script type="application/ld+json">} element.
   */
  public static String write(Object value) {
    return PlainJson.compact(value, ESCAPES);
  }
}
