package io.github.briefings.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether two files, or two folders' files, hold the same bytes: what makes a build's site
 * "changed".
 */
final class SameFiles {

  private SameFiles() {}

  /**
   * Whether {@code a} and {@code b} are regular files with the same bytes (the same file counts).
   */
  static boolean files(Path a, Path b) throws IOException {
    BasicFileAttributes x = attributes(a);
    BasicFileAttributes y = attributes(b);
    if (x == null
        || y == null
        || !x.isRegularFile()
        || !y.isRegularFile()
        || x.size() != y.size()) {
      return false;
    }
    return Files.isSameFile(a, b) || Files.mismatch(a, b) == -1L;
  }

  /**
   * Whether folders {@code a} and {@code b} hold the same files (same relative paths) with the same
   * bytes; stops at the first difference.
   */
  static boolean trees(Path a, Path b) throws IOException {
    List<Path> left = relativeFiles(a);
    List<Path> right = relativeFiles(b);
    if (!left.equals(right)) {
      return false;
    }
    for (Path relative : left) {
      if (!files(a.resolve(relative), b.resolve(relative))) {
        return false;
      }
    }
    return true;
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(root::relativize)
          .sorted()
          .toList();
    }
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }
}
