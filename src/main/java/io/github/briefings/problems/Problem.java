package io.github.briefings.problems;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, located in a file, printed as {@code path:line:col: error:
 * message}.
 *
 * @param path the file, relative to the project directory, with forward slashes
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param severity error or warning
 * @param message what is wrong and what to do
 */
public record Problem(String path, int line, int column, Severity severity, String message) {

  /** Problems in the order they are printed: by file, line, column, then message. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(String path, int line, int column, String message) {
    return new Problem(path, line, column, Severity.ERROR, message);
  }

  public static Problem warning(String path, int line, int column, String message) {
    return new Problem(path, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The problem as one line: {@code content/x.md:7:12: error: message}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(severity.label()).append(": ").append(message).toString();
  }
}
