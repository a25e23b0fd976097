package io.github.briefings.content;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error said in a writer's words where its cause is a writer's mistake: a tab
 * SnakeYAML stopped at, a colon inside curly quotes ({@code title: “Paris: la grève”}); otherwise
 * SnakeYAML's own words. Located by SnakeYAML's mark, in the file's lines.
 */
final class YamlSyntaxError {

  private YamlSyntaxError() {}

  /**
   * The error to report for {@code e}, thrown while reading {@code yaml}, at its line and column in
   * the file (column 0 when SnakeYAML gave no mark).
   *
   * @param firstLine the 1-based line of the file where {@code yaml} starts
   * @param whatItIs "front matter" or "site settings"
   */
  static Located<String> explain(
      MarkedYamlEngineException e, String yaml, int firstLine, String whatItIs) {
    Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
    if (mark == null) {
      return new Located<>(snakeYamlWords(e, whatItIs), firstLine, 0);
    }
    int line = mark.getLine() + firstLine;
    String text = lineOf(yaml, mark.getLine());
    int at = charIndex(text, mark.getColumn());
    char stoppedAt = at < text.length() ? text.charAt(at) : '\n';
    if (stoppedAt == '\t') {
      boolean indentation = text.substring(0, at).isBlank();
      return new Located<>(
          indentation
              ? "tab used for indentation in " + whatItIs + ": indent with spaces, not tabs"
              : "tab in " + whatItIs + ": YAML allows only spaces here; use a space, not a tab",
          line,
          mark.getColumn() + 1);
    }
    int opener = stoppedAt == ':' ? CurlyQuotes.lastOpenerBefore(text, at) : -1;
    if (opener >= 0) {
      return new Located<>(
          "the ':' inside curly quotes breaks this line of "
              + whatItIs
              + ": "
              + "YAML does not take “…” for quotes; put the value in straight quotes \"…\"",
          line,
          text.codePointCount(0, opener) + 1);
    }
    return new Located<>(snakeYamlWords(e, whatItIs), line, mark.getColumn() + 1);
  }

  private static String snakeYamlWords(MarkedYamlEngineException e, String whatItIs) {
    String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return "malformed YAML in "
        + whatItIs
        + ": "
        + firstLineOf(what)
        + context
        + "; check indentation, quotes and colons";
  }

  /** Line {@code index} (0-based) of {@code text}, without its line break; empty past the end. */
  private static String lineOf(String text, int index) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    return index < lines.length ? lines[index] : "";
  }

  /** The char index in {@code line} of the code point at {@code column} (0-based). */
  private static int charIndex(String line, int column) {
    int codePoints = line.codePointCount(0, line.length());
    return column >= codePoints ? line.length() : line.offsetByCodePoints(0, column);
  }

  static String firstLineOf(String text) {
    if (text == null) {
      return "syntax error";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }
}
