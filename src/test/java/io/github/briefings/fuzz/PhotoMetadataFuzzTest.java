package io.github.briefings.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.briefings.photos.EmbeddedText;
import io.github.briefings.photos.PhotoFile;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any photo file's bytes through the embedded-metadata readers (IPTC, XMP, the PNG chunk limit): a
 * damaged file is a warning, never an exception. The first bytes are often made a JPEG's or a PNG's
 * signature so that the readers get past it. Fuzzed in {@code mvn install}.
 */
class PhotoMetadataFuzzTest {

  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("fuzz-photo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @FuzzTest(maxDuration = "15s")
  void embeddedTextNeverThrows(byte[] input) throws IOException {
    byte[] bytes = input;
    if (input.length > 0 && input[0] % 3 != 0) {
      byte[] magic = input[0] % 3 == 1 ? JPEG : PNG;
      bytes = new byte[magic.length + input.length - 1];
      System.arraycopy(magic, 0, bytes, 0, magic.length);
      System.arraycopy(input, 1, bytes, magic.length, input.length - 1);
    }
    Path file = Files.write(DIR.resolve("photo"), bytes);
    new EmbeddedText().read(PhotoFile.read(file), "content/images/photo", new Problems());
  }
}
