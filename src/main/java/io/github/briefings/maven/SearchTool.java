package io.github.briefings.maven;

import io.github.briefings.search.SearchOptions;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Path;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;

/**
 * The engine's search options from a goal's parameters: {@code -Dbriefing.pagefind}, the local
 * repository the download is kept under, and the active proxy of {@code settings.xml} (its host and
 * port; a proxy that asks for a password is not supported by the download).
 */
final class SearchTool {

  private SearchTool() {}

  static SearchOptions options(File pagefind, String localRepository, Settings settings) {
    Path binary = pagefind == null ? null : pagefind.toPath();
    Path repository =
        localRepository == null || localRepository.isBlank() ? null : Path.of(localRepository);
    return SearchOptions.indexing(binary, repository, proxy(settings));
  }

  /** The active https (else http) proxy of {@code settings.xml}, or null for the JVM's default. */
  private static ProxySelector proxy(Settings settings) {
    if (settings == null) {
      return null;
    }
    Proxy active = settings.getActiveProxy();
    if (active == null || active.getHost() == null || active.getHost().isBlank()) {
      return null;
    }
    return ProxySelector.of(InetSocketAddress.createUnresolved(active.getHost(), active.getPort()));
  }
}
