package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.util.Optional;

/**
 * A briefing file split into its YAML front matter and its Markdown body, remembering on which line
 * of the file each starts.
 *
 * @param yaml the text between the {@code ---} lines
 * @param yamlLine the 1-based line of the file where {@code yaml} starts
 * @param body the Markdown after the closing {@code ---}
 * @param bodyLine the 1-based line of the file where {@code body} starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

  /**
   * Splits {@code text}; reports a missing or unclosed front matter at line 1 and returns empty.
   */
  public static Optional<FrontMatter> split(String text, String path, Problems problems) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    int firstEnd = lineEnd(t, 0);
    if (!isFence(t, 0, firstEnd, false)) {
      problems.error(
          path,
          1,
          1,
          "missing front matter: start the file with a line '---', then the fields "
              + "(title, summary, date, author, countries, topics), then a line '---'");
      return Optional.empty();
    }
    int pos = next(t, firstEnd);
    int line = 2;
    while (pos < t.length()) {
      int end = lineEnd(t, pos);
      if (isFence(t, pos, end, true)) {
        String yaml = t.substring(next(t, firstEnd), pos);
        int bodyStart = next(t, end);
        return Optional.of(new FrontMatter(yaml, 2, t.substring(bodyStart), line + 1));
      }
      pos = next(t, end);
      line++;
    }
    problems.error(path, 1, 1, "unclosed front matter: add a line '---' after the last field");
    return Optional.empty();
  }

  private static int lineEnd(String t, int from) {
    int nl = t.indexOf('\n', from);
    return nl < 0 ? t.length() : nl;
  }

  private static int next(String t, int lineEnd) {
    return Math.min(lineEnd + 1, t.length());
  }

  private static boolean isFence(String t, int start, int end, boolean closing) {
    String line = t.substring(start, end).stripTrailing();
    return line.equals("---") || (closing && line.equals("..."));
  }
}
