package io.github.briefings.render;

import java.util.NavigableSet;
import java.util.TreeSet;

/** Which pages a build makes: all of them, or only some site paths (the pages an edit touched). */
public final class PageSelection {

  /** Every page. */
  public static final PageSelection ALL = new PageSelection(null);

  private final NavigableSet<String> only;

  private PageSelection(NavigableSet<String> only) {
    this.only = only;
  }

  /** Only the pages at these site paths ({@code 2024/11/x/index.html}). */
  public static PageSelection of(java.util.Collection<String> sitePaths) {
    return new PageSelection(new TreeSet<>(sitePaths));
  }

  /** Whether the page at {@code sitePath} is made. */
  public boolean wants(String sitePath) {
    return only == null || only.contains(sitePath);
  }

  /**
   * Whether any page under {@code folder} ({@code credits/}; {@code ""} for the whole site) is
   * made.
   */
  public boolean wantsUnder(String folder) {
    if (only == null) {
      return true;
    }
    String first = only.ceiling(folder);
    return first != null && first.startsWith(folder);
  }
}
