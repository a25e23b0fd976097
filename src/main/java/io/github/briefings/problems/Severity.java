package io.github.briefings.problems;

/** How bad a {@link Problem} is: errors fail the build, warnings never do. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a problem line: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
