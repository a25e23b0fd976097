package io.github.briefings.incremental;

import static io.github.briefings.TestProject.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache: a second build writes only what changed, and its output is always byte for byte
 * what a build without any cache writes from the same sources.
 */
class BuildCacheTest {

  @TempDir Path tmp;

  private TestProject project() {
    return project(tmp);
  }

  /**
   * Five briefings with a lead photo and one with an inline photo captioned by a sidecar, in {@code
   * tmp/project}.
   */
  static TestProject project(Path tmp) {
    TestProject p = new TestProject(tmp.resolve("project"));
    for (int i = 1; i <= 5; i++) {
      p.briefing("content/2024/b" + i + ".md", "Briefing " + i, "2024-11-0" + i + "T10:00:00Z", "");
    }
    p.image("content/images/inline.jpg", 60, 40);
    p.write(
        "content/images/inline.jpg.yaml",
        "caption: \"A caption from the sidecar.\"\ncredit: \"Agency\"\n");
    p.write(
        "content/2024/with-inline.md",
        """
                ---
                title: "With an inline photo"
                summary: "A short standfirst."
                date: 2024-11-08T10:00:00Z
                author: Jean Dupont
                countries: [FR]
                topics: [diplomacy]
                ---
                Before the photo.

                ![A street](images/inline.jpg)
                """);
    return p;
  }

  private static BuildResult build(TestProject p) {
    return Briefings.build(p.options(), DiskCache.forProject(p.dir()), BuildListener.NONE);
  }

  private Map<String, String> coldBuildOf(TestProject p) {
    return coldBuildOf(p, tmp);
  }

  /**
   * The same sources built from nothing, without a cache, under {@code tmp}: what the cached output
   * must equal.
   */
  static Map<String, String> coldBuildOf(TestProject p, Path tmp) {
    Path out = tmp.resolve("cold-" + System.nanoTime());
    BuildOptions options = p.options().withOutputDir(out);
    BuildResult cold =
        Briefings.build(
            options,
            DiskCache.forTest(tmp.resolve("no-cache-" + System.nanoTime()), "reference"),
            BuildListener.NONE);
    assertThat(cold.succeeded()).as("%s", cold.problems()).isTrue();
    return hashes(out);
  }

  @Test
  void aSecondBuildWithNothingChangedWritesNothing() {
    TestProject p = project();
    BuildResult first = build(p);
    assertThat(first.problems()).isEmpty();
    assertThat(first.written()).isGreaterThan(20);
    Map<String, String> before = hashes(p.out());

    BuildResult second = build(p);

    assertThat(second.problems()).isEmpty();
    assertThat(second.written()).isZero();
    assertThat(second.pages()).isEqualTo(first.pages());
    assertThat(hashes(p.out())).isEqualTo(before);
    assertThat(CacheFolder.dirOf(p.dir()).resolve("bodies.bin")).isRegularFile();
  }

