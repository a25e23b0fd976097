package io.github.briefings.search;

import java.nio.file.Path;

/** Where tests keep the real Pagefind: the local repository Maven runs with, as the goals do. */
public final class RealPagefind {

  private RealPagefind() {}

  /** The local repository ({@code briefing.test.repository}, set by the build), or null. */
  public static Path repository() {
    String repo = System.getProperty("briefing.test.repository");
    return repo == null || repo.isBlank() || repo.contains("${") ? null : Path.of(repo);
  }
}
