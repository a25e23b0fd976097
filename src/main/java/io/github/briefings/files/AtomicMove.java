package io.github.briefings.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a file written aside into place, so that a reader sees the old file or the new one, never
 * half.
 */
public final class AtomicMove {

  private AtomicMove() {}

  /**
   * Moves {@code from} to {@code to}, replacing it: in one step where the file system can (a rename
   * on the same file system), else as a plain move.
   */
  public static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
