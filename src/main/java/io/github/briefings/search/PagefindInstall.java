package io.github.briefings.search;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Pagefind's binary for this machine, obtained once: the tarball of its npm package is downloaded
 * from the registry, checked against the integrity pinned in {@link PagefindPlatform}, kept, and
 * its binary unpacked beside it ({@code REPOSITORY/.cache/briefings/pagefind/1.6.0/PLATFORM/}).
 * Every later build checks the kept binary against the integrity pinned for it (the tarball is read
 * only to unpack the binary again), so that a damaged or altered cache is refused, never run.
 */
public final class PagefindInstall {

  /** Where npm packages are downloaded from. */
  public static final URI REGISTRY = URI.create("https://registry.npmjs.org/");

  /** What to do when Pagefind cannot be had, in the words of a build's error. */
  public static final String HOW_TO_FIX =
      "build once with a network connection (Pagefind is then kept under the Maven folder), or"
          + " pass -Dbriefing.pagefind=PATH to a Pagefind "
          + PagefindPlatform.VERSION
          + " binary, or set 'search: false' in site/site.yaml to build without search";

  /** The largest tarball and binary accepted (the 1.6.0 ones are 8 and 14 MB). */
  static final long MAX_TARBALL_BYTES = 64L << 20;

  static final long MAX_BINARY_BYTES = 128L << 20;

  private final Path folder;
  private final URI registry;
  private final Map<String, String> integrities;
  private final Map<String, String> binaries;
  private final ProxySelector proxy;

  PagefindInstall(
      Path folder,
      URI registry,
      Map<String, String> integrities,
      Map<String, String> binaries,
      ProxySelector proxy) {
    this.folder = folder;
    this.registry = registry;
    this.integrities = Map.copyOf(integrities);
    this.binaries = Map.copyOf(binaries);
    this.proxy = proxy;
  }

  /**
   * The install kept under a Maven local repository ({@code ~/.m2/repository} when null),
   * downloading from the npm registry through {@code proxy} (null: the JVM's default).
   */
  public static PagefindInstall inRepository(Path repository, ProxySelector proxy) {
    return new PagefindInstall(
        cacheFolder(repository),
        REGISTRY,
        PagefindPlatform.PINNED,
        PagefindPlatform.PINNED_BINARIES,
        proxy);
  }

  /** The folder the versions of Pagefind are kept in, under a Maven local repository. */
  public static Path cacheFolder(Path repository) {
    Path repo =
        repository != null
            ? repository
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    return repo.resolve(".cache")
        .resolve("briefings")
        .resolve("pagefind")
        .resolve(PagefindPlatform.VERSION)
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The binary for the running machine, downloaded the first time.
   *
   * @throws SearchToolException when this machine has no Pagefind package, the download fails, or
   *     the cache does not match the pinned integrity
   */
  public Path binary() throws SearchToolException {
    String name =
        PagefindPlatform.current()
            .orElseThrow(
                () ->
                    new SearchToolException(
                        "Pagefind publishes no binary for "
                            + System.getProperty("os.name")
                            + " on "
                            + System.getProperty("os.arch")
                            + ": "
                            + HOW_TO_FIX));
    return binary(name);
  }

  /** The binary of platform {@code name}, downloaded the first time. */
  Path binary(String name) throws SearchToolException {
    PagefindPlatform platform =
        PagefindPlatform.named(name, integrities, binaries)
            .orElseThrow(() -> new SearchToolException("no pinned Pagefind package for " + name));
    Path dir = folder.resolve(name);
    Path tarball = dir.resolve(name + "-" + PagefindPlatform.VERSION + ".tgz");
    Path binary = dir.resolve(platform.binaryName());
    try {
      if (Files.exists(binary)) {
        checkBinary(platform, binary);
        return binary;
      }
      Files.createDirectories(dir);
      if (!Files.exists(tarball)) {
        download(platform, dir, tarball);
      }
      checkKept(platform, tarball);
      byte[] bytes = unpack(platform, tarball);
      if (!Integrity.same(Integrity.of(bytes), platform.binaryIntegrity())) {
        throw new SearchToolException(
            "the Pagefind binary in "
                + tarball
                + " does not match its pinned integrity: it was not used; delete the package and"
                + " build again with a network connection, or pass -Dbriefing.pagefind=PATH");
      }
      writeExecutable(dir, binary, bytes);
      return binary;
    } catch (IOException e) {
      throw new SearchToolException(
          "cannot set up Pagefind in " + dir + ": " + e.getMessage() + "; " + HOW_TO_FIX, e);
    }
  }

  /** The kept binary still has its pinned integrity. */
  private static void checkBinary(PagefindPlatform platform, Path binary)
      throws SearchToolException, IOException {
    if (Files.size(binary) > MAX_BINARY_BYTES
        || !Integrity.same(Integrity.of(binary), platform.binaryIntegrity())) {
      throw new SearchToolException(
          "the cached Pagefind binary "
              + binary
              + " does not match its pinned integrity (damaged or altered): delete it"
              + " and build again, it is unpacked anew");
    }
  }

  private void download(PagefindPlatform platform, Path dir, Path tarball)
      throws SearchToolException, IOException {
    URI url = registry.resolve(platform.tarballPath());
    Path part = Files.createTempFile(dir, ".download-", ".tgz");
    try {
      try {
        new TarballDownload(proxy, MAX_TARBALL_BYTES).fetch(url, part);
      } catch (IOException e) {
        throw new SearchToolException(
            "cannot download Pagefind "
                + PagefindPlatform.VERSION
                + " from "
                + url
                + " ("
                + describe(e)
                + "): "
                + HOW_TO_FIX,
            e);
      }
      String actual = Integrity.of(part);
      if (!Integrity.same(actual, platform.integrity())) {
        throw new SearchToolException(
            "the Pagefind package downloaded from "
                + url
                + " does not match its pinned integrity (expected "
                + platform.integrity()
                + ", got "
                + actual
                + "): it was not used; try again later, or pass -Dbriefing.pagefind=PATH");
      }
      move(part, tarball);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The kept tarball still has its pinned integrity. */
  private static void checkKept(PagefindPlatform platform, Path tarball)
      throws SearchToolException, IOException {
    if (!Integrity.same(Integrity.of(tarball), platform.integrity())) {
      throw new SearchToolException(
          "the cached Pagefind package "
              + tarball
              + " does not match its pinned integrity (damaged or altered): delete it and build"
              + " again with a network connection, it is downloaded anew");
    }
  }

  private static byte[] unpack(PagefindPlatform platform, Path tarball) throws IOException {
    return TarballEntry.read(tarball, platform.binaryEntry(), MAX_BINARY_BYTES);
  }

  /** Writes the binary beside its target, makes it executable, then moves it in place. */
  private static void writeExecutable(Path dir, Path binary, byte[] bytes) throws IOException {
    Path part = Files.createTempFile(dir, ".unpack-", ".bin");
    try {
      Files.write(part, bytes);
      try {
        Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        if (!part.toFile().setExecutable(true)) {
          throw new IOException("cannot make " + part + " executable", e);
        }
      }
      move(part, binary);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.net.ConnectException || message == null || message.isBlank()) {
      return "no connection to the registry: " + e.getClass().getSimpleName();
    }
    return message;
  }
}
