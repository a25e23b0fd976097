package io.github.briefings.content;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A word processor's quotation marks (“…”, ‘…’, „…“), which a writer types where YAML wants
 * straight quotes: YAML reads them as text, so they would be published around the headline. French
 * guillemets (« … ») are a headline style of their own and are not among them.
 */
final class CurlyQuotes {

  /** What to do, in the writer's words. */
  static final String ADVICE =
      "use straight quotes \"…\" around a value; the curly ones are published as text";

  /** Opening and closing marks, as word processors pair them (English, German, Polish). */
  private static final List<String> PAIRS = List.of("“”", "‘’", "„“", "„”", "‚‘", "‚’");

  /** The marks that open a quotation; ’ is left out, being also the apostrophe. */
  private static final String OPENERS = "“‘„‚";

  private CurlyQuotes() {}

  /**
   * Warns when {@code node}, a plain (unquoted) value or a list of them, is wholly inside curly
   * quotes: {@code title: “Grève des dockers”}. A value in straight quotes that holds curly ones is
   * left alone.
   */
  static void warn(YamlSource source, String key, Node node) {
    if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> warn(source, key, item));
    } else if (node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == ScalarStyle.PLAIN
        && wrap(scalar.getValue().strip())) {
      source.warning(node, "'" + key + "' is in curly quotes: " + ADVICE);
    }
  }

  /**
   * Whether {@code text} starts with an opening curly quote and ends with its closing one, with no
   * other closing quote in between ({@code “Oui”, dit-il, “non”} is two quotations, not one).
   */
  static boolean wrap(String text) {
    if (text.length() < 2) {
      return false;
    }
    String inner = text.substring(1, text.length() - 1);
    for (String pair : PAIRS) {
      char close = pair.charAt(1);
      if (text.charAt(0) == pair.charAt(0)
          && text.charAt(text.length() - 1) == close
          && (close == '’' || inner.indexOf(close) < 0)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the last opening curly quote in {@code line} before {@code end}, or -1. */
  static int lastOpenerBefore(String line, int end) {
    for (int i = Math.min(end, line.length()) - 1; i >= 0; i--) {
      if (OPENERS.indexOf(line.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
