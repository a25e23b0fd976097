package io.github.briefings.search;

/**
 * Pagefind cannot be obtained or run; the message says what happened and what to do, in one
 * sentence or two.
 */
public final class SearchToolException extends Exception {

  private static final long serialVersionUID = 1L;

  public SearchToolException(String message) {
    super(message);
  }

  public SearchToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
