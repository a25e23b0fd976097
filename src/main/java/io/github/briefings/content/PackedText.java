package io.github.briefings.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept small while a build holds it: UTF-8, deflated (zlib's fastest level, raw), after the
 * length of its UTF-8 in four bytes. A build holds the rendered body of every briefing until its
 * pages and feeds are written, and so does the build cache's file: packed, a body takes about a
 * third of its UTF-8 (a 100,000-briefing build then fits in a 2 GiB heap), and unpacking it when
 * its page is written costs less than the memory it saves.
 */
public final class PackedText {

  private PackedText() {}

  /** {@code text}, packed. */
  public static byte[] pack(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      deflater.setInput(utf8);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 + utf8.length / 3);
      out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * The text {@code packed} holds.
   *
   * @throws IllegalArgumentException when it was not made by {@link #pack}
   */
  public static String unpack(byte[] packed) {
    if (packed.length < 4) {
      throw new IllegalArgumentException("packed text too short");
    }
    int length = ByteBuffer.wrap(packed, 0, 4).getInt();
    if (length < 0 || length > 256 << 20) {
      throw new IllegalArgumentException("packed text with a bad length");
    }
    byte[] utf8 = new byte[length];
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(packed, 4, packed.length - 4);
      int at = 0;
      while (at < length) {
        int n = inflater.inflate(utf8, at, length - at);
        if (n == 0
            && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("packed text cut short");
        }
        at += n;
      }
      return new String(utf8, StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("packed text damaged: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
