package io.github.briefings.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * The listing of an output's {@link SpareSite spare}, made on a daemon thread of its own: the site
 * paths of its files, and of its folders without files (ending in {@code /}). An update waits for
 * it before it takes the spare. A JVM that stays up between builds (the preview's) starts it as
 * soon as an update has kept its spare, since nothing touches a spare until the next update takes
 * it; that update then finds it done instead of waiting for it (0.5 s at 10,000 briefings).
 */
public final class SpareListing {

  private final Path output;

  /**
   * The spare's identity when listed, to tell it from a later one: its folder's on its file system
   * and its list's time of writing (folders alternate between output and spare, and each update
   * writes a new list); null where the file system gives no identity (then the listing serves only
   * the build that started it).
   */
  private final Object identity;

  private final FutureTask<Set<String>> files;

  private SpareListing(Path output, Object identity, FutureTask<Set<String>> files) {
    this.output = output;
    this.identity = identity;
    this.files = files;
  }

  /**
   * Starts listing the spare of {@code output}; empty when it has none to take (no spare, or no
   * list of its differences).
   */
  public static Optional<SpareListing> start(Path output) {
    Path out = output.toAbsolutePath().normalize();
    SpareSite spare = SpareSite.of(out);
    if (!spare.hasList()) {
      return Optional.empty();
    }
    Object key = key(spare);
    FutureTask<Set<String>> task = new FutureTask<>(() -> SpareSite.filesUnder(spare.folder()));
    Thread thread = new Thread(task, "briefings-spare-listing");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(new SpareListing(out, key, task));
  }

  /**
   * Whether this is a listing of the spare {@code output} has now: the same output, the same folder
   * and the same list (a later update may have kept another spare since).
   */
  boolean lists(Path output) {
    return identity != null
        && this.output.equals(output)
        && identity.equals(key(SpareSite.of(output)));
  }

  FutureTask<Set<String>> files() {
    return files;
  }

  /**
   * The identity of {@code spare}: its folder's on its file system (device and inode on Unix) and
   * the time its list was written; null when it has none of them or the file system gives none.
   */
  private static Object key(SpareSite spare) {
    try {
      BasicFileAttributes folder =
          Files.readAttributes(
              spare.folder(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      BasicFileAttributes list =
          Files.readAttributes(spare.list(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!folder.isDirectory() || folder.fileKey() == null) {
        return null;
      }
      return List.of(folder.fileKey(), list.lastModifiedTime(), list.size());
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "SpareListing[" + output + ", " + Objects.toString(identity) + "]";
  }
}
