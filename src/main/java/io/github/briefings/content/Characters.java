package io.github.briefings.content;

/** Characters that no HTML page, Atom feed or site map may carry (XML 1.0 forbids them). */
public final class Characters {

  private Characters() {}

  /**
   * Whether {@code c} is a control character other than tab, line feed and carriage return, or one
   * of the noncharacters U+FFFE and U+FFFF.
   */
  public static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
