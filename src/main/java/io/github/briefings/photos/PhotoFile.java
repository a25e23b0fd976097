package io.github.briefings.photos;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A photo read once: its bytes, and its embedded metadata (EXIF, IPTC, XMP) parsed on first
 * request. Its size, its sidecar-less text, its hash and its orientation are all taken from this
 * one read; the object is dropped once they are known (it holds the whole file). Not thread-safe.
 */
public final class PhotoFile {

  private final Path path;
  private final byte[] bytes;
  private Metadata metadata;
  private Exception unreadable;

  private PhotoFile(Path path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  /** Reads {@code path} whole. */
  public static PhotoFile read(Path path) throws IOException {
    return new PhotoFile(path, Files.readAllBytes(path));
  }

  public Path path() {
    return path;
  }

  /** The file's bytes (not copied: do not change them). */
  byte[] bytes() {
    return bytes;
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  boolean isJpeg() {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
  }

  /** The embedded metadata, parsed once; throws what the parser threw, each time it is asked. */
  Metadata metadata() throws ImageProcessingException, IOException {
    if (metadata == null && unreadable == null) {
      try {
        if (PngTextLimit.isPng(bytes)) {
          PngTextLimit.check(bytes);
        }
        metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
      } catch (ImageProcessingException | IOException | RuntimeException e) {
        unreadable = e;
      }
    }
    if (unreadable instanceof ImageProcessingException e) {
      throw e;
    }
    if (unreadable instanceof IOException e) {
      throw e;
    }
    if (unreadable instanceof RuntimeException e) {
      throw e;
    }
    return metadata;
  }
}
