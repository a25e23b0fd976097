package io.github.briefings.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Obtaining Pagefind, against a registry served by the test: a small tarball made here (a fake
 * {@code package/bin/pagefind_extended} script), its integrity computed here and injected in place
 * of the pinned table.
 */
class PagefindInstallTest {

  private static final String PLATFORM = "linux-x64";
  private static final String SCRIPT = "#!/bin/sh\necho 'pagefind 1.6.0'\n";

  @TempDir Path tmp;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A .tgz holding {@code entries} (name → content), in order. */
  static byte[] tarball(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, String> e : entries.entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
        entry.setSize(content.length);
        entry.setMode(0755);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Map<String, String> goodEntries() {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    entries.put("package/package.json", "{\"name\":\"@pagefind/linux-x64\"}");
    entries.put("package/bin/pagefind_extended", SCRIPT);
    return entries;
  }

  /** Serves {@code body} at the tarball's path of the platform; returns the registry's URL. */
  private URI serve(byte[] body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          boolean ours =
              exchange
                  .getRequestURI()
                  .getPath()
                  .equals("/@pagefind/linux-x64/-/linux-x64-1.6.0.tgz");
          exchange.sendResponseHeaders(ours ? 200 : 404, ours ? body.length : -1);
          try (OutputStream out = exchange.getResponseBody()) {
            if (ours) {
              out.write(body);
            }
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private PagefindInstall install(URI registry, String integrity) {
    return new PagefindInstall(
        tmp.resolve("cache"),
        registry,
        Map.of(PLATFORM, integrity),
        Map.of(PLATFORM, Integrity.of(SCRIPT.getBytes(StandardCharsets.UTF_8))),
        null);
  }

  @Test
  void aGoodTarballIsDownloadedOnceCheckedAndItsBinaryUnpackedExecutable() throws Exception {
    byte[] tgz = tarball(goodEntries());
    URI registry = serve(tgz);
    PagefindInstall install = install(registry, Integrity.of(tgz));

    Path binary = install.binary(PLATFORM);
    assertThat(binary).isEqualTo(tmp.resolve("cache/linux-x64/pagefind"));
    assertThat(Files.readString(binary)).isEqualTo(SCRIPT);
    assertThat(Files.isExecutable(binary)).isTrue();
    assertThat(tmp.resolve("cache/linux-x64/linux-x64-1.6.0.tgz")).hasBinaryContent(tgz);
    assertThat(new Pagefind(binary).version()).isEqualTo("pagefind 1.6.0");
    // no temporary file left
    try (var files = Files.list(tmp.resolve("cache/linux-x64"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("pagefind", "linux-x64-1.6.0.tgz");
    }

    assertThat(install.binary(PLATFORM)).isEqualTo(binary);
    assertThat(requests).hasValue(1);
  }

  @Test
  void aDownloadThatDoesNotMatchThePinnedIntegrityIsRefusedAndNotKept() throws Exception {
    byte[] tgz = tarball(goodEntries());
    URI registry = serve(tgz);
    String other = Integrity.of("something else".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> install(registry, other).binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("does not match its pinned integrity")
        .hasMessageContaining(other);
    try (var files = Files.list(tmp.resolve("cache/linux-x64"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aCorruptedCachedTarballIsRefusedNamingTheFileToDelete() throws Exception {
    byte[] tgz = tarball(goodEntries());
    URI registry = serve(tgz);
    PagefindInstall install = install(registry, Integrity.of(tgz));
    Files.delete(install.binary(PLATFORM));
    Path kept = tmp.resolve("cache/linux-x64/linux-x64-1.6.0.tgz");
    byte[] damaged = tgz.clone();
    damaged[damaged.length / 2] ^= 0x5a;
    Files.write(kept, damaged);

    assertThatThrownBy(() -> install.binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("the cached Pagefind package " + kept)
        .hasMessageContaining("does not match its pinned integrity")
        .hasMessageContaining("delete it");
  }

  @Test
  void aPackageWhoseBinaryIsNotThePinnedOneIsRefusedAndNothingIsUnpacked() throws Exception {
    Map<String, String> entries = goodEntries();
    entries.put("package/bin/pagefind_extended", "#!/bin/sh\necho other\n");
    byte[] tgz = tarball(entries);
    PagefindInstall install = install(serve(tgz), Integrity.of(tgz));

    assertThatThrownBy(() -> install.binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("the Pagefind binary in ")
        .hasMessageContaining("does not match its pinned integrity");
    assertThat(tmp.resolve("cache/linux-x64/pagefind")).doesNotExist();
  }

  @Test
  void anAlteredCachedBinaryIsRefusedNamingTheFileToDelete() throws Exception {
    byte[] tgz = tarball(goodEntries());
    URI registry = serve(tgz);
    PagefindInstall install = install(registry, Integrity.of(tgz));
    Path binary = install.binary(PLATFORM);
    Files.writeString(binary, "#!/bin/sh\necho altered\n");

    assertThatThrownBy(() -> install.binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("the cached Pagefind binary " + binary)
        .hasMessageContaining("does not match its pinned integrity")
        .hasMessageContaining("delete it");

    Files.delete(binary);
    assertThat(Files.readString(install.binary(PLATFORM))).isEqualTo(SCRIPT);
  }

  @Test
  void offlineWithoutACacheIsOneErrorSayingHowToFixIt() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    URI registry = URI.create("http://127.0.0.1:" + closed + "/");

    assertThatThrownBy(() -> install(registry, "sha512-x").binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("cannot download Pagefind 1.6.0 from " + registry)
        .hasMessageContaining("build once with a network connection")
        .hasMessageContaining("-Dbriefing.pagefind=PATH")
        .hasMessageContaining("'search: false' in site/site.yaml");
  }

  @Test
  void aTarballWithAnEntryClimbingOutOfItIsRefused() throws Exception {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    entries.put("package/../../evil.sh", "#!/bin/sh\necho evil\n");
    entries.putAll(goodEntries());
    byte[] tgz = tarball(entries);
    URI registry = serve(tgz);

    assertThatThrownBy(() -> install(registry, Integrity.of(tgz)).binary(PLATFORM))
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("outside its folder");
    assertThat(tmp.resolve("evil.sh")).doesNotExist();
    assertThat(tmp.resolve("cache/evil.sh")).doesNotExist();
    assertThat(tmp.resolve("cache/linux-x64/pagefind")).doesNotExist();
  }

  @Test
  void onlyTheBinaryIsReadAndAnOversizeOneIsRefused() throws Exception {
    Path tgz = tmp.resolve("t.tgz");
    Files.write(tgz, tarball(goodEntries()));
    assertThat(
            new String(
                TarballEntry.read(tgz, "package/bin/pagefind_extended", 1000),
                StandardCharsets.UTF_8))
        .isEqualTo(SCRIPT);
    assertThatThrownBy(() -> TarballEntry.read(tgz, "package/bin/pagefind_extended", 10))
        .hasMessageContaining("more than the 10");
    assertThatThrownBy(() -> TarballEntry.read(tgz, "package/bin/other", 1000))
        .hasMessageContaining("holds no package/bin/other");
    List<String> bad = new ArrayList<>(List.of("/etc/passwd", "a/../../b", "..", "C:/x"));
    assertThat(bad).allMatch(TarballEntry::climbsOut);
    assertThat(TarballEntry.climbsOut("package/bin/pagefind")).isFalse();
  }

  @Test
  void aGivenBinaryIsUsedAsItIsAndNothingIsDownloaded() throws Exception {
    Path given = tmp.resolve("my-pagefind");
    Files.writeString(given, SCRIPT);
    assertThat(given.toFile().setExecutable(true)).isTrue();

    SearchOptions options = SearchOptions.indexing(given, tmp.resolve("repo"), null);
    assertThat(options.pagefind().binary()).isEqualTo(given);
    assertThat(tmp.resolve("repo")).doesNotExist();

    SearchOptions missing = SearchOptions.indexing(tmp.resolve("nope"), null, null);
    assertThatThrownBy(missing::pagefind)
        .isInstanceOf(SearchToolException.class)
        .hasMessageContaining("-Dbriefing.pagefind=" + tmp.resolve("nope"))
        .hasMessageContaining("is not an executable file");
  }

  @Test
  void eachPlatformHasItsPackageAndPinnedIntegrity() {
    assertThat(PagefindPlatform.nameOf("Linux", "amd64")).hasValue("linux-x64");
    assertThat(PagefindPlatform.nameOf("Linux", "aarch64")).hasValue("linux-arm64");
    assertThat(PagefindPlatform.nameOf("Mac OS X", "x86_64")).hasValue("darwin-x64");
    assertThat(PagefindPlatform.nameOf("Mac OS X", "aarch64")).hasValue("darwin-arm64");
    assertThat(PagefindPlatform.nameOf("Windows 11", "amd64")).hasValue("windows-x64");
    assertThat(PagefindPlatform.nameOf("Windows 11", "aarch64")).isEmpty();
    assertThat(PagefindPlatform.nameOf("FreeBSD", "amd64")).isEmpty();
    assertThat(PagefindPlatform.PINNED).hasSize(5);
    assertThat(PagefindPlatform.PINNED_BINARIES.keySet())
        .isEqualTo(PagefindPlatform.PINNED.keySet());
    assertThat(PagefindPlatform.PINNED.values())
        .allMatch(v -> v.matches("sha512-[A-Za-z0-9+/]{86}=="));
    assertThat(PagefindPlatform.PINNED_BINARIES.values())
        .allMatch(v -> v.matches("sha512-[A-Za-z0-9+/]{86}=="));
    PagefindPlatform windows =
        PagefindPlatform.named(
                "windows-x64", PagefindPlatform.PINNED, PagefindPlatform.PINNED_BINARIES)
            .orElseThrow();
    assertThat(windows.binaryEntry()).isEqualTo("package/bin/pagefind_extended.exe");
    assertThat(windows.binaryName()).isEqualTo("pagefind.exe");
    assertThat(windows.tarballPath()).isEqualTo("@pagefind/windows-x64/-/windows-x64-1.6.0.tgz");
    assertThat(PagefindInstall.cacheFolder(Path.of("/r")))
        .isEqualTo(Path.of("/r/.cache/briefings/pagefind/1.6.0"));
  }
}
