package io.github.briefings.output;

import io.github.briefings.hash.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Where a build writes, and what it may skip. Without a trusted manifest of the previous output,
 * the whole site is written into a staging folder that replaces the output at the end. With one,
 * only the files whose fingerprint changed are written, into a folder of changes applied to the
 * output at the end; files the new site no longer has are deleted. A {@link #patch} writes only the
 * files a build knows its changes touch and keeps every other. Either way nothing in the output
 * changes until {@link #commit(Runnable)}, so a failed build leaves it as it was.
 */
public final class SiteOutput {

  private final Path output;
  private final StagingDirectory staging;
  private final OutputManifest previous;
  private final OutputManifest current;
  private final boolean patching;
  private final SpareSite spare;

  /** The site paths written without a fingerprint, to settle by their bytes. */
  private final Set<String> loose = ConcurrentHashMap.newKeySet();

  private final AtomicInteger written = new AtomicInteger();
  private boolean changed;

  private SiteOutput(
      Path output,
      StagingDirectory staging,
      OutputManifest previous,
      boolean patching,
      SpareListing ahead) {
    this.output = output;
    this.staging = staging;
    this.previous = previous;
    this.patching = patching;
    this.spare = previous == null ? SpareSite.of(output) : SpareSite.listed(output, ahead);
    // patching: every file of the previous output stays unless written again
    this.current = patching ? previous.overlay() : new OutputManifest(output.toString());
  }

  /**
   * Opens the output: in place over {@code previous} when it describes {@code output} and the
   * folder exists, else as a full rebuild.
   */
  public static SiteOutput open(Path output, OutputManifest previous) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    boolean incremental =
        previous != null && Files.isDirectory(out) && previous.outputDir().equals(out.toString());
    return new SiteOutput(
        out, StagingDirectory.beside(out), incremental ? previous : null, false, null);
  }

  /**
   * Opens the output to patch: only the files this build writes change, every other file of {@code
   * previous} stays (a build that knows which files its changes touch). Empty when the output is
   * not the one {@code previous} describes. {@code ahead}, when not null, may be the listing of the
   * output's spare, started as the last update kept it ({@link SpareListing#start}).
   */
  public static Optional<SiteOutput> patch(Path output, OutputManifest previous, SpareListing ahead)
      throws IOException {
    Path out = output.toAbsolutePath().normalize();
    if (previous == null
        || !Files.isDirectory(out)
        || !previous.outputDir().equals(out.toString())) {
      return Optional.empty();
    }
    return Optional.of(new SiteOutput(out, StagingDirectory.beside(out), previous, true, ahead));
  }

  /**
   * Whether {@code output} holds every file {@code manifest} lists, each of the size recorded
   * (looked at in parallel).
   */
  public static boolean intact(Path output, OutputManifest manifest) {
    Path out = output.toAbsolutePath().normalize();
    if (!manifest.outputDir().equals(out.toString()) || !Files.isDirectory(out)) {
      return false;
    }
    return manifest.allMatch(
        (sitePath, entry) -> isFileOfSize(out.resolve(sitePath), entry.size()));
  }

  /** Whether {@code file} is a regular file (not a link) of {@code size} bytes. */
  private static boolean isFileOfSize(Path file, long size) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.size() == size;
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder to write into. */
  public Path root() {
    return staging.path();
  }

  /** Whether only changes are written (the previous output is kept and patched). */
  public boolean incremental() {
    return previous != null;
  }

  /**
   * Records that {@code sitePath} is made from {@code fingerprint}; true when the output already
   * holds it (same fingerprint, same size on disk) and it need not be written.
   */
  public boolean unchanged(String sitePath, String fingerprint) {
    if (!holds(sitePath, fingerprint)) {
      return false;
    }
    keep(sitePath);
    return true;
  }

  /**
   * Records that the output's {@code sitePath}, which {@link #holds} said is current, stays as it
   * is.
   */
  public void keep(String sitePath) {
    current.put(sitePath, previous.get(sitePath));
  }

  /**
   * Whether the output holds {@code sitePath} made from {@code fingerprint}, without recording
   * anything.
   */
  public boolean holds(String sitePath, String fingerprint) {
    if (previous == null) {
      return false;
    }
    OutputManifest.Entry before = previous.get(sitePath);
    return before != null
        && before.fingerprint().equals(fingerprint)
        && isFileOfSize(output.resolve(sitePath), before.size());
  }

  /**
   * Where the new site's {@code sitePath} is now: in {@link #root()} when this build wrote it (or
   * writes the whole site), else in the output (a file it keeps).
   */
  public Path current(String sitePath) {
    Path staged = root().resolve(sitePath);
    if (previous == null || Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
      return staged;
    }
    return output.resolve(sitePath);
  }

  /** Records a file just written into {@link #root()}. */
  public void written(String sitePath, String fingerprint) {
    try {
      written(sitePath, fingerprint, Files.size(root().resolve(sitePath)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back " + sitePath, e);
    }
  }

  /** Records a file of {@code size} bytes just written into {@link #root()}. */
  public void written(String sitePath, String fingerprint, long size) {
    current.put(sitePath, new OutputManifest.Entry(fingerprint, size));
    written.incrementAndGet();
  }

  /**
   * Records a file just written into {@link #root()} without a fingerprint (a site map, {@code
   * robots.txt}): {@link #settleLoose()} fingerprints it by its bytes.
   */
  public void writtenLoose(String sitePath) {
    loose.add(sitePath);
  }

  /**
   * Fingerprints by content the files {@link #writtenLoose written without one}; those the output
   * already holds byte for byte are dropped from the changes.
   */
  public void settleLoose() {
    loose.parallelStream()
        .forEach(
            sitePath -> {
              Path file = root().resolve(sitePath);
              try {
                String fingerprint = "bytes " + Fingerprint.ofBytes(Files.readAllBytes(file));
                if (unchanged(sitePath, fingerprint)) {
                  Files.delete(file);
                } else {
                  written(sitePath, fingerprint);
                }
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read back " + file, e);
              }
            });
    loose.clear();
  }

  /** Files written by this build. */
  public int writtenCount() {
    return written.get();
  }

  /**
   * What the output holds after {@link #commit(Runnable)} (when patching, the previous manifest is
   * updated and returned).
   */
  public OutputManifest manifest() {
    return current.merged();
  }

  /**
   * Puts the new site in place: swaps the staging folder in, or applies the changes and deletes
   * what the site no longer has. {@code beforeChange} runs first (it forgets the old manifest, so
   * that a build stopped half way is never trusted).
   */
  public void commit(Runnable beforeChange) throws IOException {
    beforeChange.run();
    if (previous == null) {
      changed = !Files.isDirectory(output) || !SameFiles.trees(root(), output);
      spare.discard();
      staging.commit(); // the old site is deleted on a thread of its own
      return;
    }
    List<String> written = writtenPaths();
    List<String> removed = new ArrayList<>();
    for (String sitePath : patching ? List.<String>of() : previous.sitePaths()) {
      if (!current.contains(sitePath)) {
        removed.add(sitePath);
      }
    }
    for (String sitePath : written) {
      changed = changed || !SameFiles.files(root().resolve(sitePath), output.resolve(sitePath));
    }
    for (String sitePath : removed) {
      changed = changed || Files.exists(output.resolve(sitePath));
    }
    Set<String> differences = new TreeSet<>(written);
    differences.addAll(removed);
    // a reader of the output sees the old site or the new one, never a mix: the new site is made
    // in a folder of its own, which then replaces the output. That folder is the site the last
    // update swapped out, brought up to date, when it was kept; else the staging folder, into
    // which every file the new site keeps is linked (not copied) from the output
    Optional<SpareSite.Taken> taken = spare.take();
    Path site = root();
    if (taken.isPresent()) {
      site = taken.get().folder();
      try {
        taken
            .get()
            .update(
                output, root(), written, removed, current::contains, p -> previous.get(p) != null);
      } catch (IOException | RuntimeException e) {
        FolderDeletion.start(StagingDirectory.renamedForDeletion(site));
        throw e;
      }
    } else {
      linkKept();
    }
    staging.commitKeeping(site, spare, differences);
  }

  /** The site paths of the files in {@link #root()}, sorted. */
  private List<String> writtenPaths() throws IOException {
    try (Stream<Path> walk = Files.walk(root())) {
      return walk.filter(Files::isRegularFile)
          .map(f -> SpareSite.sitePath(root(), f))
          .sorted()
          .toList();
    }
  }

  /**
   * Links into {@link #root()} the pages ({@code .html}) of the new site that this build did not
   * write, so that the folder holds every page of the new site (for a tool that reads them all);
   * nothing to do when the whole site is written.
   */
  public void linkKeptPages() throws IOException {
    linkKept(sitePath -> sitePath.endsWith(".html"));
  }

  /** Links every file of the new site that this build did not write from the output. */
  private void linkKept() throws IOException {
    linkKept(sitePath -> true);
  }

  private void linkKept(java.util.function.Predicate<String> which) throws IOException {
    if (previous == null) {
      return;
    }
    Path root = root();
    List<String> kept = new ArrayList<>();
    for (String sitePath : current.sitePaths()) {
      if (which.test(sitePath)
          && !Files.exists(root.resolve(sitePath), LinkOption.NOFOLLOW_LINKS)) {
        kept.add(sitePath);
      }
    }
    // each folder made once, not asked for per file; computeIfAbsent holds back the other threads
    // that need a folder until it is made
    java.util.Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    kept.parallelStream()
        .forEach(
            sitePath -> {
              Path from = output.resolve(sitePath).normalize();
              Path to = root.resolve(sitePath).normalize();
              if (!from.startsWith(output) || !to.startsWith(root)) {
                return;
              }
              try {
                folders.computeIfAbsent(to.getParent(), SiteOutput::madeFolder);
                link(from, to);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot keep " + sitePath, e);
              }
            });
  }

  /** Makes a folder and those above it, for {@code computeIfAbsent}. */
  static Boolean madeFolder(Path dir) {
    try {
      Files.createDirectories(dir);
      return Boolean.TRUE;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make " + dir, e);
    }
  }

  /** A hard link where the file system has them, else a copy. */
  static void link(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
      Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /**
   * Whether {@link #commit(Runnable)} changed the site: a file added, removed, or with other bytes
   * (a file written again with the same bytes is no change).
   */
  public boolean changed() {
    return changed;
  }

  /** Drops everything written; the output is untouched. */
  public void abandon() {
    staging.abandon();
  }
}
