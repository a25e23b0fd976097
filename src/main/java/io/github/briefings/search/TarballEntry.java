package io.github.briefings.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads one regular file out of a gzipped tarball, and nothing else: entries whose names climb out
 * of the archive ({@code ..}, absolute paths) are refused, links and other entries are skipped, and
 * the file may not be larger than a cap.
 */
final class TarballEntry {

  private TarballEntry() {}

  /**
   * The bytes of the regular file {@code name} in the {@code .tgz} {@code tarball}.
   *
   * @param maxBytes the largest file accepted
   * @throws IOException when the tarball cannot be read, holds an entry climbing out of it, or has
   *     no such file, or the file is too large
   */
  static byte[] read(Path tarball, String name, long maxBytes) throws IOException {
    try (InputStream file = Files.newInputStream(tarball);
        GzipCompressorInputStream gzip = new GzipCompressorInputStream(file);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String entryName = entry.getName();
        if (climbsOut(entryName)) {
          throw new IOException(
              "the archive holds an entry outside its folder (" + entryName + "): it is not used");
        }
        if (!entry.isFile() || !entryName.equals(name)) {
          continue;
        }
        if (entry.getSize() > maxBytes) {
          throw new IOException(
              name + " is " + entry.getSize() + " bytes, more than the " + maxBytes + " accepted");
        }
        return readCapped(tar, name, maxBytes);
      }
    }
    throw new IOException("the archive holds no " + name);
  }

  /** Whether a tar entry's name is absolute or has a {@code ..} segment. */
  static boolean climbsOut(String entryName) {
    String n = entryName.replace('\\', '/');
    if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
      return true;
    }
    for (String segment : n.split("/", -1)) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] readCapped(InputStream in, String name, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new IOException(name + " is more than the " + maxBytes + " bytes accepted");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
