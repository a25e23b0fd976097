package io.github.briefings.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The files of a built site as git would store them: path → blob id, plus an empty {@code
 * .nojekyll} (so GitHub Pages serves the folder as it is). Ids are computed without writing
 * anything, so a dry run leaves the repository exactly as it was. Never follows a link out of the
 * folder.
 */
final class SiteTree {

  static final String NOJEKYLL = ".nojekyll";

  private final Path root;
  private final SortedMap<String, ObjectId> blobs;

  private SiteTree(Path root, SortedMap<String, ObjectId> blobs) {
    this.root = root;
    this.blobs = blobs;
  }

  /** Reads every file of {@code root} (in parallel) and computes its blob id. */
  static SiteTree read(Path root) {
    Path dir = root.toAbsolutePath().normalize();
    List<String> paths = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (!d.equals(dir) && isGitName(d.getFileName().toString())) {
                throw new PublishException(
                    "the site holds a folder named "
                        + d.getFileName()
                        + " ("
                        + relative(dir, d)
                        + "), which git cannot store: remove it from site/static/");
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(dir, file);
              if (attrs.isSymbolicLink()) {
                throw new PublishException(
                    "the site holds a symbolic link ("
                        + rel
                        + "): publish real files only; replace the link with a copy");
              }
              if (attrs.isRegularFile()) {
                if (isGitName(file.getFileName().toString())) {
                  throw new PublishException(
                      "the site holds a file named "
                          + file.getFileName()
                          + " ("
                          + rel
                          + "), which git cannot store: remove it from site/static/");
                }
                paths.add(rel);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the site in " + dir, e);
    }
    Map<String, ObjectId> ids = new TreeMap<>();
    paths.parallelStream()
        .map(p -> Map.entry(p, idOf(read(dir, p))))
        .toList()
        .forEach(e -> ids.put(e.getKey(), e.getValue()));
    ids.putIfAbsent(NOJEKYLL, idOf(new byte[0]));
    return new SiteTree(dir, Collections.unmodifiableSortedMap(new TreeMap<>(ids)));
  }

  /** Path → blob id, sorted by path. */
  SortedMap<String, ObjectId> blobs() {
    return blobs;
  }

  /** The bytes of a file of the site ({@code .nojekyll} is empty when the site has none). */
  byte[] bytes(String path) {
    if (path.equals(NOJEKYLL) && !Files.exists(root.resolve(NOJEKYLL))) {
      return new byte[0];
    }
    return read(root, path);
  }

  private static byte[] read(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)) {
      throw new PublishException("refusing to read outside the site: " + path);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static ObjectId idOf(byte[] bytes) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      return f.idFor(Constants.OBJ_BLOB, bytes);
    }
  }

  private static boolean isGitName(String name) {
    return name.toLowerCase(Locale.ROOT).equals(".git");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
