package io.github.briefings.publish;

import java.util.regex.Pattern;

/** Removes secrets from text before it is shown: the token, and user and password parts of URLs. */
final class Redactor {

  private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
  static final String MASK = "****";

  private final String token;

  Redactor(AccessToken token) {
    this.token = token == null ? null : token.value();
  }

  String clean(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    if (token != null && !token.isEmpty()) {
      out = out.replace(token, MASK);
    }
    return USER_INFO.matcher(out).replaceAll(MASK + "@");
  }

  /**
   * A copy of {@code error} and its causes whose messages are cleaned, with the same stack traces:
   * safe to attach to an exception Maven may print with {@code -e}.
   */
  Throwable clean(Throwable error) {
    if (error == null) {
      return null;
    }
    Throwable copy =
        new Cleaned(
            error.getClass().getName() + ": " + clean(error.getMessage()), clean(error.getCause()));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /**
   * A cleaned stand-in for an exception from the transport; prints as its message alone, which
   * already names the original class.
   */
  @SuppressWarnings("OverrideThrowableToString")
  private static final class Cleaned extends Exception {
    private static final long serialVersionUID = 1L;

    Cleaned(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
