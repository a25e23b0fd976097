package io.github.briefings.build;

import io.github.briefings.problems.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A project's sources, walked once when first asked for ({@link SourceTree}): by the build cache
 * (whether anything changed, the assets under content/) or by the load stage (the briefing files).
 */
public final class SourceFiles {

  private final Path project;
  private SourceTree tree;

  SourceFiles(Path project) {
    this.project = project;
  }

  /** Every source file's fingerprint, and the briefing files: walked the first time. */
  public synchronized SourceTree tree() {
    if (tree == null) {
      tree = SourceTree.walk(project);
    }
    return tree;
  }

  /** The briefing files; a warning when there is no content folder at all. */
  List<Path> briefings(Problems problems) {
    if (!Files.isDirectory(project.resolve("content"))) {
      problems.warning(
          "content", 0, 0, "no content folder: create content/ and write briefings in it");
    }
    return tree().briefings();
  }
}
