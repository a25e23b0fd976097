package io.github.briefings.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fingerprint of a folder's files: their relative paths and contents. */
public final class TreeFingerprint {

  private TreeFingerprint() {}

  /**
   * Each file under {@code dir} (relative path with forward slashes) and the SHA-256 of its bytes,
   * sorted.
   */
  public static java.util.SortedMap<String, String> files(Path dir) {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        out.put(
            dir.relativize(file).toString().replace('\\', '/'),
            Fingerprint.ofBytes(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return out;
  }

  /**
   * {@code -} for a missing folder or file; else the SHA-256 of each file's path and bytes, in path
   * order.
   */
  public static String of(Path dirOrFile) {
    if (!Files.exists(dirOrFile)) {
      return "-";
    }
    try (Stream<Path> walk = Files.walk(dirOrFile)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      Fingerprint f = new Fingerprint();
      for (Path file : files) {
        f.add(dirOrFile.relativize(file).toString());
        f.add(Fingerprint.ofBytes(Files.readAllBytes(file)));
      }
      return f.hex();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dirOrFile, e);
    }
  }
}
