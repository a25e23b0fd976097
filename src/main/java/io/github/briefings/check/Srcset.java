package io.github.briefings.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a {@code srcset} attribute into its candidates, the HTML way (commas inside a URL are
 * kept).
 */
final class Srcset {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WIDTH = Pattern.compile("[0-9]+w");
  private static final Pattern DENSITY =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?x");
  private static final Pattern HEIGHT = Pattern.compile("[0-9]+h");

  /**
   * One image candidate.
   *
   * @param url the URL
   * @param descriptor what follows it ({@code 2x}, {@code 480w}), or {@code ""}
   * @param text the whole candidate as written, for messages
   */
  record Candidate(String url, String descriptor, String text) {

    /** Whether the descriptor is empty, a width ({@code 480w}) or a density ({@code 1.5x}). */
    boolean validDescriptor() {
      if (descriptor.isEmpty()) {
        return true;
      }
      String[] parts = SPACES.splitAsStream(descriptor).toArray(String[]::new);
      if (parts.length == 1) {
        return WIDTH.matcher(parts[0]).matches() || DENSITY.matcher(parts[0]).matches();
      }
      // a width with a (future-compatible) height
      return parts.length == 2
          && WIDTH.matcher(parts[0]).matches()
          && HEIGHT.matcher(parts[1]).matches();
    }
  }

  private Srcset() {}

  /** The candidates of a srcset, in order; an entry without URL (",,") is skipped. */
  static List<Candidate> parse(String srcset) {
    List<Candidate> out = new ArrayList<>();
    int n = srcset.length();
    int i = 0;
    while (i < n) {
      while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int urlStart = i;
      while (i < n && !isSpace(srcset.charAt(i))) {
        i++;
      }
      String url = srcset.substring(urlStart, i);
      boolean endedByComma = false;
      if (url.endsWith(",")) {
        endedByComma = true;
        url = url.replaceAll(",+$", "");
      }
      String descriptor = "";
      if (!endedByComma) {
        int descStart = i;
        int depth = 0;
        while (i < n) {
          char c = srcset.charAt(i);
          if (c == '(') {
            depth++;
          } else if (c == ')' && depth > 0) {
            depth--;
          } else if (c == ',' && depth == 0) {
            break;
          }
          i++;
        }
        descriptor = srcset.substring(descStart, i).strip();
        if (i < n) {
          i++; // the comma
        }
      }
      if (!url.isEmpty()) {
        String text = descriptor.isEmpty() ? url : url + " " + descriptor;
        out.add(new Candidate(url, descriptor, text));
      }
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
