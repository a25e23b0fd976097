package io.github.briefings.photos;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Finds an image reader for a photo: the JDK's ImageIO readers (JPEG, PNG, GIF, BMP), then
 * TwelveMonkeys' WebP reader, asked directly so that it works whatever class loader first
 * initialised ImageIO's global registry (Maven plugins run in their own class loader).
 */
final class ImageReaders {

  private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

  private ImageReaders() {}

  /** A reader that can decode {@code in}, if any. The stream is left at its start. */
  static Optional<ImageReader> forInput(ImageInputStream in) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (readers.hasNext()) {
      return Optional.of(readers.next());
    }
    if (WEBP.canDecodeInput(in)) {
      return Optional.of(WEBP.createReaderInstance());
    }
    return Optional.empty();
  }

  /** Whether {@code file} is a WebP image (a RIFF container of type WEBP). */
  static boolean isWebP(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(12);
      return head.length == 12
          && head[0] == 'R'
          && head[1] == 'I'
          && head[2] == 'F'
          && head[3] == 'F'
          && head[8] == 'W'
          && head[9] == 'E'
          && head[10] == 'B'
          && head[11] == 'P';
    }
  }

  /**
   * Decodes a WebP photo to an opaque RGB image (transparent parts on white), ready to scale and
   * save as JPEG.
   */
  static BufferedImage decodeWebP(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 16 * 1024);
        ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
      ImageReader reader = WEBP.createReaderInstance();
      try {
        reader.setInput(in, true, true);
        BufferedImage decoded = reader.read(0);
        BufferedImage rgb =
            new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
          g.setColor(Color.WHITE);
          g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
          g.drawImage(decoded, 0, 0, null);
        } finally {
          g.dispose();
        }
        return rgb;
      } finally {
        reader.dispose();
      }
    }
  }
}
