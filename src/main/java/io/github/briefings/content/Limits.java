package io.github.briefings.content;

/**
 * What one file may hold, set far above any real briefing and checked before the expensive step
 * (reading, parsing, rendering), so that no input can crash or stall a build. Each is reported as
 * an error at its line; docs/security.md lists them.
 */
public final class Limits {

  /** A briefing, {@code site.yaml} or photo sidecar: 2 MiB. */
  public static final long FILE_BYTES = 2L << 20;

  /** A front matter (or a whole YAML file's text): 64 KiB of characters. */
  public static final int YAML_CHARS = 64 << 10;

  /** Lists and mappings inside each other in YAML. */
  public static final int YAML_DEPTH = 20;

  /** Aliases ({@code *name}) in one YAML text. */
  public static final int YAML_ALIASES = 20;

  /** Characters on one line of a body. */
  public static final int LINE_CHARS = 20_000;

  /** Quotes and lists inside each other in a body. */
  public static final int BODY_NESTING = 32;

  /** Links (and other bracketed text) in one body. */
  public static final int BODY_BRACKETS = 5_000;

  /**
   * Backslashes between an opening bracket and the next closing one in a body: the Markdown
   * parser's reading of a link label takes time exponential in their number when the label does not
   * close (40 took 21 s).
   */
  public static final int LABEL_BACKSLASHES = 8;

  /** Images in one body. */
  public static final int BODY_IMAGES = 200;

  private Limits() {}

  /** A size in words, rounded down: {@code 2 MiB}, {@code 64 KiB}. */
  public static String size(long bytes) {
    if (bytes >= 1 << 20) {
      return (bytes >> 20) + " MiB";
    }
    return bytes >= 1 << 10 ? (bytes >> 10) + " KiB" : bytes + " bytes";
  }
}
