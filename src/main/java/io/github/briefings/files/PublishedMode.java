package io.github.briefings.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Gives a file or folder made as a temporary one (private to its owner) the permissions of a
 * published one: {@code rw-r--r--} for a file, {@code rwxr-xr-x} for a folder, so that a web server
 * running as another user can serve the site. Does nothing where permissions are not POSIX.
 */
public final class PublishedMode {

  private PublishedMode() {}

  public static void set(Path path) throws IOException {
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
      return;
    }
    Files.setPosixFilePermissions(
        path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
  }
}
