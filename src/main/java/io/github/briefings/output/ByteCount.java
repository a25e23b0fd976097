package io.github.briefings.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that counts the bytes written through it, so a file's size is known without
 * asking the disk.
 */
final class ByteCount extends FilterOutputStream {

  private long count;

  ByteCount(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    count += len;
  }

  /** The bytes written so far. */
  long count() {
    return count;
  }
}
