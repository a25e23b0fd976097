package io.github.briefings.search;

import java.net.ProxySelector;
import java.nio.file.Path;

/**
 * How a build gets Pagefind and when it runs it.
 *
 * @param index whether the build indexes the site (false: the pages have search, but no index is
 *     made; the preview makes it after the reload, tests and measures without Pagefind skip it)
 * @param binary a Pagefind binary to use ({@code -Dbriefing.pagefind}), or null to use the pinned
 *     version, downloaded once
 * @param repository the Maven local repository the download is kept under, or null for {@code
 *     ~/.m2/repository}
 * @param proxy the proxy to download through, or null for the JVM's default
 */
public record SearchOptions(boolean index, Path binary, Path repository, ProxySelector proxy) {

  /** No index made. */
  public static final SearchOptions NONE = new SearchOptions(false, null, null, null);

  /** Indexing with {@code binary} (null: the pinned version kept under {@code repository}). */
  public static SearchOptions indexing(Path binary, Path repository, ProxySelector proxy) {
    return new SearchOptions(true, binary, repository, proxy);
  }

  /** The same, with indexing on or off. */
  public SearchOptions withIndex(boolean on) {
    return new SearchOptions(on, binary, repository, proxy);
  }

  /**
   * The Pagefind to run: the given binary (which must be an executable file), else the pinned
   * version, downloaded the first time.
   *
   * @throws SearchToolException when there is none, with what to do
   */
  public Pagefind pagefind() throws SearchToolException {
    if (binary != null) {
      Path given = binary.toAbsolutePath().normalize();
      if (!java.nio.file.Files.isRegularFile(given) || !java.nio.file.Files.isExecutable(given)) {
        throw new SearchToolException(
            "-Dbriefing.pagefind="
                + binary
                + " is not an executable file: give the path of a Pagefind "
                + PagefindPlatform.VERSION
                + " binary, or leave it out to use the one the plugin downloads");
      }
      return new Pagefind(given);
    }
    return new Pagefind(PagefindInstall.inRepository(repository, proxy).binary());
  }
}
