package io.github.briefings.photos;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.png.PngChunk;
import com.drew.imaging.png.PngChunkReader;
import com.drew.imaging.png.PngChunkType;
import com.drew.lang.StreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a PNG whose compressed chunks (text, colour profile) are larger than any real photo's
 * before the metadata reader inflates them: deflate shrinks up to about a thousand to one, so a 2
 * MB chunk could take gigabytes of memory. The chunks are read with metadata-extractor's own chunk
 * reader.
 */
final class PngTextLimit {

  /** The largest compressed chunk read: at most about 64 MB once inflated. */
  static final int MAX_COMPRESSED_CHUNK = 64 << 10;

  private static final Set<PngChunkType> COMPRESSED =
      Set.of(PngChunkType.zTXt, PngChunkType.iTXt, PngChunkType.iCCP);

  private PngTextLimit() {}

  static boolean isPng(byte[] bytes) {
    return bytes.length >= 8
        && (bytes[0] & 0xFF) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G';
  }

  /** Throws when a compressed chunk of {@code png} is over the limit. */
  static void check(byte[] png) throws ImageProcessingException, IOException {
    Iterable<PngChunk> chunks =
        new PngChunkReader().extract(new StreamReader(new ByteArrayInputStream(png)), COMPRESSED);
    for (PngChunk chunk : chunks) {
      int size = chunk.getBytes().length;
      if (size > MAX_COMPRESSED_CHUNK) {
        throw new ImageProcessingException(
            "its "
                + chunk.getType()
                + " chunk holds "
                + (size >> 10)
                + " KiB of compressed data, more than the "
                + (MAX_COMPRESSED_CHUNK >> 10)
                + " KiB read");
      }
    }
  }
}
