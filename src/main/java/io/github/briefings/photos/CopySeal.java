package io.github.briefings.photos;

import io.github.briefings.files.AtomicMove;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The size and SHA-256 of a resized copy in the image cache, kept beside it ({@code COPY.sum}) when
 * it is made, so that a copy cut short or damaged on disk (a full disk, a crash before the data
 * reached it, a hand edit) is found before it is published, and made again.
 */
final class CopySeal {

  private CopySeal() {}

  /** The seal of the file {@code copy}. */
  static Path of(Path copy) {
    return copy.resolveSibling(copy.getFileName() + ".sum");
  }

  /**
   * Seals {@code made}, the file that is about to become the cached copy {@code copy}: its seal is
   * written first, so a copy in place without a seal is never trusted.
   */
  static void seal(Path made, Path copy) throws IOException {
    String line = Files.size(made) + " " + sha256(made) + "\n";
    Path tmp = Files.createTempFile(copy.getParent(), ".seal-", ".sum");
    try {
      Files.writeString(tmp, line, StandardCharsets.US_ASCII);
      AtomicMove.replace(tmp, of(copy));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Whether {@code copy} is a regular file with the size and hash of its seal (false when either is
   * missing, or the seal cannot be read).
   */
  static boolean intact(Path copy) {
    try {
      if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      Path seal = of(copy);
      if (!Files.isRegularFile(seal, LinkOption.NOFOLLOW_LINKS) || Files.size(seal) > 200) {
        return false;
      }
      String expected = Files.readString(seal, StandardCharsets.US_ASCII).trim();
      return expected.equals(Files.size(copy) + " " + sha256(copy));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
