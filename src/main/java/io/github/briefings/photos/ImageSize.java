package io.github.briefings.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's width and height in pixels, read from its header without decoding its pixels.
 *
 * @param width width in pixels, or 0 when unreadable
 * @param height height in pixels, or 0 when unreadable
 * @param problem why it could not be read, or null
 */
public record ImageSize(int width, int height, String problem) {

  /** Reads the size of {@code file}; never throws. */
  public static ImageSize of(Path file) {
    try {
      return of(PhotoFile.read(file));
    } catch (IOException | RuntimeException e) {
      return unreadable(e);
    }
  }

  /** The size of a photo already read; never throws. */
  public static ImageSize of(PhotoFile photo) {
    if (photo.isEmpty()) {
      return failed("the image file is empty (0 bytes): replace it with the real photo");
    }
    try (ImageInputStream in =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(photo.bytes()))) {
      java.util.Optional<ImageReader> found = ImageReaders.forInput(in);
      if (found.isEmpty()) {
        return failed("not an image format that can be read (use JPEG, PNG, GIF or WebP)");
      }
      ImageReader reader = found.get();
      try {
        reader.setInput(in, true, true);
        return new ImageSize(reader.getWidth(0), reader.getHeight(0), null);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return unreadable(e);
    }
  }

  /** The size of a file that could not be read, saying why. */
  static ImageSize unreadable(Exception e) {
    return failed(
        "the image file is damaged or unreadable ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + ")");
  }

  static ImageSize failed(String why) {
    return new ImageSize(0, 0, why);
  }
}
