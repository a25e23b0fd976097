package io.github.briefings.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output folder as the server sees it: finds the file or folder a request names, and only
 * inside the folder, also after following symbolic links (their real path must stay inside).
 */
public final class SiteFolder {

  private final Path root;
  private final String mountName;
  private final SiteFolder mount;

  public SiteFolder(Path root) {
    this(root, null, null);
  }

  private SiteFolder(Path root, String mountName, SiteFolder mount) {
    this.root = root.toAbsolutePath().normalize();
    this.mountName = mountName;
    this.mount = mount;
  }

  /**
   * This folder, with the folder {@code name} at its top served from {@code folder} instead (the
   * preview's search index, made outside the site's folder).
   */
  public SiteFolder withMount(String name, Path folder) {
    return new SiteFolder(root, name, new SiteFolder(folder));
  }

  public Path root() {
    return root;
  }

  /**
   * The real path of the file or folder at {@code segments} below the root, if it exists and it and
   * every link on the way resolve inside the root's real path.
   */
  public Optional<Path> find(List<String> segments) {
    if (mount != null && !segments.isEmpty() && segments.get(0).equals(mountName)) {
      return mount.find(segments.subList(1, segments.size()));
    }
    Path candidate = root;
    for (String segment : segments) {
      candidate = candidate.resolve(segment);
    }
    candidate = candidate.normalize();
    if (!candidate.startsWith(root)) {
      return Optional.empty();
    }
    try {
      Path realRoot = root.toRealPath();
      Path real = candidate.toRealPath();
      return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
    } catch (IOException | SecurityException e) {
      // missing, unreadable, or the folder is being swapped right now
      return Optional.empty();
    }
  }

  /** The {@code index.html} of a folder found by {@link #find}, checked the same way. */
  public Optional<Path> index(Path folder) {
    Path index = folder.resolve("index.html");
    try {
      Path real = index.toRealPath();
      return real.startsWith(root.toRealPath()) && Files.isRegularFile(real)
          ? Optional.of(real)
          : Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
