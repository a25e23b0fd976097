package io.github.briefings.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Subresource Integrity values ({@code sha512-BASE64}), as npm records its tarballs'. */
final class Integrity {

  private Integrity() {}

  /** The {@code sha512-…} integrity of {@code file}'s bytes. */
  static String of(Path file) throws IOException {
    MessageDigest digest = sha512();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return "sha512-" + Base64.getEncoder().encodeToString(digest.digest());
  }

  /** The {@code sha512-…} integrity of {@code bytes}. */
  static String of(byte[] bytes) {
    return "sha512-" + Base64.getEncoder().encodeToString(sha512().digest(bytes));
  }

  /** Whether two integrity values are the same, compared in constant time. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-512", e);
    }
  }
}
