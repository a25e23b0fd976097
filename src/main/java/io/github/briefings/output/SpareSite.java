package io.github.briefings.output;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * The site the last update swapped out, kept beside the output ({@code .NAME.spare}) instead of
 * deleted, with the list of the site paths where it differs from the output ({@code
 * .NAME.spare-paths}). Every other file of the spare is the output's own file (a hard link to it,
 * or a copy where the file system has no links). The next update brings the spare to the new site
 * by touching only those paths and the ones it changes, then swaps it in: a briefing changed in a
 * site of 10,000 then costs a few files, not a link to each of the site's 44,000 files in a new
 * folder and the deletion of the old one.
 *
 * <p>No file of the spare is ever written to: a file is replaced by a rename or a new link, since
 * its bytes may be the output's too. The list is deleted before the spare is touched and written
 * after the swap, so a build killed in between leaves a spare without a list, which is never used
 * and is deleted.
 */
final class SpareSite {

  private final Path output;

  /** The spare's files, listed on a thread of its own; null when not listed. */
  private final FutureTask<Set<String>> files;

  private SpareSite(Path output, FutureTask<Set<String>> files) {
    this.output = output;
    this.files = files;
  }

  /** The spare of {@code output} (an absolute, normalised path), not to {@link #take}. */
  static SpareSite of(Path output) {
    return new SpareSite(output, null);
  }

  /**
   * The spare of {@code output}, when it has its list: its files are listed on a daemon thread
   * while the build runs (or were listed ahead, by {@code ahead}, when that lists this spare), so
   * that {@link #take} finds the files neither the output's manifest nor the list knows (a file or
   * folder put into the output by hand, which the output's successor would otherwise bring back)
   * and deletes them.
   */
  static SpareSite listed(Path output, SpareListing ahead) {
    if (ahead != null && ahead.lists(output)) {
      return new SpareSite(output, ahead.files());
    }
    return SpareListing.start(output)
        .map(listing -> new SpareSite(output, listing.files()))
        .orElseGet(() -> of(output));
  }

