package io.github.briefings.check;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a URL found in a file of the site to the file it points to, the way GitHub Pages serves
 * the site under its base path ({@code /base/x/} → {@code x/index.html}). Works on the list of the
 * site's files only: it never touches the file system, so no URL can reach outside the output
 * folder.
 */
final class UrlResolver {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  /** Where a URL leads. */
  sealed interface Target {}

  /** A file of the site (which may not exist) and the fragment after {@code #}, or null. */
  record Internal(String file, String fragment, boolean exists) implements Target {}

  /** A URL outside the site. */
  record External(String url) implements Target {}

  /** Nothing to check: {@code mailto:}, {@code tel:}, {@code data:}, an empty link. */
  record Ignored() implements Target {}

  /** A URL that cannot work, and why (with what to do). */
  record Broken(String why) implements Target {}

  private final URI baseUrl;
  private final String basePath;
  private final Set<String> files;

  /**
   * @param baseUrl the site's absolute address, ending in {@code /}
   * @param files every file of the site, relative to the output folder with {@code /}
   */
  UrlResolver(URI baseUrl, Set<String> files) {
    this.baseUrl = baseUrl;
    String path = baseUrl.getRawPath();
    this.basePath = path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    this.files = files;
  }

  String basePath() {
    return basePath;
  }

  /** Resolves {@code raw}, found in the file {@code page} (relative to the output folder). */
  Target resolve(String page, String raw) {
    String url = raw.strip();
    if (url.isEmpty()) {
      return new Ignored();
    }
    if (url.startsWith("#")) {
      return internal(page, decodeFragment(url.substring(1)));
    }
    if (url.startsWith("//")) {
      return absolute(baseUrl.getScheme() + ":" + url);
    }
    var m = SCHEME.matcher(url);
    if (m.find()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      if (scheme.equals("http") || scheme.equals("https")) {
        return absolute(url);
      }
      return new Ignored();
    }
    String fragment = null;
    int hash = url.indexOf('#');
    if (hash >= 0) {
      fragment = decodeFragment(url.substring(hash + 1));
      url = url.substring(0, hash);
    }
    int query = url.indexOf('?');
    if (query >= 0) {
      url = url.substring(0, query);
    }
    String sitePath;
    if (url.startsWith("/")) {
      if (url.equals(basePath.substring(0, basePath.length() - 1))) {
        sitePath = "";
      } else if (!url.startsWith(basePath)) {
        return new Broken(
            "is outside the site's base path "
                + basePath
                + ": start the link with "
                + basePath
                + " (a project site at /REPO/ is served only under /REPO/)");
      } else {
        sitePath = url.substring(basePath.length());
      }
    } else {
      int slash = page.lastIndexOf('/');
      sitePath = (slash < 0 ? "" : page.substring(0, slash + 1)) + url;
    }
    return local(sitePath, fragment);
  }

  private Target absolute(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Broken("is not a valid URL (" + e.getReason() + "): fix it");
    }
    if (uri.getHost() == null
        || !uri.getHost().equalsIgnoreCase(baseUrl.getHost())
        || port(uri) != port(baseUrl)) {
      return new External(url);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String sitePath;
    if (path.equals(basePath.substring(0, basePath.length() - 1))) {
      sitePath = "";
    } else if (path.startsWith(basePath)) {
      sitePath = path.substring(basePath.length());
    } else {
      // the same host, outside the site: another project site, say
      return new External(url);
    }
    return local(
        sitePath, uri.getRawFragment() == null ? null : decodeFragment(uri.getRawFragment()));
  }

  private Target local(String encodedSitePath, String fragment) {
    String decoded = decode(encodedSitePath);
    if (decoded == null) {
      return new Broken("is not a valid URL (bad percent-encoding): fix it");
    }
    if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
      return new Broken("holds a character no file name of the site can have: fix it");
    }
    boolean directory = decoded.endsWith("/");
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : decoded.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return new Broken("goes above the site's root: fix the link");
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    String path = String.join("/", segments);
    String last = decoded.substring(decoded.lastIndexOf('/') + 1);
    if (directory || path.isEmpty() || last.equals(".") || last.equals("..")) {
      String index = path.isEmpty() ? "index.html" : path + "/index.html";
      return internal(index, fragment);
    }
    if (files.contains(path)) {
      return internal(path, fragment);
    }
    // GitHub Pages serves /x as x/index.html (after a redirect) or as x.html
    for (String candidate : new String[] {path + "/index.html", path + ".html"}) {
      if (files.contains(candidate)) {
        return internal(candidate, fragment);
      }
    }
    return new Internal(path, fragment, false);
  }

  private Internal internal(String file, String fragment) {
    return new Internal(file, fragment, files.contains(file));
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static String decodeFragment(String fragment) {
    String decoded = decode(fragment);
    return decoded == null ? fragment : decoded;
  }

  /** Percent-decodes as UTF-8 ({@code +} stays {@code +}); null when malformed. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return null;
        }
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
