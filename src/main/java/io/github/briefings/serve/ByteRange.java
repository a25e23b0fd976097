package io.github.briefings.serve;

import java.util.Optional;

/**
 * One byte range of a file asked for by a {@code Range: bytes=…} header.
 *
 * @param start first byte, from 0
 * @param length how many bytes; 0 only for {@link #UNSATISFIABLE}
 */
public record ByteRange(long start, long length) {

  /** A range that lies wholly past the end of the file: answered with 416. */
  public static final ByteRange UNSATISFIABLE = new ByteRange(-1, 0);

  /**
   * The range a {@code Range} header asks for in a file of {@code size} bytes; empty when the whole
   * file is to be sent (no header, another unit, several ranges, or a malformed header, which RFC
   * 9110 says to ignore), {@link #UNSATISFIABLE} when it starts past the end.
   */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    String h = header.strip();
    if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
      return Optional.empty();
    }
    String spec = h.substring(6).strip();
    if (spec.contains(",")) {
      return Optional.empty();
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    String first = spec.substring(0, dash).strip();
    String last = spec.substring(dash + 1).strip();
    try {
      if (first.isEmpty()) {
        long suffix = number(last);
        if (suffix == 0 || size == 0) {
          return Optional.of(UNSATISFIABLE);
        }
        long start = Math.max(0, size - suffix);
        return Optional.of(new ByteRange(start, size - start));
      }
      long start = number(first);
      long end = last.isEmpty() ? Long.MAX_VALUE : number(last);
      if (end < start) {
        return Optional.empty();
      }
      if (start >= size) {
        return Optional.of(UNSATISFIABLE);
      }
      end = Math.min(end, size - 1);
      return Optional.of(new ByteRange(start, end - start + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public boolean satisfiable() {
    return start >= 0;
  }

  /** The {@code Content-Range} value for a file of {@code size} bytes. */
  public String contentRange(long size) {
    return satisfiable()
        ? "bytes " + start + "-" + (start + length - 1) + "/" + size
        : "bytes */" + size;
  }

  private static long number(String digits) {
    if (digits.isEmpty()
        || digits.length() > 18
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new NumberFormatException(digits);
    }
    return Long.parseLong(digits);
  }
}