  /** Whether the spare has its list of differences, which it needs to be taken. */
  boolean hasList() {
    return Files.exists(list()) && Files.isDirectory(folder(), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The site paths of everything under {@code root} but its folders, and of the folders without a
   * file below them, each followed by {@code /}.
   */
  static Set<String> filesUnder(Path root) throws IOException {
    FolderDeletion.Contents contents = FolderDeletion.contents(root, false);
    Set<String> found = new HashSet<>();
    Set<String> holding = new HashSet<>();
    for (Path file : contents.files()) {
      String sitePath = sitePath(root, file);
      found.add(sitePath);
      for (int slash = sitePath.indexOf('/');
          slash >= 0;
          slash = sitePath.indexOf('/', slash + 1)) {
        holding.add(sitePath.substring(0, slash));
      }
    }
    for (Path folder : contents.folders()) {
      String sitePath = sitePath(root, folder);
      if (!sitePath.isEmpty() && !holding.contains(sitePath)) {
        found.add(sitePath + "/");
      }
    }
    return found;
  }

  /** The site path of {@code file} under {@code root}, with {@code /} between its names. */
  static String sitePath(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
  }

  Path folder() {
    return output.resolveSibling("." + output.getFileName() + ".spare");
  }

  Path list() {
    return output.resolveSibling("." + output.getFileName() + ".spare-paths");
  }

  /**
   * Takes the spare for an update: its list is deleted and the folder renamed to a staging name
   * ({@code .NAME.new-spare-*}, which a killed build's successor deletes); the folder and the paths
   * where it differs from the output, or empty when there is no usable spare (none, no list, or
   * another build took it first).
   */
  Optional<Taken> take() {
    if (files == null) {
      return Optional.empty();
    }
    Set<String> listed;
    try {
      listed = files.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
    Set<String> differences;
    try {
      differences = new TreeSet<>(Files.readAllLines(list(), StandardCharsets.UTF_8));
      Files.delete(list());
    } catch (IOException e) {
      return Optional.empty();
    }
    return movedAside("new-spare-").map(taken -> new Taken(taken, differences, listed));
  }

  /**
   * Keeps {@code swappedOut}, the site an update just replaced, as the spare: it differs from the
   * output at {@code differences} (the paths the update wrote or removed).
   */
  void keep(Path swappedOut, Collection<String> differences) throws IOException {
    for (String sitePath : differences) {
      if (sitePath.indexOf('\n') >= 0 || sitePath.indexOf('\r') >= 0) {
        throw new IOException("a site path the list cannot hold: " + sitePath);
      }
    }
    discard();
    Files.move(swappedOut, folder(), StandardCopyOption.ATOMIC_MOVE);
    Path written = list().resolveSibling(list().getFileName() + ".tmp");
    Files.write(written, new TreeSet<>(differences), StandardCharsets.UTF_8);
    Files.move(written, list(), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forgets the spare (a full rebuild replaced the output): its list, then the folder. */
  void discard() throws IOException {
    Files.deleteIfExists(list());
    deleteFolder();
  }

  /** Deletes a spare left without its list (a build was killed), as {@link StaleFolders} asks. */
  void recover() throws IOException {
    if (!Files.exists(list(), LinkOption.NOFOLLOW_LINKS)) {
      deleteFolder();
    }
  }

  /**
   * Renames the folder for deletion ({@code .NAME.gone-spare*}) and deletes it on a thread of its
   * own; left as it is when it cannot be renamed (it is never deleted under the spare's name, which
   * the next spare takes).
   */
  private void deleteFolder() {
    if (!Files.exists(folder(), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    movedAside("gone-spare-").ifPresent(FolderDeletion::start);
  }

  /**
   * Renames the folder {@code .NAME.KIND*}, a name of its own (this process and the clock); the new
   * path, or empty when it could not be renamed.
   */
  private Optional<Path> movedAside(String kind) {
    String id = ProcessHandle.current().pid() + "-" + System.nanoTime();
    Path aside = output.resolveSibling("." + output.getFileName() + "." + kind + id);
    try {
      Files.move(folder(), aside, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(aside);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A spare taken for an update.
   *
   * @param folder where it is while it is brought up to date
   * @param differences the site paths where it differs from the output
   * @param files the site paths of its files, and of its folders without files (ending in {@code
   *     /})
   */
  record Taken(Path folder, Set<String> differences, Set<String> files) {

    /**
     * Brings the spare to the new site: the paths where it differs from the output, those the
     * update removes and the files (and empty folders) the output's manifest does not know are
     * deleted, then those of the new site are taken from the output, and the files the update wrote
     * are moved in from {@code staged}.
     *
     * @param staged the update's folder of written files
     * @param written the site paths of its files
     * @param current whether a site path is in the new site
     * @param known whether a site path is in the output's manifest
     */
    void update(
        Path output,
        Path staged,
        Collection<String> written,
        Collection<String> removed,
        Predicate<String> current,
        Predicate<String> known)
        throws IOException {
      List<String> gone = new ArrayList<>(differences);
      gone.addAll(removed);
      for (String sitePath : files) {
        if (!known.test(sitePath) && !differences.contains(sitePath)) {
          gone.add(sitePath);
        }
      }
      for (String sitePath : gone) {
        delete(resolve(folder, sitePath));
      }
      Map<Path, Boolean> folders = new ConcurrentHashMap<>();
      Set<String> fromStaged = Set.copyOf(written);
      List<String> fromOutput = new ArrayList<>();
      for (String sitePath : differences) {
        if (current.test(sitePath) && !fromStaged.contains(sitePath)) {
          fromOutput.add(sitePath);
        }
      }
      try {
        fromOutput.parallelStream()
            .forEach(p -> place(folders, resolve(output, p), resolve(folder, p), false));
        written.parallelStream()
            .forEach(p -> place(folders, resolve(staged, p), resolve(folder, p), true));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** A file and then every folder above it that it leaves empty, up to the spare's root. */
    private void delete(Path file) throws IOException {
      try {
        Files.deleteIfExists(file);
      } catch (DirectoryNotEmptyException e) {
        return; // a folder where the spare's site had files below it: those are listed too
      }
      for (Path dir = file.getParent(); dir != null && !dir.equals(folder); dir = dir.getParent()) {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          return;
        }
      }
    }

    /** Moves ({@code move}) or links a file into the spare, making its folder once. */
    private static void place(Map<Path, Boolean> folders, Path from, Path to, boolean move) {
      try {
        folders.computeIfAbsent(to.getParent(), SiteOutput::madeFolder);
        if (move) {
          Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(to);
          SiteOutput.link(from, to);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code sitePath} under {@code root}; a path that would leave it is refused. */
    private static Path resolve(Path root, String sitePath) {
      Path p = root.resolve(sitePath).normalize();
      if (!p.startsWith(root) || p.equals(root)) {
        throw new IllegalArgumentException("not a site path: " + sitePath);
      }
      return p;
    }
  }
}
