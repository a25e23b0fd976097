package io.github.briefings.incremental;

import io.github.briefings.files.AtomicMove;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file: a magic word, the engine's fingerprint, a payload and the payload's CRC-32. A file
 * written by another engine version, cut short or altered is refused as a whole, never half-read.
 * Written to a temporary file then renamed, so readers never see a partial file.
 */
final class CacheFile {

  private static final int MAGIC = 0x42524643; // "BRFC"

  /** No string in a cache is longer: a larger length is corruption, not a reason to allocate it. */
  private static final int MAX_STRING = 64 << 20;

  /** Writes a payload. */
  @FunctionalInterface
  interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a payload. */
  @FunctionalInterface
  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  /** Thrown for a file that exists but cannot be trusted. */
  static final class Corrupt extends IOException {
    Corrupt(String why) {
      super(why);
    }
  }

  private CacheFile() {}

  static void write(Path file, String engine, Writer payload) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        DataOutputStream head = new DataOutputStream(os);
        head.writeInt(MAGIC);
        writeString(head, engine);
        head.flush();
        // the payload is streamed (a large site's cache never sits whole in memory) and checksummed
        CheckedOutputStream checked = new CheckedOutputStream(os, new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        payload.write(out);
        out.flush();
        head.writeLong(checked.getChecksum().getValue());
        head.flush();
      }
      AtomicMove.replace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads a payload written by {@code engine}; null when the file is absent or was written by
   * another engine version (a normal miss); {@link Corrupt} when it cannot be trusted. What was
   * read is returned only once the whole payload's checksum matched.
   */
  static <T> T read(Path file, String engine, Reader<T> payload) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream is = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream head = new DataInputStream(is);
      if (head.readInt() != MAGIC) {
        throw new Corrupt("not a cache file");
      }
      if (!engine.equals(readString(head))) {
        return null;
      }
      CheckedInputStream checked = new CheckedInputStream(is, new CRC32());
      T value;
      try {
        value = payload.read(new DataInputStream(checked));
      } catch (RuntimeException e) {
        throw new Corrupt("unreadable entries");
      }
      long actual = checked.getChecksum().getValue();
      if (head.readLong() != actual) {
        throw new Corrupt("checksum mismatch");
      }
      if (is.read() != -1) {
        throw new Corrupt("trailing bytes");
      }
      return value;
    } catch (EOFException e) {
      throw new Corrupt("cut short");
    }
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > MAX_STRING) {
      throw new Corrupt("bad string length");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
