package io.github.briefings.publish;

import java.util.Comparator;

/**
 * One file that a publication adds, changes or removes on the branch.
 *
 * @param kind what happens to it
 * @param path its path in the site, with {@code /}
 */
public record Change(Kind kind, String path) {

  /** By path, then kind. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::path).thenComparing(Change::kind);

  /** What happens to a file. */
  public enum Kind {
    ADDED,
    CHANGED,
    REMOVED;

    /** {@code added}, {@code changed}, {@code removed}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return kind.label() + ": " + path;
  }
}
