package io.github.briefings.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path made safe to map onto files: percent-escapes decoded once, segment by segment, and
 * refused when a segment is {@code .} or {@code ..}, or holds a slash, a backslash, NUL or another
 * control character, written or encoded; empty segments ({@code //}) are dropped.
 *
 * @param segments the decoded segments, none empty
 * @param trailingSlash whether the path ended in {@code /} (a folder was asked for)
 */
public record RequestPath(List<String> segments, boolean trailingSlash) {

  public RequestPath {
    segments = List.copyOf(segments);
  }

  /** Parses the raw (still encoded) path of a request; empty when it is not acceptable. */
  public static Optional<RequestPath> parse(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.substring(1).split("/", -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      Optional<String> decoded = decode(raw);
      if (decoded.isEmpty() || !acceptable(decoded.get())) {
        return Optional.empty();
      }
      segments.add(decoded.get());
    }
    boolean trailing = rawPath.endsWith("/");
    return Optional.of(new RequestPath(segments, trailing || segments.isEmpty()));
  }

  /** Whether this path starts with the given segments. */
  public boolean startsWith(List<String> prefix) {
    return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
  }

  /** The segments after the first {@code count}. */
  public List<String> after(int count) {
    return segments.subList(count, segments.size());
  }

  /**
   * The path percent-encoded again, from the root: {@code /a/b%20c/}, with a final slash when
   * asked.
   */
  public String encoded(boolean withTrailingSlash) {
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      out.append('/').append(encode(segment));
    }
    if (withTrailingSlash || out.length() == 0) {
      out.append('/');
    }
    return out.toString();
  }

  private static boolean acceptable(String segment) {
    if (segment.equals(".") || segment.equals("..")) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return Optional.of(raw);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int cp = raw.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(cp) - 1;
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
