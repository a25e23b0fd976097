package io.github.briefings.output;

import io.github.briefings.files.OutputFolder;
import io.github.briefings.files.PublishedMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

/**
 * A fresh folder beside the output where a build writes; {@link #commit()} swaps it in for the
 * output, {@link #abandon()} deletes it and leaves the previous output as it was.
 */
public final class StagingDirectory {

  private final Path output;
  private final Path staging;

  private StagingDirectory(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
  }

  /**
   * Creates an empty staging folder next to {@code output} (same file system, so the swap is a
   * rename).
   */
  public static StagingDirectory beside(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Files.createDirectories(parent);
    StaleFolders.recover(out);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
    PublishedMode.set(staging);
    OutputFolder.mark(staging);
    return new StagingDirectory(out, staging);
  }

  public Path path() {
    return staging;
  }

  /**
   * Replaces the output with the staging folder: the old output is moved aside, then renamed for
   * deletion ({@code .NAME.gone-*}) and deleted on a thread of its own ({@link FolderDeletion}),
   * which the returned deletion tells the end of.
   */
  public FolderDeletion commit() throws IOException {
    Optional<Path> old = swapIn(staging);
    return old.isEmpty()
        ? FolderDeletion.none()
        : FolderDeletion.start(renamedForDeletion(old.get()));
  }

  /**
   * Replaces the output with {@code site} (this folder, or the spare brought up to date with this
   * folder's files) and keeps the old output as {@code spare}, which differs from the new output at
   * {@code differences}; this folder, when it is not {@code site}, is deleted (emptied of its
   * files).
   */
  void commitKeeping(Path site, SpareSite spare, Set<String> differences) throws IOException {
    Optional<Path> old = swapIn(site);
    if (!site.equals(staging)) {
      FolderDeletion.start(renamedForDeletion(staging));
    }
    if (old.isPresent()) {
      keep(spare, old.get(), differences);
    }
  }

  /** Keeps a swapped-out site as the spare; when that fails, the site is deleted instead. */
  private static void keep(SpareSite spare, Path old, Set<String> differences) {
    try {
      spare.keep(old, differences);
    } catch (IOException e) {
      // the swap has succeeded, which a failed keep must not undo: the next update links
      FolderDeletion.start(renamedForDeletion(old));
    }
  }

  /** Moves the output aside ({@code .NAME.old-*}) and {@code site} in its place; the old path. */
  private Optional<Path> swapIn(Path site) throws IOException {
    Path old = null;
    if (Files.exists(output)) {
      String name = staging.getFileName().toString();
      old =
          output.resolveSibling(
              "." + output.getFileName() + ".old-" + name.substring(name.lastIndexOf('-') + 1));
      move(output, old);
    }
    try {
      move(site, output);
    } catch (IOException e) {
      if (old != null) {
        move(old, output);
      }
      throw e;
    }
    return Optional.ofNullable(old);
  }

  /**
   * Renames a folder to delete ({@code .NAME.old-ID} or {@code .NAME.new-ID}) to {@code
   * .NAME.gone-ID}, so that a build killed while it is deleted never takes it for a site to put
   * back; the new path. A folder already so named, or one that cannot be renamed, keeps its name
   * (the swap it follows has succeeded: a failed rename must not fail it).
   */
  public static Path renamedForDeletion(Path dir) {
    String name = dir.getFileName().toString();
    int dot = name.lastIndexOf('.');
    int dash = name.lastIndexOf('-');
    if (dot < 0 || dash < dot || name.startsWith(".gone-", dot)) {
      return dir;
    }
    Path gone = dir.resolveSibling(name.substring(0, dot) + ".gone-" + name.substring(dash + 1));
    try {
      move(dir, gone);
      return gone;
    } catch (IOException e) {
      return dir;
    }
  }

  /** Deletes the staging folder; the output is untouched. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes a folder and everything in it (links are removed, not followed); files go in parallel.
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    FolderDeletion.Contents contents = FolderDeletion.contents(dir, false);
    try {
      contents.files().parallelStream()
          .forEach(
              f -> {
                try {
                  Files.delete(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path d : contents.folders()) {
      Files.delete(d);
    }
  }
}
