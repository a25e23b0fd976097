package io.github.briefings.incremental;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;

/**
 * Who wrote a cache: the plugin's version and, for a jar, its size and time, so that a rebuilt
 * snapshot of the same version does not trust what an older build of it wrote; and the Java
 * version, whose locale data names the countries. Read from this class, which lives in the plugin's
 * jar like every other (so the cache names no class outside its own package).
 */
public final class EngineVersion {

  private EngineVersion() {}

  /** The engine's fingerprint, e.g. {@code 0.1.0|java:17.0.15|jar:123456:1700000000000}. */
  public static String fingerprint() {
    String version = EngineVersion.class.getPackage().getImplementationVersion();
    StringBuilder out = new StringBuilder(version == null ? "dev" : version);
    out.append("|java:").append(System.getProperty("java.version"));
    try {
      CodeSource source = EngineVersion.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path where = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(where)) {
          BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
          out.append("|jar:").append(a.size()).append(':').append(a.lastModifiedTime().toMillis());
        } else {
          Path marker = where.resolve(EngineVersion.class.getName().replace('.', '/') + ".class");
          if (Files.isRegularFile(marker)) {
            out.append("|classes:").append(Files.getLastModifiedTime(marker).toMillis());
          }
        }
      }
    } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
      out.append("|unknown");
    }
    return out.toString();
  }
}
