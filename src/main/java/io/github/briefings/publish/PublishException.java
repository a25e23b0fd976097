package io.github.briefings.publish;

/**
 * Publishing cannot go on; the message is one line saying what is wrong and what to do, with no
 * secret.
 */
public final class PublishException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PublishException(String message) {
    super(message);
  }

  PublishException(String message, Throwable cleanedCause) {
    super(message, cleanedCause);
  }
}
