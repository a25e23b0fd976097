package io.github.briefings.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder no reader looks at any more (a site swapped out, a killed build's staging folder),
 * deleted on a daemon thread of its own so that the build does not wait for it. Deleting a site of
 * 10,000 briefings takes seconds (54,000 files): the build that swapped it out ends without
 * waiting, and when the JVM ends first (a {@code mvn} run does, at once), what is left keeps its
 * name ({@code .NAME.gone-*}) and the next build of the same output deletes it the same way while
 * it loads. Several deletions of one folder may run at once (two builds that both found it): each
 * ignores what the other deleted first.
 */
public final class FolderDeletion {

  private final Thread thread;

  private FolderDeletion(Thread thread) {
    this.thread = thread;
  }

  /** Starts deleting {@code dir} and everything in it (links are removed, not followed). */
  public static FolderDeletion start(Path dir) {
    Thread thread = new Thread(() -> deleteQuietly(dir), "briefings-delete-" + dir.getFileName());
    thread.setDaemon(true);
    thread.start();
    return new FolderDeletion(thread);
  }

  /** A deletion with nothing to delete. */
  public static FolderDeletion none() {
    return new FolderDeletion(null);
  }

  /** Waits at most {@code timeout} for the folder to be gone; whether it is. */
  public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    if (thread == null) {
      return true;
    }
    thread.join(unit.toMillis(timeout));
    return !thread.isAlive();
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTolerant(dir);
    } catch (IOException e) {
      // left for the next build, which finds it by its name
    }
  }

  /**
   * Deletes {@code dir} as {@link StagingDirectory#deleteTree} does, except that a file or folder
   * another deletion removed first is no error.
   */
  static void deleteTolerant(Path dir) throws IOException {
    Contents contents = contents(dir, true);
    for (Path file : contents.files()) {
      Files.deleteIfExists(file);
    }
    for (Path d : contents.folders()) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        // another deletion has not emptied it yet: it removes the folder when it has
      }
    }
  }

  /** What a folder holds, to delete: its files, and its folders deepest first (itself last). */
  record Contents(List<Path> files, List<Path> folders) {}

  /**
   * The contents of {@code dir} (links are listed, not followed); when {@code tolerant}, what
   * vanishes during the walk is skipped, else it is an error.
   */
  static Contents contents(Path dir, boolean tolerant) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (tolerant && e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null && !(tolerant && e instanceof NoSuchFileException)) {
              throw e;
            }
            dirs.add(d);
            return FileVisitResult.CONTINUE;
          }
        });
    return new Contents(files, dirs);
  }
}
