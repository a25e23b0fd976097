package io.github.briefings.build;

import io.github.briefings.hash.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A project's sources as one walk of {@code content/}, {@code site/} and {@code templates/} finds
 * them: the fingerprint of every file (path, size, time), that of the files under {@code content/}
 * that are not briefings (photos, sidecars), and the briefing files.
 *
 * @param stamp every file's path, size and time: equal stamps, no file added, removed or changed
 * @param assets the same for the files under {@code content/} that are not briefings
 * @param briefings the briefing files ({@code .md} under {@code content/}, none hidden), sorted
 */
public record SourceTree(String stamp, String assets, List<Path> briefings) {

  public SourceTree {
    briefings = List.copyOf(briefings);
  }

  /** Walks {@code project}'s sources (missing folders count as empty). */
  public static SourceTree walk(Path project) {
    Path content = project.resolve("content");
    Map<String, String> all = new TreeMap<>();
    Map<String, String> assets = new TreeMap<>();
    List<Path> briefings = new ArrayList<>();
    for (Path folder : List.of(content, project.resolve("site"), project.resolve("templates"))) {
      if (!Files.isDirectory(folder)) {
        all.put(project.relativize(folder) + "/", "missing");
        continue;
      }
      try {
        Files.walkFileTree(
            folder,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes link) {
                BasicFileAttributes a = link;
                if (link.isSymbolicLink()) {
                  // a link counts as the file it points to (what the build then reads)
                  try {
                    a = Files.readAttributes(file, BasicFileAttributes.class);
                  } catch (IOException e) {
                    return FileVisitResult.CONTINUE;
                  }
                }
                if (!a.isRegularFile()) {
                  return FileVisitResult.CONTINUE;
                }
                String stamp = a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                all.put(project.relativize(file).toString(), stamp);
                if (folder == content) {
                  String inContent = content.relativize(file).toString();
                  if (!file.getFileName().toString().endsWith(".md")) {
                    assets.put(inContent, stamp);
                  } else if (!inContent.startsWith(".") && !file.toString().contains("/.")) {
                    briefings.add(file);
                  }
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    briefings.sort(null);
    return new SourceTree(fingerprint(all), fingerprint(assets), briefings);
  }

  private static String fingerprint(Map<String, String> files) {
    Fingerprint f = new Fingerprint();
    files.forEach((path, stamp) -> f.add(path).add(stamp));
    return f.hex();
  }
}