  @Test
  void theManifestListsEveryFileOfTheOutputWithItsSize() throws IOException {
    TestProject p = project();
    DiskCache cache = DiskCache.forProject(p.dir());
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).succeeded()).isTrue();

    OutputManifest manifest = cache.manifest(p.out(), new io.github.briefings.problems.Problems());

    Map<String, Long> onDisk = new java.util.TreeMap<>();
    try (var files = Files.walk(p.out())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (f.getFileName().toString().equals(io.github.briefings.files.OutputFolder.MARKER)) {
          continue; // the folder's marker, not a file of the site
        }
        onDisk.put(p.out().relativize(f).toString().replace('\\', '/'), Files.size(f));
      }
    }
    Map<String, Long> listed = new java.util.TreeMap<>();
    manifest.sitePaths().forEach(s -> listed.put(s, manifest.get(s).size()));
    // pages, copies, links, feeds, site maps and robots.txt alike: each recorded by whoever wrote
    // it
    assertThat(listed)
        .isEqualTo(onDisk)
        .containsKeys(
            "robots.txt",
            "sitemap.xml",
            "feed.xml",
            "news-sitemap.xml",
            "2024/11/b1/index.html",
            "media/images/inline.jpg");
  }

  @Test
  void aChangedBriefingRewritesWhatShowsItAndMatchesAColdBuild() throws IOException {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    Path b2 = p.dir().resolve("content/2024/b2.md");
    Files.writeString(
        b2,
        Files.readString(b2)
            .replace("Briefing 2", "Briefing two, retitled")
            .replace("Body of the briefing.", "A new body."));
    Path unrelated = p.out().resolve("2024/11/with-inline/index.html");
    long untouched = Files.getLastModifiedTime(unrelated).toMillis();

    BuildResult second = build(p);

    assertThat(second.succeeded()).isTrue();
    assertThat(second.written()).isBetween(1, second.pages() + second.feeds());
    assertThat(p.read("2024/11/b2/index.html"))
        .contains("Briefing two, retitled")
        .contains("A new body.");
    assertThat(Files.getLastModifiedTime(unrelated).toMillis())
        .as("a page not showing it")
        .isEqualTo(untouched);
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aDeletedBriefingLeavesTheSiteAndAFileDeletedByHandComesBack() throws IOException {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    Files.delete(p.dir().resolve("content/2024/b3.md"));
    Files.delete(p.out().resolve("style.css"));

    BuildResult second = build(p);

    assertThat(second.succeeded()).isTrue();
    assertThat(p.out().resolve("2024/11/b3")).doesNotExist();
    assertThat(p.out().resolve("style.css")).isRegularFile();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aNewSidecarCaptionRendersTheBodyAgain() {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    assertThat(p.read("2024/11/with-inline/index.html")).contains("A caption from the sidecar.");
    p.write(
        "content/images/inline.jpg.yaml", "caption: \"Another caption.\"\ncredit: \"Agency\"\n");

    assertThat(build(p).succeeded()).isTrue();

    assertThat(p.read("2024/11/with-inline/index.html"))
        .contains("Another caption.")
        .doesNotContain("A caption from the sidecar.");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aReplacedPhotoIsReadAndResizedAgain() {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    p.image("content/images/inline.jpg", 90, 30);

    BuildResult second = build(p);

    assertThat(second.succeeded()).isTrue();
    assertThat(p.read("2024/11/with-inline/index.html"))
        .contains("width=\"90\"")
        .contains("height=\"30\"");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aSharedTemplateChangeRewritesEveryPage() {
    TestProject p = project();
    BuildResult first = build(p);
    p.write(
        "templates/macros.ftlh.unused", "not a template the theme reads, but in the theme folder");

    BuildResult second = build(p);

    assertThat(second.succeeded()).isTrue();
    assertThat(second.written()).isGreaterThanOrEqualTo(first.pages());
  }

  @Test
  void aPageTemplateChangeRewritesOnlyThePagesUsingIt() throws IOException {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    Path briefingPage = p.out().resolve("2024/11/b1/index.html");
    Path termPage = p.out().resolve("countries/ru/index.html");
    long briefingTime = Files.getLastModifiedTime(briefingPage).toMillis();
    long termTime = Files.getLastModifiedTime(termPage).toMillis();
    String term = Files.readString(Path.of("templates/term.ftlh"));
    p.write(
        "templates/term.ftlh", "<#-- the project's own copy of the theme's term page -->\n" + term);

    BuildResult second = build(p);

    assertThat(second.succeeded()).as("%s", second.problems()).isTrue();
    assertThat(Files.getLastModifiedTime(briefingPage).toMillis()).isEqualTo(briefingTime);
    assertThat(Files.getLastModifiedTime(termPage).toMillis()).isGreaterThan(termTime);
    assertThat(second.written()).isLessThan(second.pages() / 2);
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aFailedBuildLeavesTheOutputAndTheCacheTrusted() throws IOException {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    Map<String, String> before = hashes(p.out());
    p.write("content/2024/broken.md", "---\ntitle: \"No date\"\n---\nBody.\n");

    BuildResult failed = build(p);

    assertThat(failed.succeeded()).isFalse();
    assertThat(hashes(p.out())).isEqualTo(before);
    Files.delete(p.dir().resolve("content/2024/broken.md"));
    BuildResult fixed = build(p);
    assertThat(fixed.succeeded()).isTrue();
    assertThat(fixed.written()).isZero();
  }

  @Test
  void aCorruptCacheIsDiscardedWithAWarningNeverTrusted() throws IOException {
    TestProject p = project();
    assertThat(build(p).succeeded()).isTrue();
    Path bodies = CacheFolder.dirOf(p.dir()).resolve("bodies.bin");
    byte[] bytes = Files.readAllBytes(bodies);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(bodies, bytes);
    Path manifest;
    try (Stream<Path> files = Files.list(CacheFolder.dirOf(p.dir()))) {
      manifest =
          files
              .filter(f -> f.getFileName().toString().startsWith("output-"))
              .findFirst()
              .orElseThrow();
    }
    Files.write(manifest, java.util.Arrays.copyOf(Files.readAllBytes(manifest), 40));
    Path b1 = p.dir().resolve("content/2024/b1.md");
    Files.writeString(
        b1,
        Files.readString(b1).replace("Body of the briefing.", "Changed while the cache broke."));

    BuildResult second = build(p);

    assertThat(second.succeeded()).isTrue();
    assertThat(second.problems())
        .extracting(Problem::toString)
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith(
                        "target/briefing-cache/build/bodies.bin: warning: "
                            + "the build cache could not be trusted (checksum mismatch)"))
        .anySatisfy(w -> assertThat(w).startsWith("target/briefing-cache/build/output-"));
    assertThat(p.read("2024/11/b1/index.html")).contains("Changed while the cache broke.");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
    assertThat(build(p).problems()).isEmpty();
  }

  @Test
  void aCacheWrittenByAnotherEngineIsIgnored() {
    TestProject p = project();
    Path dir = CacheFolder.dirOf(p.dir());
    assertThat(
            Briefings.build(p.options(), DiskCache.forTest(dir, "0.0.1"), BuildListener.NONE)
                .succeeded())
        .isTrue();

    BuildResult other =
        Briefings.build(p.options(), DiskCache.forTest(dir, "0.0.2"), BuildListener.NONE);

    assertThat(other.problems()).isEmpty();
    assertThat(other.written()).isGreaterThanOrEqualTo(other.pages());
  }

  @Test
  void modelFingerprintsIgnoreTheOrderOfMapsAndSets() {
    String a = new Fingerprint().addValue(Map.of("a", 1, "b", java.util.Set.of("x", "y"))).hex();
    java.util.LinkedHashMap<String, Object> reversed = new java.util.LinkedHashMap<>();
    reversed.put("b", new java.util.LinkedHashSet<>(java.util.List.of("x", "y")));
    reversed.put("a", 1);
    assertThat(new Fingerprint().addValue(reversed).hex()).isEqualTo(a);
    assertThat(new Fingerprint().addValue(Map.of("a", 2, "b", java.util.Set.of("x", "y"))).hex())
        .isNotEqualTo(a);
    assertThat(new Fingerprint().addValue(java.util.List.of("ab", "c")).hex())
        .isNotEqualTo(new Fingerprint().addValue(java.util.List.of("a", "bc")).hex());
  }
}
