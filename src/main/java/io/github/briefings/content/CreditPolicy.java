package io.github.briefings.content;

/** What a photo without a credit is: an error (the default) or only a warning. */
public enum CreditPolicy {
  ERROR,
  WARN
}
