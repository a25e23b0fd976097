package io.github.briefings.serve;

import java.util.Locale;
import java.util.Map;

/** The media type of a site file, from its extension; text types carry {@code charset=utf-8}. */
public final class ContentTypes {

  private static final String UTF8 = "; charset=utf-8";
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", "text/html" + UTF8),
          Map.entry("htm", "text/html" + UTF8),
          Map.entry("css", "text/css" + UTF8),
          Map.entry("js", "text/javascript" + UTF8),
          Map.entry("mjs", "text/javascript" + UTF8),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("webmanifest", "application/manifest+json"),
          Map.entry("xml", "application/xml" + UTF8),
          Map.entry("xsl", "application/xml" + UTF8),
          Map.entry("txt", "text/plain" + UTF8),
          Map.entry("md", "text/plain" + UTF8),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("gif", "image/gif"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  /** For files of unknown kind (e.g. {@code CNAME}). */
  public static final String DEFAULT = "application/octet-stream";

  private ContentTypes() {}

  /** The media type for a file name. */
  public static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return DEFAULT;
    }
    return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
  }

  /** Whether a media type is HTML (the live-reload script is added to those). */
  public static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }
}
