package io.github.briefings.publish;

import java.util.Optional;

/** A secret used to push; it never prints itself ({@link #toString()} is masked). */
public final class AccessToken {

  private final String value;

  private AccessToken(String value) {
    this.value = value;
  }

  /** The token, or empty when {@code value} is null or blank. */
  public static Optional<AccessToken> of(String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(new AccessToken(value.strip()));
  }

  /** The secret itself: only for the credentials given to the transport and for redaction. */
  String value() {
    return value;
  }

  @Override
  public String toString() {
    return "****";
  }
}
