package io.github.briefings.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload script and its injection into HTML responses, just before {@code </body>}: only
 * the server's answer gets it, the files of the site never do.
 */
public final class LiveScript {

  /** Where the server answers its own requests; outside any base path. */
  public static final String PREFIX = "/__briefings/";

  /** The server-sent events stream. */
  public static final String EVENTS = PREFIX + "events";

  /** The script. */
  public static final String SCRIPT = PREFIX + "live.js";

  private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HTML_END = "</html".getBytes(StandardCharsets.US_ASCII);

  private LiveScript() {}

  /** The script's source, from the plugin's resources. */
  public static byte[] source() {
    try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
      if (in == null) {
        throw new IllegalStateException("live.js is missing from the plugin");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tag that loads the script; {@code buildId} tells the page which build it shows. */
  public static String tag(String buildId) {
    return "<script src=\""
        + SCRIPT
        + "\" data-build=\""
        + buildId.replaceAll("[^A-Za-z0-9_-]", "")
        + "\"></script>";
  }

  /**
   * The page with the script tag before its last {@code </body>} (else {@code </html>}, else at the
   * end).
   */
  public static byte[] inject(byte[] html, String buildId) {
    byte[] tag = tag(buildId).getBytes(StandardCharsets.US_ASCII);
    int at = lastIndexOfIgnoreCase(html, BODY_END);
    if (at < 0) {
      at = lastIndexOfIgnoreCase(html, HTML_END);
    }
    if (at < 0) {
      at = html.length;
    }
    byte[] out = new byte[html.length + tag.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(tag, 0, out, at, tag.length);
    System.arraycopy(html, at, out, at + tag.length, html.length - at);
    return out;
  }

  private static int lastIndexOfIgnoreCase(byte[] text, byte[] word) {
    outer:
    for (int i = text.length - word.length; i >= 0; i--) {
      for (int j = 0; j < word.length; j++) {
        if (Character.toLowerCase(text[i + j]) != word[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
