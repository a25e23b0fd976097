package io.github.briefings.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a photo once to find what its header does not show: a truncated file (the reader warns of
 * a missing end), corrupt image data, data no reader decodes, or CMYK colours (which the JDK's
 * reader turns into washed-out RGB). Such a photo would be published grey, half drawn or faded.
 */
final class ImageCheck {

  private ImageCheck() {}

  /** The reader's own words: the innermost message, else the exception's name. */
  private static String describe(Throwable e) {
    String found = e.getClass().getSimpleName();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().strip();
      if (m.endsWith(":")) {
        m = m.substring(0, m.length() - 1).strip();
      }
      if (!m.isEmpty()) {
        found = m;
      }
    }
    return found;
  }

  /** Why the photo cannot be published as it is, or null when it decodes whole. */
  static String damage(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Optional<ImageReader> found = ImageReaders.forInput(in);
      if (found.isEmpty()) {
        return null; // ImageSize has said already that no reader knows the format
      }
      ImageReader reader = found.get();
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      java.awt.image.BufferedImage image;
      try {
        reader.setInput(in);
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
      if (image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_CMYK) {
        return "the photo is in CMYK colours (made for print), which would come out washed out:"
            + " export it in RGB (sRGB) and replace the file";
      }
      return warnings.isEmpty()
          ? null
          : "the image data is damaged or cut short ("
              + warnings.get(0)
              + "): export the photo again and replace the file";
    } catch (IOException | RuntimeException e) {
      return "the image data cannot be decoded ("
          + describe(e)
          + "): save it again as an RGB JPEG or PNG and replace the file";
    }
  }
}
