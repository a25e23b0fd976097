package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text file the writers keep (a briefing, the site settings, a photo sidecar) within the
 * {@link Limits}: UTF-8, at most {@link Limits#FILE_BYTES}, and inside its folder, so that a
 * symbolic link cannot publish a file from elsewhere on the machine.
 *
 * @param within the folder the file must really lie in (its links resolved once, here)
 */
public record TextFile(Path within) {

  public TextFile {
    try {
      within = within.toRealPath();
    } catch (IOException e) {
      within = within.toAbsolutePath().normalize();
    }
  }

  /**
   * The text of {@code file} ({@code path} in messages, {@code what} the file's role), or empty
   * after reporting why it cannot be read.
   */
  public Optional<String> read(Path file, String path, String what, Problems problems) {
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(within)) {
        problems.error(
            path,
            1,
            1,
            what
                + " is a link to a file outside "
                + within.getFileName()
                + "/: copy the file into the project instead of linking to it");
        return Optional.empty();
      }
      long size = Files.size(real);
      if (size > Limits.FILE_BYTES) {
        problems.error(
            path,
            1,
            1,
            what
                + " is "
                + Limits.size(size)
                + "; at most "
                + Limits.size(Limits.FILE_BYTES)
                + " is read: split it or move what is not text out of it");
        return Optional.empty();
      }
      return Optional.of(Files.readString(real, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      problems.error(path, 1, 1, "the file is not valid UTF-8: save it as UTF-8");
    } catch (IOException e) {
      problems.error(path, 0, 0, "cannot read " + what + ": " + e.getMessage());
    }
    return Optional.empty();
  }
}
