package io.github.briefings.content;

import java.nio.charset.StandardCharsets;

/** Turns a site-relative file path into the path of a URL, percent-encoding what must be. */
public final class SitePaths {

  private SitePaths() {}

  /**
   * Percent-encodes each segment of {@code sitePath} (keeps {@code /}, letters, digits, {@code
   * -._~}).
   */
  public static String encode(String sitePath) {
    StringBuilder out = new StringBuilder(sitePath.length() + 8);
    for (byte b : sitePath.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '/'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
